// Keystatic's local API with the site's story check in front of every save. Stories are checked
// (save-check.ts); one with problems is written as a draft and the save answers 422 with the
// problems in Vietnamese, which the editor shows next to its Save button. Used by the dev
// editor (middleware.ts, writing into the project) and the staff desk (each writer's workspace).
import type { Config } from '@keystatic/core';
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkStory, type KnownIds } from '../lib/stories/check-story.ts';
import { readKnownIds } from '../lib/stories/known-ids.ts';
import { checkUpdate, problemReport, type KeystaticUpdate } from './save-check.ts';

const toResponse = (r: { body: unknown; status?: number | undefined; headers?: unknown }) =>
  new Response(r.body as BodyInit, { status: r.status ?? 200, headers: r.headers as HeadersInit });

/** Answers one request to /api/keystatic/*, reading and writing under `baseDir` only. */
export async function keystaticWithChecks(
  request: Request,
  config: Config,
  baseDir: string,
  storiesDir: string,
): Promise<Response> {
  const keystatic = makeGenericAPIRouteHandler({ config, localBaseDirectory: baseDir });
  const url = new URL(request.url);
  if (url.pathname !== '/api/keystatic/update' || request.method !== 'POST')
    return toResponse(await keystatic(request));
  let update: KeystaticUpdate;
  try {
    update = (await request.clone().json()) as KeystaticUpdate;
  } catch {
    return toResponse(await keystatic(request));
  }
  // Read on every save (a few milliseconds), so a data import while the editor runs counts.
  const ids: KnownIds = readKnownIds();
  const { update: checked, checks } = checkUpdate(
    update,
    storiesDir,
    (file, text, mediaExists) => checkStory(file, text, ids, mediaExists),
    (p) => existsSync(join(baseDir, p)),
  );
  const saved = await keystatic(
    new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: JSON.stringify(checked),
    }),
  );
  const report = problemReport(checks);
  for (const c of checks)
    console.log(
      `${c.problems.length ? '✗' : '✓'} editor: saved ${c.path}${c.markedDraft ? ' as a draft' : ''}${c.problems.length ? `, ${c.problems.length} problem(s)` : ''}`,
    );
  if (saved.status !== 200 || !report) return toResponse(saved);
  return new Response(report, {
    status: 422,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
