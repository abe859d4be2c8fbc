// The workbook of what is published: the same file as `npm run data:export`.
import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { readTables } from '../../../../scripts/lib/workbook.ts';
import { buildWorkbook } from '../../../../src/lib/spreadsheet/export.ts';
import { can } from '../../../lib/auth.ts';
import { audit } from '../../../lib/db.ts';
import { ctx, db } from '../../desk.ts';

export const GET: APIRoute = ({ locals }) => {
  const user = locals.user!;
  if (!can(user.role, 'data', 'submit') && !can(user.role, 'change', 'review'))
    return new Response('Không có quyền tải bảng tính.', { status: 403 });
  const { bytes } = buildWorkbook(readTables(join(ctx.paths.repo, 'data')));
  audit(db, user.name, 'tải bảng tính', `${bytes.length} byte`);
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="so-lieu-ntm-tphcm-${new Date().toISOString().slice(0, 10)}.xlsx"`,
    },
  });
};
