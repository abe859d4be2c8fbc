// Entry point: `npm run data:build` (DATA_DIR=<folder> to build another dataset; --strict
// to fail on warnings too). Prints every problem as file:line:column: what — fix.
import { performance } from 'node:perf_hooks';
import { runPipeline } from './lib/pipeline.ts';

const dataDir = process.env['DATA_DIR'] ?? 'data';
const outDir = process.env['STATS_DIR'] ?? 'src/generated/stats';
const strict = process.argv.includes('--strict');
const report = process.argv.includes('--report-json');

const t0 = performance.now();
const result = runPipeline({ dataDir, outDir, strict, log: (l) => console.error(l) });
const ms = Math.round(performance.now() - t0);
if (!result.ok) process.exit(1);
const s = result.stats!;
if (report) {
  // Machine-readable line for scripts/bench-pipeline.ts.
  console.log(
    JSON.stringify({
      ms,
      rows: result.rows,
      units: s.units.length,
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}
const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
console.log(
  `✓ ${result.rows} rows from ${dataDir} → ${outDir} in ${ms} ms: ${s.units.length} units, ${s.counts.length} count series, ` +
    `${s.progress.length} targets, ${s.consistency.length} consistency checks` +
    (warnings ? `, ${warnings} warning(s)` : '') +
    (s.meta.synthetic ? ' [SYNTHETIC DATA]' : ''),
);
