// `npm run data:export -- <file.xlsx>`: every table of data/ (or DATA_DIR) into one
// workbook for editing in Excel; `npm run data:import` brings it back.
import { performance } from 'node:perf_hooks';
import { exportWorkbook } from '../lib/workbook.ts';

const file = process.argv[2];
if (!file || !file.toLowerCase().endsWith('.xlsx')) {
  console.error('usage: npm run data:export -- <file.xlsx>   (DATA_DIR=<folder> to export another dataset)');
  process.exit(2);
}
const dataDir = process.env['DATA_DIR'] ?? 'data';
const t0 = performance.now();
try {
  const r = exportWorkbook(dataDir, file);
  for (const n of r.notes) console.error(`note: ${n}`);
  console.log(`✓ ${dataDir} → ${file} (${(r.bytes / 1024).toFixed(1)} KB) in ${Math.round(performance.now() - t0)} ms. ` +
    `Đã xuất sổ Excel: sửa trong Excel, lưu dạng .xlsx, rồi chạy npm run data:import -- ${file}`);
} catch (e) {
  console.error(`✗ ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
