// `npm run bench:data`: time and peak memory of the data pipeline on the bundled data
// and on synthetic datasets. Prints a Markdown table (quoted in README.md). Not a test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { makeSynthetic } from './lib/synthetic.ts';

const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,100000').split(',').map(Number);

interface Row {
  dataset: string;
  rows: number;
  units: number;
  ms: number;
  maxRssMB: number;
}

function measure(label: string, dataDir: string): Row {
  const out = mkdtempSync(join(tmpdir(), 'ntm-bench-out-'));
  const r = spawnSync('npx', ['tsx', 'scripts/build-stats.ts', '--report-json'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      STATS_DIR: join(out, 'stats'),
      NODE_OPTIONS: '--max-old-space-size=8192',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`${label}: pipeline failed\n${r.stderr}`);
  const line = r.stdout
    .trim()
    .split('\n')
    .find((l) => l.startsWith('{'));
  const j = JSON.parse(line!) as Omit<Row, 'dataset'>;
  const row = { dataset: label, ...j };
  process.stderr.write(`  ${label}: ${j.rows} rows in ${j.ms} ms, peak ${j.maxRssMB} MB\n`);
  return row;
}

const rows: Row[] = [];
process.stderr.write(
  `Benchmarking the data pipeline (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB)…\n`,
);
try {
  rows.push(measure('bundled data (data/)', 'data'));
} catch (e) {
  process.stderr.write(`  ✗ ${(e as Error).message}\n`);
}
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `ntm-bench-${n}-`));
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`  generating ${n} synthetic communes…\n`);
  for (const [f, text] of Object.entries(
    makeSynthetic({ communes: n, districts: Math.max(1, Math.round(n / 12)) }),
  )) {
    writeFileSync(join(dir, f), text);
  }
  rows.push(measure(`synthetic ${n.toLocaleString('en')} communes`, dir));
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (x: number) => x.toLocaleString('en');
console.log(
  `Data pipeline benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log('');
console.log('| dataset | CSV rows | units | time | rows/s | peak RSS |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.dataset} | ${fmt(r.rows)} | ${fmt(r.units)} | ${(r.ms / 1000).toFixed(2)} s | ${fmt(Math.round(r.rows / (r.ms / 1000)))} | ${fmt(r.maxRssMB)} MB |`,
  );
}
