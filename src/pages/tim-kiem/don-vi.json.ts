// /tim-kiem/don-vi.json: the unit names Vietnamese search answers first (src/lib/search/unit-list.ts).
import type { APIRoute } from 'astro';
import { unitListResponse } from '../../lib/search/unit-list.ts';

export const GET: APIRoute = () => unitListResponse('vi');
