// The static API page's words in each edition (/so-lieu/api/, /en/data/api/:
// src/views/DataApi.astro). The API itself is language-neutral JSON at /api/v1/.
import type { Lang } from '../lang.ts';
import { localHref } from '../routes.ts';
import { formatDate } from '../../lib/format.ts';
import { markup, type Html } from './html.ts';

type Endpoint = { key: string; description: string };

export interface DataApiText {
  title: string;
  description: string;
  heading: (version: string) => string;
  lead: (release: string) => Html;
  conventions: {
    heading: string;
    /** The envelope's shape, written as JSON. */
    shape: (shape: string) => Html;
    names: Html;
    nulls: Html;
    dates: Html;
    /** Where the data's wording is not in the edition's language; null: nothing to say. */
    language: string | null;
    schemas: (base: string) => Html;
  };
  endpoints: {
    heading: string;
    label: string;
    caption: string;
    columns: { path: string; contents: string; schema: string };
    index: string;
    /** An endpoint's description; undefined where the edition has none written yet. */
    describe: (e: Endpoint) => string | undefined;
  };
  examples: {
    heading: string;
    curl: string;
    js: string;
    /** Inside the JavaScript example. */
    versionError: string;
    citationComment: string;
  };
  /** Before and after the link to the data desk. */
  tables: [string, string];
}

// English wording of each endpoint; ENDPOINTS (src/lib/api.ts) carries the Vietnamese one.
// A new endpoint without an entry here shows its Vietnamese description, marked as such.
const DESCRIPTION_EN: Record<string, string> = {
  units:
    'Administrative units as before 1 July 2025: the city, its 5 districts, their communes and townships.',
  unit: 'One unit by its code: its steps up the standards, recognition events, figures, and the new units it became after 2025.',
  recognitions: 'Every recognition event (or "not yet met") as its source states it.',
  figures: 'Every aggregate figure, exactly as its source published it.',
  figure: 'One figure with its source and citation (the citation is in Vietnamese).',
  targets: 'Targets of the city (by year and by district, 2020–2030) and national ones.',
  progress:
    'Progress towards each target: met, not met, or nothing published yet (status no-data).',
  sources: 'The list of sources: URL, document number, date.',
  crosswalk: 'Crosswalk from each former commune to the new unit(s) from 1 July 2025.',
  criteria_sets: 'The criteria sets and programme decisions.',
  open_questions: `What is still unpublished: each question, what was searched, the nearest published fact and the document that would answer it (the page ${localHref('en', '/chua-cong-bo/')}).`,
};

export const DATA_API_TEXT = {
  vi: {
    title: 'API tĩnh',
    description:
      'API JSON tĩnh của NTM TP.HCM: danh sách đơn vị, công nhận, số liệu, mục tiêu, tiến độ, nguồn, bảng chuyển đổi 2025; có lược đồ JSON Schema và ví dụ.',
    heading: (version) => `API tĩnh (phiên bản ${version})`,
    lead: (release) =>
      markup`Các tệp JSON tĩnh, không cần khóa, không giới hạn, dùng được từ mọi ngôn ngữ. Dữ liệu là bản phát hành ${release}; mỗi tệp ghi rõ <code>api_version</code> và <code>release</code>.`,
    conventions: {
      heading: 'Quy ước',
      shape: (shape) =>
        markup`Mỗi tệp có dạng <code>${shape}</code>; danh sách có thêm <code>count</code>.`,
      names: markup`Tên trường là tên cột của các bảng CSV (chữ thường, gạch dưới) và không đổi trong phiên bản 1. Thay đổi không tương thích sẽ ra <code>/api/v2/</code>, bản cũ vẫn giữ.`,
      nulls: markup`Ô trống trong CSV là <code>null</code> trong JSON: nghĩa là <strong><a href="/chua-cong-bo/">chưa có số liệu công bố</a></strong>, không phải 0.`,
      dates: markup`Ngày viết theo ISO (<code>2015</code>, <code>2015-08</code> hoặc <code>2015-08-31</code>, chính xác đến mức nguồn ghi); tỷ lệ từ 0 đến 1.`,
      language: null,
      schemas: (base) =>
        markup`Mỗi tệp có lược đồ <a href="https://json-schema.org/" rel="external">JSON Schema</a> ở <code>${base}/schemas/</code>, và được kiểm tra với lược đồ đó mỗi lần xây dựng trang.`,
    },
    endpoints: {
      heading: 'Các điểm truy cập',
      label: 'các điểm truy cập API',
      caption: 'Tệp, nội dung và lược đồ',
      columns: { path: 'Đường dẫn', contents: 'Nội dung', schema: 'Lược đồ' },
      index: 'Danh mục các điểm truy cập.',
      describe: (e) => e.description,
    },
    examples: {
      heading: 'Ví dụ',
      curl: 'Dòng lệnh (curl)',
      js: 'JavaScript',
      versionError: 'API đã đổi phiên bản',
      citationComment: 'Số liệu kèm câu trích dẫn:',
    },
    tables: ['Cần cả bảng để phân tích? Tải CSV hoặc gói dữ liệu ở trang ', '.'],
  },
  en: {
    title: 'Static API',
    description:
      'The static JSON API of NTM TP.HCM: units, recognitions, figures, targets, progress, sources and the 2025 crosswalk, with JSON Schemas and examples.',
    heading: (version) => `Static API (version ${version})`,
    lead: (release) =>
      markup`Static JSON files: no key, no rate limit, usable from any language. The data is the release of ${formatDate(release, 'en')}; every file states its <code>api_version</code> and <code>release</code>.`,
    conventions: {
      heading: 'Conventions',
      shape: (shape) =>
        markup`Every file has the shape <code>${shape}</code>; lists also carry <code>count</code>.`,
      names: markup`Field names are the column names of the CSV tables (lower case, underscores) and do not change within version 1. A breaking change will be published under <code>/api/v2/</code>, and the old version kept.`,
      nulls: markup`An empty cell in the CSV is <code>null</code> in the JSON: it means <strong><a href="${localHref('en', '/chua-cong-bo/')}">no published data</a></strong>, not 0.`,
      dates: markup`Dates are ISO (<code>2015</code>, <code>2015-08</code> or <code>2015-08-31</code>, as precise as the source); shares run from 0 to 1.`,
      language:
        'Names, titles, notes and citation sentences in the data are in Vietnamese, as published.',
      schemas: (base) =>
        markup`Every file has a <a href="https://json-schema.org/" rel="external">JSON Schema</a> under <code>${base}/schemas/</code>, and is checked against it on every build of the site.`,
    },
    endpoints: {
      heading: 'Endpoints',
      label: 'API endpoints',
      caption: 'Files, what they hold and their schemas',
      columns: { path: 'Path', contents: 'Contents', schema: 'Schema' },
      index: 'The list of endpoints.',
      describe: (e) => DESCRIPTION_EN[e.key],
    },
    examples: {
      heading: 'Examples',
      curl: 'Command line (curl)',
      js: 'JavaScript',
      versionError: 'The API version has changed',
      citationComment: 'A figure with its citation sentence (in Vietnamese):',
    },
    tables: [
      'Need whole tables for analysis? Download the CSV files or the data package on the ',
      ' page.',
    ],
  },
} satisfies Record<Lang, DataApiText>;
