// The data desk's words in each edition (/so-lieu/, /en/data/: src/views/DataDesk.astro). File
// names, column names and JSON keys are data and stay as published in both.
import type { Lang } from '../lang.ts';
import { localHref } from '../routes.ts';
import { formatDate } from '../../lib/format.ts';
import { markup, type Html } from './html.ts';

export interface DataDeskText {
  title: string;
  description: string;
  heading: string;
  /** Before the release date. */
  lead: string;
  synthetic: string;
  /** What the data's own wording is in, where it is not the edition's language; null: nothing to say. */
  namesNote: string | null;
  excel: (href: string, name: string, size: string) => Html;
  csvNote: Html;
  bytes: (n: string) => string;
  tables: {
    heading: string;
    label: string;
    caption: string;
    columns: { table: string; contents: string; rows: string; download: string };
    dictionary: string;
    /** How to read a *.dictionary.csv file, whose headers are Vietnamese; null in Vietnamese. */
    dictionaryNote: Html | null;
  };
  dictionary: {
    summary: string;
    label: (table: string) => string;
    caption: (table: string) => string;
    columns: { column: string; type: string; required: string; meaning: string };
    yes: string;
    no: string;
    values: string;
    valueSeparator: string;
  };
  statistics: { heading: string; text: Html };
  package: { heading: string; text: (href: string) => Html };
  log: {
    heading: string;
    text: (href: string) => Html;
    releaseOf: (date: string) => string;
    first: string;
    /** After a number of rows, before the table's name. */
    rowsOf: (rows: number) => string;
    comparedWith: (date: string) => string;
    diff: (added: string, removed: string, changed: string) => string;
    columnsChanged: string;
    noStatusChange: string;
    statusLabel: (release: string) => string;
    statusCaption: (date: string) => string;
    columns: { unit: string; standard: string; before: string; after: string };
    /**
     * A unit's step as the changelog writes it (stepText(), src/lib/release/changelog.ts: Vietnamese,
     * ISO dates) in the edition's words; null where its shape is not known.
     */
    step: (text: string) => string | null;
    note: Html;
  };
  licence: {
    heading: string;
    /** The licence as the data states it (Vietnamese) and its code-like name ("CC BY 4.0"). */
    text: (licence: string, name: string) => Html;
    apaLead: string;
    apa: (release: string, title: string, url: string) => Html;
    bibNote: (name: string) => string;
  };
  factCards: {
    heading: string;
    text: Html;
    label: string;
    caption: (count: string) => string;
    columns: { figure: string; scope: string; asOf: string };
  };
}

// The changelog's steps, read back for the English edition. Anything else is shown as written.
function stepEn(text: string): string | null {
  const en = (iso: string) => formatDate(iso, 'en');
  if (text === 'không xét') return 'not applicable';
  if (text === 'đạt') return 'reached';
  if (text === 'chưa có số liệu công bố') return 'no published data';
  let r = /^đạt \(năm (\d{4})\)$/.exec(text);
  if (r) return `reached (in ${r[1]})`;
  r = /^đạt \(chậm nhất ([\d-]+)\)$/.exec(text);
  if (r) return `reached (by ${en(r[1]!)} at the latest)`;
  r = /^chưa đạt \(tính đến ([\d-]+)\)$/.exec(text);
  if (r) return `not reached (as of ${en(r[1]!)})`;
  return null;
}

export const DATA_DESK_TEXT = {
  vi: {
    title: 'Dữ liệu',
    description:
      'Tải toàn bộ dữ liệu nông thôn mới TP.HCM (CSV, JSON), từ điển dữ liệu, gói dữ liệu có mã kiểm tra, nhật ký phát hành, API tĩnh và cách trích dẫn.',
    heading: 'Dữ liệu',
    lead: 'Mọi con số trên trang này đều lấy từ các bảng dưới đây, và mỗi dòng dẫn về một nguồn công bố. Phiên bản dữ liệu: ',
    synthetic: ' (DỮ LIỆU MẪU, không phải số liệu thật)',
    namesNote: null,
    excel: (href, name, size) =>
      markup`<strong>Dùng Excel?</strong> Tải <a href="${href}" download>sổ Excel ${name}</a> (${size}): mọi bảng trong một tệp, mở đúng tiếng Việt khi bấm đúp, ô số là số, ô ngày là ngày, kèm trang từ điển dữ liệu.`,
    csvNote: markup`Tệp CSV dành cho phần mềm (R, Python, DuckDB, thư viện Frictionless): mã UTF-8 không có BOM, dấu phẩy phân cách, số viết kiểu máy (dấu chấm thập phân, ví dụ <code>0.793</code>), mô tả trong <code>datapackage.json</code>. Tệp JSON có cùng các cột, kiểu số là số.`,
    bytes: (n) => `${n} byte`,
    tables: {
      heading: 'Các bảng dữ liệu',
      label: 'các bảng dữ liệu',
      caption: 'Mỗi bảng: nội dung, số dòng và các tệp tải về',
      columns: { table: 'Bảng', contents: 'Nội dung', rows: 'Số dòng', download: 'Tải về' },
      dictionary: 'từ điển dữ liệu',
      dictionaryNote: null,
    },
    dictionary: {
      summary: 'Từ điển dữ liệu của bảng',
      label: (table) => `từ điển dữ liệu ${table}`,
      caption: (table) => `Các cột của bảng ${table}`,
      columns: { column: 'Cột', type: 'Kiểu', required: 'Bắt buộc', meaning: 'Ý nghĩa' },
      yes: 'có',
      no: 'không',
      values: 'Giá trị',
      valueSeparator: '; ',
    },
    statistics: {
      heading: 'Thống kê tính sẵn',
      text: markup`Các con số tính từ dữ liệu từng xã (số xã đạt chuẩn theo năm, tiến độ mục tiêu, đối chiếu với số liệu công bố), đúng như các trang dùng. Trạng thái "<a href="/chua-cong-bo/">chưa có số liệu công bố</a>" được giữ riêng, không bao giờ tính là 0. Cách tính ở trang <a href="/phuong-phap/">Phương pháp</a>.`,
    },
    package: {
      heading: 'Gói dữ liệu và mã kiểm tra',
      text: (href) =>
        markup`<a href="${href}">datapackage.json</a> mô tả mọi tệp theo chuẩn <a href="https://specs.frictionlessdata.io/data-package/" rel="external">Frictionless Data Package</a>: các cột, kiểu, khóa, kích thước và mã SHA-256 của từng tệp. Kiểm tra một tệp đã tải: <code>sha256sum units.csv</code> rồi so với trường <code>hash</code>.`,
    },
    log: {
      heading: 'Nhật ký phát hành',
      text: (href) =>
        markup`Nhật ký được tính tự động bằng cách so từng bảng và trạng thái từng xã với lần phát hành trước (<a href="${href}">changelog.json</a>).`,
      releaseOf: (date) => `Phát hành ngày ${date}`,
      first: 'Lần phát hành đầu tiên',
      rowsOf: () => 'dòng',
      comparedWith: (date) => `So với bản ${date}:`,
      diff: (added, removed, changed) => `thêm ${added}, bớt ${removed}, sửa ${changed} dòng`,
      columnsChanged: 'cột đã sửa',
      noStatusChange: 'Không xã, huyện nào đổi trạng thái.',
      statusLabel: (release) => `trạng thái thay đổi ngày ${release}`,
      statusCaption: (date) => `Đơn vị đổi trạng thái trong bản ${date}`,
      columns: { unit: 'Đơn vị', standard: 'Chuẩn', before: 'Trước', after: 'Sau' },
      // The changelog writes dates in ISO form ("chậm nhất 2015-08"); readers get the page's format.
      step: (text) => text.replace(/\d{4}-\d{2}(?:-\d{2})?/g, (iso) => formatDate(iso)),
      note: markup`Một lần phát hành mới: người cập nhật chạy <code>npm run data:release</code>, lệnh này lưu bản hiện tại vào <code>data/releases/</code> trước khi sửa; nhật ký so bản mới với bản đã lưu.`,
    },
    licence: {
      heading: 'Giấy phép và trích dẫn',
      text: (licence) =>
        markup`Giấy phép: <strong>${licence}</strong>. Bạn được dùng lại, kể cả cho mục đích thương mại, miễn là ghi nguồn "NTM TP.HCM" kèm liên kết, và nên nêu cả nguồn gốc của từng con số (cột <code>source_id</code>).`,
      apaLead: 'Trích dẫn cả bộ dữ liệu (APA):',
      apa: (release, title, url) => {
        const [y, m, d] = release.split('-');
        return markup`NTM TP.HCM. (${y!}, ${Number(d)} tháng ${Number(m)}). ${title} [Bộ dữ liệu, phiên bản ${release}]. ${url}`;
      },
      bibNote: (name) => `Giấy phép ${name}`,
    },
    factCards: {
      heading: 'Thẻ số liệu',
      text: markup`Mỗi số liệu đã công bố có một trang cố định để trích dẫn, với câu trích dẫn, APA, BibTeX, nguồn gốc, dữ liệu CSV/JSON và mã nhúng. Mã trang không bao giờ đổi.`,
      label: 'danh sách thẻ số liệu',
      caption: (count) => `Các số liệu đã công bố (${count})`,
      columns: { figure: 'Số liệu', scope: 'Phạm vi', asOf: 'Tính đến' },
    },
  },
  en: {
    title: 'Data',
    description:
      "Download all of Ho Chi Minh City's New Rural Development data (CSV, JSON), with data dictionaries, a checksummed data package, the release log, a static API and how to cite it.",
    heading: 'Data',
    lead: 'Every figure on this site comes from the tables below, and every row points to a published source. Data release: ',
    synthetic: ' (SAMPLE DATA, not real figures)',
    namesNote:
      'Names, titles and notes in the data are in Vietnamese, as published. File names, column names and JSON keys are codes and are the same in both editions of this site.',
    excel: (href, name, size) =>
      markup`<strong>Using Excel?</strong> Download the <a href="${href}" download>Excel workbook ${name}</a> (${size}): every table in one file, Vietnamese characters display correctly when you double-click it, numbers are numbers and dates are dates, and a sheet holds the data dictionary.`,
    csvNote: markup`The CSV files are for software (R, Python, DuckDB, Frictionless libraries): UTF-8 without a BOM, comma-separated, numbers written the machine way (a full stop as the decimal point, for example <code>0.793</code>), described in <code>datapackage.json</code>. The JSON files have the same columns, with numbers as numbers.`,
    bytes: (n) => `${n} bytes`,
    tables: {
      heading: 'Data tables',
      label: 'data tables',
      caption: 'Each table: what it holds, its number of rows and its downloads',
      columns: { table: 'Table', contents: 'Contents', rows: 'Rows', download: 'Download' },
      dictionary: 'data dictionary',
      dictionaryNote: markup`Each data dictionary file (<code>*.dictionary.csv</code>) has one row per column, with Vietnamese headers: <code>cot</code> (column), <code>kieu</code> (type), <code>bat_buoc</code> (required: <code lang="vi">có</code> yes, <code lang="vi">không</code> no), <code>y_nghia</code> (meaning) and <code>gia_tri_cho_phep</code> (allowed values).`,
    },
    dictionary: {
      summary: 'Data dictionary of the table',
      label: (table) => `data dictionary ${table}`,
      caption: (table) => `The columns of the table ${table}`,
      columns: { column: 'Column', type: 'Type', required: 'Required', meaning: 'Meaning' },
      yes: 'yes',
      no: 'no',
      values: 'Values',
      valueSeparator: ', ',
    },
    statistics: {
      heading: 'Computed statistics',
      text: markup`The figures computed from each commune's data (communes reaching each standard by year, progress towards targets, checks against published figures), exactly as the pages use them. "<a href="${localHref('en', '/chua-cong-bo/')}">No published data</a>" is kept as its own state and is never counted as 0. The <a href="${localHref('en', '/phuong-phap/')}">Methodology</a> page explains how they are computed.`,
    },
    package: {
      heading: 'Data package and checksums',
      text: (href) =>
        markup`<a href="${href}">datapackage.json</a> describes every file to the <a href="https://specs.frictionlessdata.io/data-package/" rel="external">Frictionless Data Package</a> standard: its columns, types, keys, size and SHA-256 checksum. To check a file you have downloaded, run <code>sha256sum units.csv</code> and compare the result with its <code>hash</code> field.`,
    },
    log: {
      heading: 'Release log',
      text: (href) =>
        markup`The log is computed automatically by comparing each table, and each commune's status, with the previous release (<a href="${href}">changelog.json</a>).`,
      releaseOf: (date) => `Release of ${date}`,
      first: 'First release',
      rowsOf: (rows) => `${rows === 1 ? 'row' : 'rows'} of`,
      comparedWith: (date) => `Compared with the release of ${date}:`,
      diff: (added, removed, changed) =>
        `rows added ${added}, removed ${removed}, changed ${changed}`,
      columnsChanged: 'columns changed',
      noStatusChange: 'No commune or district changed status.',
      statusLabel: (release) => `status changes on ${release}`,
      statusCaption: (date) => `Units whose status changed in the release of ${date}`,
      columns: { unit: 'Unit', standard: 'Standard', before: 'Before', after: 'After' },
      step: stepEn,
      note: markup`For a new release, the maintainer runs <code>npm run data:release</code>, which saves the current release in <code>data/releases/</code> before any edit; the log compares the new release with the saved one.`,
    },
    licence: {
      heading: 'Licence and citation',
      text: (licence, name) =>
        markup`Licence: <strong>${name}</strong> (as stated in the data, in Vietnamese: <q lang="vi">${licence}</q>). You may reuse the data, including commercially, as long as you credit "NTM TP.HCM" with a link; please also name the original source of each figure (the <code>source_id</code> column).`,
      apaLead: 'To cite the whole data set (APA):',
      apa: (release, title, url) => {
        const [y, m, d] = release.split('-');
        const month = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', {
          month: 'long',
          timeZone: 'UTC',
        });
        return markup`NTM TP.HCM. (${y!}, ${month} ${Number(d)}). <cite lang="vi">${title}</cite> [Data set, version ${release}; in Vietnamese]. ${url}`;
      },
      bibNote: (name) => `Licence ${name}`,
    },
    factCards: {
      heading: 'Fact cards',
      text: markup`Every published figure has a permanent page to cite, with a citation sentence, APA, BibTeX, its origin, its data as CSV and JSON, and code to embed it. A fact card's address never changes.`,
      label: 'list of fact cards',
      caption: (count) => `Published figures (${count})`,
      columns: { figure: 'Figure', scope: 'Scope', asOf: 'As of' },
    },
  },
} satisfies Record<Lang, DataDeskText>;
