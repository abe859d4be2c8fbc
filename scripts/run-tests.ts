// `npm test`: every gate, then one closing line "N passed, N failed".
// Steps: bundled data validates → type checks (tsc, astro check) → unit and integration tests (node:test
// via tsx) → site builds (real and synthetic) → browser tests (Playwright in Debian's Chromium).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
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

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  /** Wall-clock seconds the stage took. */
  seconds?: number;
}

/** node:test's TAP summary: a skipped, todo or cancelled test counts as failed, like a failure. */
function tapFailures(out: string, code: number): number {
  const n = (k: string) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(out)?.[1] ?? 0);
  const summary = /^# fail \d+/m.test(out);
  return (summary ? n('fail') : code === 0 ? 0 : 1) + n('skipped') + n('todo') + n('cancelled');
}
const results: StepResult[] = [];
const started = performance.now();
let mark = started;
// Every results.push() is timed from the end of the previous stage.
const push = results.push.bind(results);
results.push = (...rs: StepResult[]) => {
  const now = performance.now();
  for (const r of rs) r.seconds ??= (now - mark) / 1000;
  mark = now;
  return push(...rs);
};

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { code: number; out: string } {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = (r.stdout ?? '') + (r.stderr ?? '');
  return { code: r.status ?? 1, out };
}

// The system packages the browser and serving tests need (installed here as root with apt,
// otherwise the run stops at once with the command to run).
{
  const r = spawnSync('bash', ['scripts/runtime/system-deps.sh'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

// 0. The bundled dataset must validate with no warning at all; pages and types need its output.
{
  const r = run('npx', ['tsx', 'scripts/build-stats.ts', '--strict']);
  process.stdout.write(r.out);
  results.push({
    name: 'bundled data validates (--strict)',
    passed: r.code === 0 ? 1 : 0,
    failed: r.code === 0 ? 0 : 1,
  });
}

// 1. Types: scripts, library and tests (astro sync first, for the astro:content types),
// then `astro check` for the .astro files tsc cannot read.
{
  const sync = run('npx', ['astro', 'sync']);
  if (sync.code !== 0) process.stdout.write(sync.out);
  const r = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  process.stdout.write(r.out);
  results.push({
    name: 'typecheck (tsc)',
    passed: r.code === 0 ? 1 : 0,
    failed: r.code === 0 ? 0 : 1,
  });
  // .astro components and the content collection; any error, warning or hint fails.
  const c = run('npx', ['astro', 'check']);
  const summary =
    /Result \((\d+) files\)[\s\S]*?- (\d+) errors?[\s\S]*?- (\d+) warnings?[\s\S]*?- (\d+) hints?/.exec(
      c.out,
    );
  const clean = c.code === 0 && summary !== null && summary.slice(2).every((n) => n === '0');
  if (!clean) process.stdout.write(c.out);
  else console.log(`astro check: ${summary[1]} files, 0 errors, 0 warnings, 0 hints`);
  results.push({ name: 'typecheck (astro check)', passed: clean ? 1 : 0, failed: clean ? 0 : 1 });
}

// 1b. Formatting: Prettier for the tree, and for the frontmatter of .astro files.
{
  const r = run('npm', ['run', '--silent', 'check:format']);
  if (r.code !== 0) process.stdout.write(r.out);
  else console.log('✓ formatted (prettier --check, astro frontmatter)');
  results.push({
    name: 'formatted (Prettier)',
    passed: r.code === 0 ? 1 : 0,
    failed: r.code === 0 ? 0 : 1,
  });
}

// 2. Unit and integration tests, with TAP so the counts can be read back.
{
  const files = ['tests/unit', 'tests/integration'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .sort()
      .map((f) => join(dir, f)),
  );
  // One file at a time: integration tests run Astro builds that share .astro/ and Vite's cache.
  const r = run('npx', ['tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files], {
    TZ: 'UTC',
  });
  const failures = r.out.split('\n').filter((l) => /^\s*not ok /.test(l));
  const pass = Number(/^# pass (\d+)/m.exec(r.out)?.[1] ?? 0);
  const fail = tapFailures(r.out, r.code);
  if (fail > 0 || r.code !== 0) process.stdout.write(r.out);
  else
    for (const l of r.out.split('\n').filter((x) => /^# (tests|pass|fail|duration_ms)/.test(x)))
      console.log(l);
  for (const f of failures) console.log(f);
  results.push({
    name: 'unit + integration (node:test)',
    passed: pass,
    failed: fail > 0 ? fail : r.code === 0 ? 0 : 1,
  });
}

// 3. Build the real site and a synthetic one, then the browser tests against both.
{
  const real = run('npm', ['run', 'build']);
  const synData = 'tests/output/synthetic-data';
  const synStats = 'tests/output/synthetic-stats';
  const steps = [
    real,
    run('npx', [
      'tsx',
      'scripts/make-synthetic.ts',
      synData,
      '--communes',
      '63',
      '--districts',
      '5',
      '--seed',
      '7',
    ]),
    run('npx', ['tsx', 'scripts/build-stats.ts'], { DATA_DIR: synData, STATS_DIR: synStats }),
    run('npx', ['astro', 'build', '--outDir', 'tests/output/dist-synthetic'], {
      STATS_DIR: synStats,
    }),
    run('npx', ['tsx', 'scripts/build-search.ts', 'tests/output/dist-synthetic']),
    run('npx', ['tsx', 'scripts/build-og.ts', 'tests/output/dist-synthetic']),
  ];
  const broken = steps.find((r) => r.code !== 0);
  if (broken) {
    process.stdout.write(broken.out);
    results.push({ name: 'site builds (real + synthetic)', passed: 0, failed: 1 });
  } else {
    results.push({ name: 'site builds (real + synthetic)', passed: 1, failed: 0 });
    // Reproducible: a second build from the same data gives a byte-identical site, share
    // images and search index included. Its share images are rendered without the cache, so
    // this also checks that the images dist/ got from the cache are what rendering gives.
    const again = 'tests/output/dist-again';
    rmSync(again, { recursive: true, force: true });
    const second = [
      run('npx', ['astro', 'build', '--outDir', again]),
      run('npx', ['tsx', 'scripts/build-search.ts', again]),
      run('npx', ['tsx', 'scripts/build-og.ts', again, '--no-cache']),
      run('npx', ['tsx', 'scripts/deploy/precompress.ts', again]),
      run('npx', ['tsx', 'scripts/deploy/configs.ts', again, '--dist-only']),
    ];
    const differing = second.every((r) => r.code === 0)
      ? differentFiles('dist', again)
      : ['(second build failed)'];
    if (differing.length) console.log(`✗ not reproducible: ${differing.slice(0, 20).join(', ')}`);
    results.push({
      name: 'reproducible build (byte-identical dist/)',
      passed: differing.length ? 0 : 1,
      failed: differing.length ? 1 : 0,
    });
    // Every page of both builds: html-validate (.htmlvalidate.json), the CSP meta, no inline handler.
    const { checkHtml } = await import('./check-html.ts');
    for (const dist of ['dist', 'tests/output/dist-synthetic']) {
      const h = await checkHtml(dist);
      for (const p of h.problems.slice(0, 50))
        console.log(`✗ ${dist}/${p.page}:${p.line}:${p.column}: ${p.message} (${p.rule})`);
      // A build with almost no pages would pass vacuously (the real one has 311, the synthetic 125).
      const bad = h.problems.length > 0 || h.pages <= 50;
      console.log(
        `${bad ? '✗' : '✓'} html-validate + CSP: ${h.pages} pages of ${dist}, ${h.problems.length} problems`,
      );
      results.push({
        name: `HTML valid, CSP, no inline handlers (${dist})`,
        passed: bad ? 0 : 1,
        failed: bad ? 1 : 0,
      });
    }
    // The shipped serving configs match deploy/policy.ts and let this build's meta CSP through,
    // and serve it: nginx and Caddy on loopback ports (tests/serving/).
    const configs = run('npx', ['tsx', 'scripts/deploy/configs.ts', '--check']);
    process.stdout.write(configs.out);
    results.push({
      name: 'deploy/ configs match the policy and the build',
      passed: configs.code === 0 ? 1 : 0,
      failed: configs.code === 0 ? 0 : 1,
    });
    {
      const r = run('npx', [
        'tsx',
        '--test',
        '--test-concurrency=1',
        '--test-reporter=tap',
        'tests/serving/serving.test.ts',
      ]);
      const pass = Number(/^# pass (\d+)/m.exec(r.out)?.[1] ?? 0);
      const fail = tapFailures(r.out, r.code);
      if (fail > 0 || r.code !== 0) process.stdout.write(r.out);
      else console.log(`✓ serving (nginx, Caddy): ${pass} passed`);
      results.push({
        name: 'serving through nginx and Caddy (node:test)',
        passed: pass,
        failed: fail > 0 ? fail : r.code === 0 ? 0 : 1,
      });
    }
    const e2e = run('npx', ['playwright', 'test'], { TZ: 'UTC' });
    const lines = e2e.out.split('\n');
    for (const l of lines
      .filter(
        (x) => /^\s+(\d+ (passed|failed|flaky|skipped)|✘)/.test(x) || /Error:|expect\(/.test(x),
      )
      .slice(0, 200))
      console.log(l);
    let passed = 0;
    let failed = e2e.code === 0 ? 0 : 1;
    try {
      const report = JSON.parse(readFileSync('tests/output/e2e.json', 'utf8')) as {
        stats: { expected: number; unexpected: number; flaky: number; skipped: number };
      };
      passed = report.stats.expected;
      // A flaky or skipped test is a failure here: no retries into green, no skips.
      failed =
        report.stats.unexpected +
        report.stats.flaky +
        report.stats.skipped +
        (e2e.code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
    } catch {
      process.stdout.write(e2e.out);
    }
    if (failed > 0) process.stdout.write(e2e.out.split('\n').slice(-120).join('\n'));
    results.push({ name: 'browser (Playwright, Chromium)', passed, failed });
  }
}

console.log('');
for (const s of results)
  console.log(`${s.failed === 0 ? '✓' : '✗'} ${s.name}: ${s.passed} passed, ${s.failed} failed`);
console.log('');
const w = Math.max(...results.map((s) => s.name.length));
console.log(`${'stage'.padEnd(w)}  ${'seconds'.padStart(7)}  passed  failed`);
for (const s of results)
  console.log(
    `${s.name.padEnd(w)}  ${(s.seconds ?? 0).toFixed(1).padStart(7)}  ${String(s.passed).padStart(6)}  ${String(s.failed).padStart(6)}`,
  );
console.log(
  `${'total (wall)'.padEnd(w)}  ${((performance.now() - started) / 1000).toFixed(1).padStart(7)}`,
);
const passed = results.reduce((a, s) => a + s.passed, 0);
const failed = results.reduce((a, s) => a + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
