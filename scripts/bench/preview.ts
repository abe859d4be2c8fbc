// `npm run bench:preview`: how long staff wait, in `npm run dev`, from saving a story to its page
// showing the change. Builds the statistics (not timed), starts `astro dev` on a copy of the
// stories (STORIES_DIR), waits until it answers, opens the story's page once, then edits the
// story's title BENCH_PREVIEW_EDITS times (default 7) and polls the page until the new title is
// in it. Prints Markdown on stdout (median of the edits). Not a test.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runPipeline } from '../lib/pipeline.ts';
import { copyStories, publishedStory, retitle } from './stories.ts';

const EDITS = Number(process.env['BENCH_PREVIEW_EDITS'] ?? 7);
const GOAL_MS = 2000;
const POLL_MS = 25;
const STORIES = 'content/bench-preview-stories';
const SCRATCH = join('bench-output', 'preview');

const log = (s: string) => process.stderr.write(`${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `url` until its body contains `text`; ms from `t0`. */
async function until(url: string, text: string, t0: number, timeoutMs = 60_000): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(url);
      const body = await res.text();
      if (res.ok && body.includes(text)) return performance.now() - t0;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - t0 > timeoutMs)
      throw new Error(`${url}: "${text}" not shown after ${timeoutMs / 1000} s`);
    await sleep(POLL_MS);
  }
}

rmSync(SCRATCH, { recursive: true, force: true });
mkdirSync(SCRATCH, { recursive: true });
const statsDir = join(SCRATCH, 'stats');
log('statistics from data/ (not timed) …');
const data = runPipeline({ dataDir: 'data', outDir: statsDir });
if (!data.ok) throw new Error('the data build failed: run npm run data:build to see why');
copyStories('content/stories', STORIES);
const story = publishedStory(STORIES);
const port = await freePort();
const url = `http://localhost:${port}/mo-hinh/${story.slug}/`;

let out = '';
const t0 = performance.now();
// Own process group, so the whole server can be ended; the same command as `npm run dev`.
const dev = spawn('npx', ['astro', 'dev', '--port', String(port)], {
  env: { ...process.env, STATS_DIR: statsDir, STORIES_DIR: STORIES },
  detached: true,
});
dev.stdout.on('data', (d: Buffer) => {
  out += d.toString();
});
dev.stderr.on('data', (d: Buffer) => {
  out += d.toString();
});
const stop = () => {
  try {
    process.kill(-dev.pid!, 'SIGTERM');
  } catch {
    /* gone */
  }
  rmSync(STORIES, { recursive: true, force: true });
  rmSync(SCRATCH, { recursive: true, force: true });
};
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    stop();
    process.exit(130);
  });

const times: number[] = [];
let ready = 0;
let firstPage = 0;
const again: number[] = [];
try {
  log(`astro dev on port ${port}, stories in ${STORIES} …`);
  // Ready: Astro prints its local address once the server listens.
  while (!out.includes(`localhost:${port}`)) {
    if (dev.exitCode !== null) throw new Error(`astro dev exited (${dev.exitCode})`);
    if (performance.now() - t0 > 120_000) throw new Error('astro dev not ready after 120 s');
    await sleep(POLL_MS);
  }
  ready = performance.now() - t0;
  log(`ready after ${(ready / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  await until(url, '<h1', t1);
  firstPage = performance.now() - t1;
  log(`${url}: first view in ${(firstPage / 1000).toFixed(2)} s`);
  // The same page with nothing changed: what rendering it costs, apart from noticing the edit.
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await until(url, '<h1', t);
    again.push(performance.now() - t);
  }
  for (let i = 1; i <= EDITS; i++) {
    await sleep(1000); // let the server settle, as between two saves by a person
    const title = retitle(story.file, String(i));
    const t = performance.now();
    const ms = await until(url, title, t);
    times.push(ms);
    log(`edit ${i}: "${title}" shown after ${Math.round(ms)} ms`);
  }
} catch (e) {
  log(
    `✗ ${(e as Error).message}\nlast lines of astro dev:\n${out.trim().split('\n').slice(-20).join('\n')}`,
  );
  process.exitCode = 1;
} finally {
  stop();
}

if (times.length) {
  const m = median(times);
  console.log(
    `## Story preview benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log('');
  console.log(
    `\`astro dev\` on the bundled data with a copy of the stories (\`STORIES_DIR\`); the story \`${story.slug}\`'s title rewritten on disk, then its page fetched every ${POLL_MS} ms until the new title is in the HTML (a browser then reloads the page on Astro's signal, not counted).`,
  );
  console.log('');
  console.log('| step | time |');
  console.log('|---|---:|');
  console.log(`| \`astro dev\` start to ready | ${(ready / 1000).toFixed(1)} s |`);
  console.log(`| first view of the story page | ${(firstPage / 1000).toFixed(2)} s |`);
  console.log(
    `| the page again, nothing changed, median of ${again.length} | ${(median(again) / 1000).toFixed(2)} s |`,
  );
  console.log(
    `| save → page shows the new title, median of ${times.length} | **${(m / 1000).toFixed(2)} s** (${times.map((x) => (x / 1000).toFixed(2)).join(', ')}) |`,
  );
  console.log('');
  console.log(`Goal: under ${GOAL_MS / 1000} s → ${m < GOAL_MS ? 'met' : 'not met'}.`);
}
