// /en/search/units/<key>.json: a part of the English unit-name list, what a query starting
// with <key> can match (src/lib/search/shards.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { unitShardPaths, unitShardResponse } from '../../../../lib/search/unit-list.ts';

export const getStaticPaths: GetStaticPaths = () => unitShardPaths('en');
export const GET: APIRoute = ({ params }) => unitShardResponse('en', params['key']!);
