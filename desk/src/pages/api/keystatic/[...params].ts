// Keystatic's local API for the desk: writers only, and every read and write goes to the
// writer's own workspace (desk-state/workspaces/<id>/), never to the published stories.
import type { APIRoute } from 'astro';
import config from 'virtual:keystatic-config';
import options from 'virtual:ntm-editor-options';
import { keystaticWithChecks } from '../../../../../src/editor/save-route.ts';
import { can } from '../../../../lib/auth.ts';
import { audit } from '../../../../lib/db.ts';
import { workspace } from '../../../../lib/workflow.ts';
import { ctx, db } from '../../../desk.ts';

export const ALL: APIRoute = async ({ locals, request }) => {
  const user = locals.user!;
  if (!can(user.role, 'story', 'submit'))
    return new Response('Chỉ biên tập viên mới soạn bài.', { status: 403 });
  const res = await keystaticWithChecks(
    request,
    config,
    workspace(ctx, user.id),
    options.storiesDir,
  );
  if (request.method === 'POST' && new URL(request.url).pathname === '/api/keystatic/update')
    audit(db, user.name, 'lưu bài', `trong bản làm việc riêng (${res.status})`);
  return res;
};
