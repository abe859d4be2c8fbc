// `npm run new:story -- "Tiêu đề bài"`: writes content/stories/<slug>.mdx, a valid skeleton
// with today's date (Vietnam time) and draft: true. Never overwrites an existing story.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../src/lib/stories/slug.ts';

const title = process.argv.slice(2).join(' ').trim().normalize('NFC');
if (title.length < 8) {
  console.error('✗ Cần một tiêu đề (ít nhất 8 ký tự): npm run new:story -- "Tiêu đề bài viết"');
  process.exit(2);
}
const dir = process.env['STORIES_DIR'] ?? 'content/stories';
const slug = slugify(title);
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`✗ ${file} đã có. Không ghi đè: hãy sửa bài đó, hoặc chọn tiêu đề khác.`);
  process.exit(1);
}
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const yamlTitle = title.replace(/"/g, '\\"');
const body = `---
title: "${yamlTitle}"
summary: "Một hoặc hai câu tóm tắt bài viết, hiện trong danh sách và kết quả tìm kiếm."
published: ${today}
# Mã GSO (trước 01/7/2025) của các xã trong bài, xem data/units.csv. Thay mã mẫu dưới đây.
communes: ["27556"]
# Một trong: kinh-te-htx, ocop, van-hoa, moi-truong, ha-tang, an-sinh, ap-thong-minh, bien-dao
modelType: kinh-te-htx
# Mã nguồn trong data/sources.csv mà bài dẫn. Thay mã mẫu dưới đây.
sources: ["vietnamplus-en-pilot-communes"]
tags: []
# Bản nháp chỉ hiện khi chạy npm run dev. Đổi thành false khi bài đã sẵn sàng.
draft: true
---

Đoạn mở đầu: giới thiệu mô hình ở <CommuneLink code="27556" />.

## Tiêu đề mục

Mỗi con số phải có nguồn: dùng <Stat id="f-79-ntm-2015-08" /> cho số liệu có trong data/figures.csv, hoặc ghi nguồn ngay sau con số <Cite id="vietnamplus-en-pilot-communes" />.
`;
mkdirSync(dir, { recursive: true });
writeFileSync(file, body);
console.log(
  `✓ Đã tạo ${file} (bản nháp). Xem trước: npm run dev, rồi mở http://localhost:4321/mo-hinh/${slug}/`,
);
