// `npm run data:import -- <file.xlsx>`: checks the whole workbook with the data build's
// rules and, only if nothing fails, rewrites the CSV files of data/ (or DATA_DIR).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatChanges, importWorkbook } from '../lib/workbook.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run data:import -- <file.xlsx>   (DATA_DIR=<folder> to import into another dataset)');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`✗ không tìm thấy tệp ${file}`);
  process.exit(2);
}
const dataDir = process.env['DATA_DIR'] ?? 'data';
// The stories built with this data: the real ones go with data/; another dataset names its own.
const storiesDir = process.env['STORIES_DIR'] ?? (resolve(dataDir) === resolve('data') ? 'content/stories' : null);
if (storiesDir === null) console.error(`lưu ý: không kiểm tra bài viết với dữ liệu mới (DATA_DIR không phải data/); đặt STORIES_DIR=<thư mục bài> để kiểm tra.`);
const t0 = performance.now();
const r = importWorkbook(file, dataDir, { storiesDir });
for (const m of r.messages) console.error(m);
const ms = Math.round(performance.now() - t0);
if (!r.ok) {
  const n = r.messages.filter((m) => !m.includes(': lưu ý: ')).length;
  console.error(`✗ ${n} lỗi trong ${file}; thư mục ${dataDir}/ không bị thay đổi. Sửa các ô trên trong Excel, lưu, rồi chạy lại lệnh.`);
  process.exit(1);
}
for (const c of r.changes) console.log(formatChanges(c));
const touched = r.changes.filter((c) => c.added.length + c.removed.length + c.changed.length > 0 || c.reformatted).length;
console.log(touched === 0
  ? `✓ ${file} khớp với ${dataDir}/ (${ms} ms): không có gì thay đổi.`
  : `✓ Đã ghi ${touched} bảng vào ${dataDir}/ (${ms} ms). Xem lại bằng git diff ${dataDir}/ rồi gửi thay đổi để duyệt.`);
