// `npm test`: every gate, a table of where the time went, then one closing line "N passed, N failed".
//
// The stages run in lanes side by side, for the machine's 2 cores; each stage's output is printed
// as one block when it ends, so lines of two stages never mix.
//   first      system packages (scripts/runtime/system-deps.sh); the bundled data validates (--strict)
//   lane A     everything that writes Astro's .astro/ folder or its cache in this project, one at a
//              time, since two at once would read each other's half-written files: the real build
//              (dist/) → the synthetic build → astro sync and tsc → astro check → the
//              reproducibility build → the integration tests that build the site (node:test)
//   lane B     Prettier → the unit tests and the integration tests that build nothing here
//              (node:test) → the desk's own build (desk/, its own .astro/) → once both builds are
//              done: ESLint (it reads .astro/'s types), html-validate on each, the deploy configs,
//              nginx and Caddy
//   browser    once both builds are done: the site's browser tests (Playwright); after lanes A and
//              B and those: the editor's and the desk's (a dev server and a build in this project,
//              and timed waits: alone on the machine)
// Every build is made once and read by every stage that needs it (dist/ is also the desk tests'
// first release).
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Relative paths that differ between two folders (content, or present in one only). */
function differentFiles(a: string, b: string, sub = ''): string[] {
  const names = new Set([...readdirSync(join(a, sub)), ...readdirSync(join(b, sub))]);
  const out: string[] = [];
  for (const n of [...names].sort()) {
    const rel = join(sub, n);
    let sa, sb;
    try {
      sa = statSync(join(a, rel));
      sb = statSync(join(b, rel));
    } catch {
      out.push(rel);
      continue;
    }
    if (sa.isDirectory() && sb.isDirectory()) out.push(...differentFiles(a, b, rel));
    else if (!readFileSync(join(a, rel)).equals(readFileSync(join(b, rel)))) out.push(rel);
  }
  return out;
}

/** node:test's TAP summary: a skipped, todo or cancelled test counts as failed, like a failure. */
function tapFailures(out: string, code: number): number {
  const n = (k: string) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(out)?.[1] ?? 0);
  const summary = /^# fail \d+/m.test(out);
  return (summary ? n('fail') : code === 0 ? 0 : 1) + n('skipped') + n('todo') + n('cancelled');
}

interface Outcome {
  passed: number;
  failed: number;
  /** What the stage prints, as one block when it ends. */
  log: string;
}
interface StageResult extends Outcome {
  name: string;
  lane: string;
  /** Seconds from the start of `npm test` to the stage's start, and the stage's own wall time. */
  at: number;
  seconds: number;
  /** CPU seconds (user + system) of the stage's processes and everything they started. */
  cpu: number;
}

const started = performance.now();
/** The stage a command runs for, so its CPU time is counted there. */
const current = new AsyncLocalStorage<StageResult>();
const since = (t: number) => (performance.now() - t) / 1000;
/** In the order the stages started. */
const results: StageResult[] = [];

/** Runs one stage, times it, and prints its block when it ends. */
async function stage(lane: string, name: string, fn: () => Promise<Outcome>): Promise<boolean> {
  const r: StageResult = {
    name,
    lane,
    at: since(started),
    seconds: 0,
    cpu: 0,
    passed: 0,
    failed: 0,
    log: '',
  };
  results.push(r);
  const t = performance.now();
  try {
    Object.assign(r, await current.run(r, fn));
  } catch (e) {
    Object.assign(r, { passed: 0, failed: 1, log: String((e as Error).stack ?? e) });
  }
  r.seconds = since(t);
  const mark = r.failed === 0 ? '✓' : '✗';
  process.stdout.write(
    `\n── ${mark} ${name} [${lane}]: ${r.passed} passed, ${r.failed} failed, ${r.seconds.toFixed(1)} s (CPU ${r.cpu.toFixed(1)} s)\n` +
      (r.log.trim() ? `${r.log.trimEnd()}\n` : ''),
  );
  return r.failed === 0;
}

const one = (ok: boolean, log = ''): Outcome => ({
  passed: ok ? 1 : 0,
  failed: ok ? 0 : 1,
  log,
});

/**
 * A child process with stdout and stderr together. `npx x` runs node_modules/.bin/x directly
 * (npm is on PATH already under `npm test`; npm exec would add a Node process per command).
 */
function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string }> {
  if (cmd === 'npx' && existsSync(join('node_modules', '.bin', args[0]!))) {
    cmd = join('node_modules', '.bin', args[0]!);
    args = args.slice(1);
  }
  const stage = current.getStore();
  return new Promise((resolve) => {
    // Through bash, whose `times` gives the CPU time of the command and all it started (on fd 3).
    const child = spawn('bash', ['-c', '"$@"; c=$?; times >&3; exit $c', 'bash', cmd, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let times = '';
    child.stdout!.on('data', (c: Buffer) => chunks.push(c));
    child.stderr!.on('data', (c: Buffer) => chunks.push(c));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => (times += String(c)));
    child.on('error', (e) => chunks.push(Buffer.from(`${String(e)}\n`)));
    child.on('close', (code) => {
      // Second line: the children's user and system time, e.g. "1m2.345s 0m3.210s".
      const cpu = [...(times.split('\n')[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].reduce(
        (a, m) => a + Number(m[1]) * 60 + Number(m[2]),
        0,
      );
      if (stage) stage.cpu += cpu;
      resolve({ code: code ?? 1, out: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Runs the commands one after another and stops at the first that fails. */
async function runAll(
  steps: [string, string[], NodeJS.ProcessEnv?][],
): Promise<{ ok: boolean; out: string }> {
  for (const [cmd, args, env] of steps) {
    const r = await run(cmd, args, env);
    if (r.code !== 0) return { ok: false, out: `$ ${cmd} ${args.join(' ')}\n${r.out}` };
  }
  return { ok: true, out: '' };
}

/** node:test over some files, with TAP so the counts can be read back. */
async function nodeTest(files: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  // One file at a time: several of them start servers or builds of their own.
  const r = await run(
    'npx',
    ['tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files],
    { TZ: 'UTC', ...env },
  );
  const pass = Number(/^# pass (\d+)/m.exec(r.out)?.[1] ?? 0);
  const fail = tapFailures(r.out, r.code);
  const failures = r.out.split('\n').filter((l) => /^\s*not ok /.test(l));
  const log =
    fail > 0 || r.code !== 0
      ? `${r.out}\n${failures.join('\n')}`
      : r.out
          .split('\n')
          .filter((x) => /^# (tests|pass|fail|duration_ms)/.test(x))
          .join('\n');
  return { passed: pass, failed: fail > 0 ? fail : r.code === 0 ? 0 : 1, log };
}

/** Playwright, its JSON report read back: a flaky or skipped test is a failure (no retries into green, no skips). */
async function playwright(
  args: string[],
  report: string,
  env: NodeJS.ProcessEnv,
): Promise<Outcome> {
  rmSync(report, { force: true });
  const e2e = await run('npx', ['playwright', 'test', ...args], {
    TZ: 'UTC',
    E2E_REPORT: report,
    ...env,
  });
  const lines = e2e.out.split('\n');
  let log = lines
    .filter((x) => /^\s+(\d+ (passed|failed|flaky|skipped)|✘)/.test(x) || /Error:|expect\(/.test(x))
    .slice(0, 200)
    .join('\n');
  let passed = 0;
  let failed = e2e.code === 0 ? 0 : 1;
  try {
    const r = JSON.parse(readFileSync(report, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    passed = r.stats.expected;
    failed =
      r.stats.unexpected +
      r.stats.flaky +
      r.stats.skipped +
      (e2e.code !== 0 && r.stats.unexpected === 0 ? 1 : 0);
  } catch {
    log += `\n${e2e.out}`;
  }
  if (failed > 0) log += `\n${lines.slice(-120).join('\n')}`;
  return { passed, failed, log };
}

const testFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => join(dir, f));
/**
 * Integration tests that build nothing in this project (the desk's builds are in a copy of it,
 * with its own .astro/), given the builds below to read, so they can run beside lane A. Every
 * other integration test builds here.
 */
const OUTSIDE_LANE_A = new Set([
  'tests/integration/desk-publish.test.ts',
  'tests/integration/data-package-clients.test.ts',
  // (given both builds to read: NTM_BUILT_SITE, NTM_BUILT_SYNTHETIC)
  'tests/integration/site-build.test.ts',
]);
const INTEGRATION = testFiles('tests/integration');
const SYN_DATA = 'tests/output/synthetic-data';
const SYN_STATS = 'tests/output/synthetic-stats';
const SYN_DIST = 'tests/output/dist-synthetic';

// The system packages the browser and serving tests need (installed here as root with apt,
// otherwise the run stops at once with the command to run).
{
  const r = spawn('bash', ['scripts/runtime/system-deps.sh'], { stdio: 'inherit' });
  const code = await new Promise<number | null>((ok) => r.on('close', ok));
  if (code !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

// The bundled dataset must validate with no warning at all; pages and types need its output.
await stage('first', 'bundled data validates (--strict)', async () => {
  const r = await run('npx', ['tsx', 'scripts/build-stats.ts', '--strict']);
  return one(r.code === 0, r.out);
});

let markBuilt: (ok: boolean) => void = () => {};
/** Both sites built (dist/ and the synthetic one): what the browser, HTML and serving stages read. */
const built = new Promise<boolean>((ok) => (markBuilt = ok));
let realOk = false;

const laneA = (async () => {
  realOk = await stage('A', 'site build (dist/)', async () => {
    const r = await run('npm', ['run', 'build']);
    return one(r.code === 0, r.code === 0 ? '' : r.out);
  });
  const synOk = await stage('A', 'site build (synthetic, 63 communes)', async () => {
    const r = await runAll([
      [
        'npx',
        [
          'tsx',
          'scripts/make-synthetic.ts',
          SYN_DATA,
          '--communes',
          '63',
          '--districts',
          '5',
          '--seed',
          '7',
        ],
      ],
      ['npx', ['tsx', 'scripts/build-stats.ts'], { DATA_DIR: SYN_DATA, STATS_DIR: SYN_STATS }],
      ['npx', ['astro', 'build', '--outDir', SYN_DIST], { STATS_DIR: SYN_STATS }],
      ['npx', ['tsx', 'scripts/build-search.ts', SYN_DIST]],
      ['npx', ['tsx', 'scripts/build-og.ts', SYN_DIST]],
    ]);
    return one(r.ok, r.out);
  });
  markBuilt(realOk && synOk);

  // Types: scripts, library and tests, then `astro check` for the .astro files tsc cannot read.
  // (astro sync first, for the astro:content types tsc reads.)
  await stage('A', 'typecheck (tsc)', async () => {
    const sync = await run('npx', ['astro', 'sync']);
    const r = await run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
    return one(r.code === 0, `${sync.code === 0 ? '' : sync.out}${r.out}`);
  });
  // .astro components and the content collection; any error, warning or hint fails.
  await stage('A', 'typecheck (astro check)', async () => {
    const c = await run('npx', ['astro', 'check']);
    const summary =
      /Result \((\d+) files\)[\s\S]*?- (\d+) errors?[\s\S]*?- (\d+) warnings?[\s\S]*?- (\d+) hints?/.exec(
        c.out,
      );
    const clean = c.code === 0 && summary !== null && summary.slice(2).every((n) => n === '0');
    return one(
      clean,
      clean ? `astro check: ${summary[1]} files, 0 errors, 0 warnings, 0 hints` : c.out,
    );
  });

  if (realOk)
    // Reproducible: a second build from the same data gives a byte-identical site, share
    // images and search index included. Its share images are rendered without the cache, so
    // this also checks that the images dist/ got from the cache are what rendering gives.
    await stage('A', 'reproducible build (byte-identical dist/)', async () => {
      const again = 'tests/output/dist-again';
      rmSync(again, { recursive: true, force: true });
      const second = await runAll([
        ['npx', ['astro', 'build', '--outDir', again]],
        ['npx', ['tsx', 'scripts/build-search.ts', again]],
        ['npx', ['tsx', 'scripts/build-og.ts', again, '--no-cache']],
        ['npx', ['tsx', 'scripts/deploy/precompress.ts', again]],
        ['npx', ['tsx', 'scripts/deploy/configs.ts', again, '--dist-only']],
      ]);
      const differing = second.ok ? differentFiles('dist', again) : ['(second build failed)'];
      return one(
        differing.length === 0,
        differing.length
          ? `✗ not reproducible: ${differing.slice(0, 20).join(', ')}\n${second.out}`
          : '',
      );
    });

  await stage('A', 'integration tests that build the site (node:test)', () =>
    nodeTest(INTEGRATION.filter((f) => !OUTSIDE_LANE_A.has(f))),
  );
})();

const laneB = (async () => {
  // Formatting: Prettier for the tree, and for the frontmatter of .astro files.
  await stage('B', 'formatted (Prettier)', async () => {
    const r = await run('npm', ['run', '--silent', 'check:format']);
    return one(
      r.code === 0,
      r.code === 0 ? '✓ formatted (prettier --check, astro frontmatter)' : r.out,
    );
  });
  await stage('B', 'unit tests (node:test)', () => nodeTest(testFiles('tests/unit')));
  // The desk's server for its browser tests (its own Astro project under desk/).
  const deskBuilt = await stage('B', 'desk build (desk/dist, for the browser tests)', async () => {
    const r = await run('npx', ['astro', 'build', '--root', 'desk']);
    return { passed: 0, failed: r.code === 0 ? 0 : 1, log: r.code === 0 ? '' : r.out };
  });
  const siteBuilt = await built;
  // ESLint with types: it reads Astro's generated types (.astro/), which the site build writes.
  await stage('B', 'lint (ESLint, type-checked)', async () => {
    const r = await run('npx', ['eslint', '--max-warnings', '0', '.']);
    return one(r.code === 0, r.code === 0 ? '✓ eslint: 0 problems' : r.out);
  });
  if (!siteBuilt) return { deskBuilt };
  // The desk's tests publish on top of dist/, built above from the same files; the site-build
  // test reads both builds.
  await stage('B', 'integration tests that read the builds (node:test)', () =>
    nodeTest(
      INTEGRATION.filter((f) => OUTSIDE_LANE_A.has(f)),
      { NTM_BUILT_SITE: 'dist', NTM_BUILT_SYNTHETIC: SYN_DIST, NTM_SYNTHETIC_DATA: SYN_DATA },
    ),
  );
  // Every page of both builds: html-validate (.htmlvalidate.json), the CSP meta, no inline handler.
  for (const dist of ['dist', SYN_DIST])
    await stage('B', `HTML valid, CSP, no inline handlers (${dist})`, async () => {
      const r = await run('npx', ['tsx', 'scripts/check-html.ts', dist]);
      const pages = Number(/(\d+) pages checked/.exec(r.out)?.[1] ?? 0);
      // A build with almost no pages would pass vacuously (the real one has 311, the synthetic 125).
      const bad = r.code !== 0 || pages <= 50;
      return one(
        !bad,
        `${r.out.split('\n').slice(0, 50).join('\n')}${bad && pages <= 50 ? `\n✗ only ${pages} pages in ${dist}` : ''}`,
      );
    });
  // The shipped serving configs match deploy/policy.ts and let this build's meta CSP through,
  // and serve it: nginx and Caddy on loopback ports (tests/serving/).
  await stage('B', 'deploy/ configs match the policy and the build', async () => {
    const r = await run('npx', ['tsx', 'scripts/deploy/configs.ts', '--check']);
    return one(r.code === 0, r.out);
  });
  await stage('B', 'serving through nginx and Caddy (node:test)', () =>
    nodeTest(['tests/serving/serving.test.ts']),
  );
  return { deskBuilt };
})();

// The site's browser tests, once both builds are there: beside what is left of lanes A and B.
const siteBrowser = (async () => {
  if (!(await built)) return;
  await stage('browser', 'browser: the site (Playwright, Chromium)', () =>
    playwright(['--project=site'], 'tests/output/e2e-site.json', { E2E_SERVERS: 'site' }),
  );
})();

const [, { deskBuilt }] = await Promise.all([laneA, laneB, siteBrowser]);
// The editor (a dev server in this project) and the desk, when nothing else runs.
if (realOk)
  await stage('browser', 'browser: the editor and the desk (Playwright, Chromium)', () =>
    playwright(['--project=editor', '--project=desk'], 'tests/output/e2e-staff.json', {
      E2E_SERVERS: 'staff',
      ...(deskBuilt ? { DESK_BUILT: '1' } : {}),
    }),
  );

const total = since(started);
const w = Math.max(...results.map((s) => s.name.length));
console.log('');
console.log(`  ${'stage'.padEnd(w)}  lane     starts  seconds      CPU  passed  failed`);
for (const s of results)
  console.log(
    `${s.failed === 0 ? '✓' : '✗'} ${s.name.padEnd(w)}  ${s.lane.padEnd(7)} ${s.at.toFixed(1).padStart(6)}  ${s.seconds.toFixed(1).padStart(7)}  ${s.cpu.toFixed(1).padStart(7)}  ${String(s.passed).padStart(6)}  ${String(s.failed).padStart(6)}`,
  );
const cpu = results.reduce((a, s) => a + s.cpu, 0);
console.log(
  `  ${'npm test (wall; CPU of all stages)'.padEnd(w)}  ${''.padEnd(7)} ${''.padStart(6)}  ${total.toFixed(1).padStart(7)}  ${cpu.toFixed(1).padStart(7)}`,
);
const passed = results.reduce((a, s) => a + s.passed, 0);
const failed = results.reduce((a, s) => a + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
