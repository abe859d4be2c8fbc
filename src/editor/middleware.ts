// Editor only (EDITOR_MODE, the dev server on loopback): every call to Keystatic's API passes
// through the story check (save-route.ts) and writes into this project.
import { defineMiddleware } from 'astro:middleware';
import config from 'virtual:keystatic-config';
import options from 'virtual:ntm-editor-options';
import { keystaticWithChecks } from './save-route.ts';

export const onRequest = defineMiddleware(async (ctx, next) => {
  if (ctx.url.pathname !== '/api/keystatic/update' || ctx.request.method !== 'POST') return next();
  return keystaticWithChecks(ctx.request, config, process.cwd(), options.storiesDir);
});
