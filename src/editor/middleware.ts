// Editor only (EDITOR_MODE): every save from the editor passes through here before Keystatic
// writes it. Stories are checked (src/editor/save-check.ts); one with problems is written as a
// draft and the save answers 422 with the problems in Vietnamese, which the editor shows next
// to its Save button. Everything else goes to Keystatic's own handler unchanged.
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import { defineMiddleware } from 'astro:middleware';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import config from 'virtual:keystatic-config';
import { checkStory, type KnownIds } from '../lib/stories/check-story.ts';
import { readKnownIds } from '../lib/stories/known-ids.ts';
import { checkUpdate, problemReport, type KeystaticUpdate } from './save-check.ts';
import options from 'virtual:ntm-editor-options';

const root = process.cwd();

const keystatic = makeGenericAPIRouteHandler({ config });

export const onRequest = defineMiddleware(async (ctx, next) => {
  if (ctx.url.pathname !== '/api/keystatic/update' || ctx.request.method !== 'POST') return next();
  let update: KeystaticUpdate;
  try {
    update = (await ctx.request.clone().json()) as KeystaticUpdate;
  } catch {
    return next();
  }
  // Read on every save (a few milliseconds), so a data import while the editor runs counts.
  const ids: KnownIds = readKnownIds();
  const { update: checked, checks } = checkUpdate(update, options.storiesDir, (file, text, mediaExists) => checkStory(file, text, ids, mediaExists), (p) => existsSync(join(root, p)));
  const request = new Request(ctx.request.url, { method: 'POST', headers: ctx.request.headers, body: JSON.stringify(checked) });
  const saved = await keystatic(request);
  const report = problemReport(checks);
  for (const c of checks) console.log(`${c.problems.length ? '✗' : '✓'} editor: saved ${c.path}${c.markedDraft ? ' as a draft' : ''}${c.problems.length ? `, ${c.problems.length} problem(s)` : ''}`);
  if (saved.status !== 200 || !report) return new Response(saved.body as BodyInit, { status: saved.status, headers: saved.headers as HeadersInit });
  return new Response(report, { status: 422, headers: { 'content-type': 'text/plain; charset=utf-8' } });
});
