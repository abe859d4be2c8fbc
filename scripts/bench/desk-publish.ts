// `npm run bench:desk`: how long a reviewer's story takes to reach readers through the desk, on
// the bundled data, on a copy of the project (tests/desk/seed.ts) with nginx and the shipped
// config serving the live folder. Times, per run (BENCH_DESK_RUNS, default 2):
//  - submit → ready for review: the change's build and checks (data --strict, the site build,
//    HTML and CSP of the changed pages, internal links);
//  - approve → served, when the checked build is still current: commit, move in, switch;
//  - approve → served, when another change went live since: built and checked again first.
// Markdown on stdout, progress on stderr. Not a test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  approve,
  checkChange,
  getChange,
  submitStory,
  workspace,
} from '../../desk/lib/workflow.ts';
import { startNginx } from '../deploy/local-servers.ts';
import { seedDesk } from '../../tests/desk/seed.ts';

const RUNS = Number(process.env['BENCH_DESK_RUNS'] ?? 2);
const GOAL_S = 60;
const log = (s: string) => process.stderr.write(`${s}\n`);
const secs = (ms: number) => (ms / 1000).toFixed(1);

const desk = await seedDesk(join('bench-output', 'desk-repo'));
const { ctx, writer, reviewer } = desk;
const nginx = await startNginx(join(ctx.paths.live, 'current'));
const template = readFileSync('content/stories/rau-muong-vietgap-nhi-binh.mdx', 'utf8');

function writeStory(slug: string, title: string): void {
  const dir = join(workspace(ctx, writer.id), 'content', 'stories');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${slug}.mdx`), template.replace(/^title: .*$/m, `title: "${title}"`));
}
async function servedAfter(slug: string, t0: number): Promise<number> {
  for (;;) {
    const r = await fetch(`${nginx.http}/mo-hinh/${slug}/`);
    if (r.status === 200) return performance.now() - t0;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

const rows: string[] = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    // Two stories submitted together: the first goes live with its checked build; the second's
    // build is then out of date, so its approval builds and checks again.
    const slugs = [`bai-do-thoi-gian-${run}-a`, `bai-do-thoi-gian-${run}-b`];
    const ids: number[] = [];
    const check: number[] = [];
    for (const slug of slugs) {
      writeStory(slug, `Bài đo thời gian ${run} ${slug.at(-1)}`);
      const t0 = performance.now();
      const id = submitStory(ctx, writer, slug);
      await checkChange(ctx, id);
      check.push(performance.now() - t0);
      if (getChange(ctx, id)?.status !== 'waiting')
        throw new Error(`change #${id}: ${getChange(ctx, id)?.report}`);
      ids.push(id);
      log(`run ${run}: ${slug} checked in ${secs(check.at(-1)!)} s`);
    }
    let t0 = performance.now();
    await approve(ctx, reviewer, ids[0]!);
    const warm = await servedAfter(slugs[0]!, t0);
    t0 = performance.now();
    await approve(ctx, reviewer, ids[1]!);
    const cold = await servedAfter(slugs[1]!, t0);
    log(
      `run ${run}: approve → served ${secs(warm)} s (checked build current), ${secs(cold)} s (built and checked again)`,
    );
    rows.push(
      `| ${run} | ${secs(check[0]!)} / ${secs(check[1]!)} | ${secs(warm)} | ${secs(cold)} ${cold / 1000 <= GOAL_S ? '✅' : '❌'} |`,
    );
  }
} finally {
  await nginx.stop();
}
console.log(
  `Desk publish, bundled data, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; nginx with the shipped config serving the live folder.\n`,
);
console.log(
  '| run | submit → ready for review (s, two stories) | approve → served (s), checked build current | approve → served (s), built and checked again (goal ≤ 60) |',
);
console.log('|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
