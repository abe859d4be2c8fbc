// A fact card's words in each edition (/so-lieu/<id>/, /en/data/<id>/: src/views/FactCard.astro).
// Citations themselves come from src/lib/cite.ts; titles of sources stay as published.
import type { Lang } from '../lang.ts';
import { localHref } from '../routes.ts';
import { formatShare } from '../../lib/format.ts';
import { labels } from '../../lib/labels.ts';
import {
  OTHER_SCOPES,
  VALUE_UNITS,
  isOtherScope,
  type ValueUnit,
} from '../../lib/schema/tables.ts';
import { markup, type Html } from './html.ts';

export interface FactCardText {
  /** After the data desk's name in the breadcrumb. */
  factCard: string;
  asOf: string;
  standard: string;
  scope: string;
  /** Under a quote from the source, naming the source's language where it is not the page's. */
  quoteSource: (language: string) => Html;
  note: string;
  citation: { heading: string; sentence: string; permalink: string };
  /** The same figure cited in Vietnamese, for the English edition; null in Vietnamese. */
  viCitation: { heading: string; lead: string; sentence: string } | null;
  origin: {
    heading: string;
    document: string;
    publisher: string;
    number: string;
    publishedOn: string;
    noDate: string;
    sourceApa: string;
    inSources: string;
  };
  data: {
    heading: Html;
    csv: (href: string) => Html;
    json: (href: string) => Html;
    id: string;
    scope: string;
    /** The scope's cell: its name and code, or one of OTHER_SCOPES. */
    scopeCell: (scope: string, name: string) => string;
    unit: string;
    measure: (u: ValueUnit) => string;
    release: string;
    log: string;
  };
  embed: { heading: string; text: (href: string) => Html };
  others: { heading: string; asOf: (date: string) => string };
}

const EN_UNIT = labels('en').unitSuffix;

export const FACT_CARD_TEXT = {
  vi: {
    factCard: 'Thẻ số liệu',
    asOf: 'Tính đến',
    standard: 'chuẩn',
    scope: 'Phạm vi',
    quoteSource: (language) =>
      markup`Nguyên văn trong nguồn${language === 'en' ? ' (tiếng Anh)' : ''}`,
    note: 'Ghi chú',
    citation: {
      heading: 'Trích dẫn',
      sentence: 'Câu trích dẫn (dán vào bài viết)',
      permalink: 'Liên kết cố định',
    },
    viCitation: null,
    origin: {
      heading: 'Nguồn gốc',
      document: 'Tài liệu',
      publisher: 'Cơ quan công bố',
      number: 'Số hiệu văn bản',
      publishedOn: 'Ngày công bố',
      noDate: 'Nguồn không ghi ngày',
      sourceApa: 'Trích dẫn nguồn gốc (APA)',
      inSources: 'Nguồn này trong danh mục nguồn',
    },
    data: {
      heading: markup`Dữ liệu của số liệu này`,
      csv: (href) =>
        markup`<a href="${href}" download>Tải CSV</a> (UTF-8, cho phần mềm; người dùng Excel: <a href="/so-lieu/#excel">sổ Excel</a>)`,
      json: (href) =>
        markup`<a href="${href}">JSON</a> (API tĩnh, xem <a href="/so-lieu/api/">hướng dẫn</a>)`,
      id: 'Mã số liệu',
      scope: 'Phạm vi',
      // A cell, not a sentence: "Cả nước" with its capital.
      scopeCell: (scope, name) =>
        isOtherScope(scope) ? OTHER_SCOPES[scope] : `${name} (mã ${scope})`,
      unit: 'Đơn vị đo',
      measure: (u) => VALUE_UNITS[u],
      release: 'Phiên bản dữ liệu',
      log: 'nhật ký phát hành',
    },
    embed: {
      heading: 'Nhúng vào trang khác',
      text: (href) =>
        markup`Dán đoạn mã sau vào trang web; khung nhúng không dùng cookie và không tải gì từ nơi khác. <a href="${href}">Xem trước khung nhúng</a>.`,
    },
    others: {
      heading: 'Cùng chỉ số, các thời điểm khác',
      asOf: (date) => `tính đến ${date}`,
    },
  },
  en: {
    factCard: 'Fact card',
    asOf: 'As of',
    standard: 'standard',
    scope: 'Scope',
    quoteSource: (language) =>
      markup`The source's own words${language === 'vi' ? ' (in Vietnamese)' : ''}`,
    note: 'Note',
    citation: {
      heading: 'Citation',
      sentence: 'Citation sentence (paste into your article)',
      permalink: 'Permanent link',
    },
    viCitation: {
      heading: 'Citation in Vietnamese',
      lead: 'For an article in Vietnamese: the same figure cited in Vietnamese, linking to the Vietnamese fact card.',
      sentence: 'Citation sentence',
    },
    origin: {
      heading: 'Origin',
      document: 'Document',
      publisher: 'Published by',
      number: 'Document number',
      publishedOn: 'Published on',
      noDate: 'The source gives no date',
      sourceApa: 'Citation of the original source (APA)',
      inSources: 'This source in the list of sources',
    },
    data: {
      heading: markup`This figure's data`,
      csv: (href) =>
        markup`<a href="${href}" download>Download CSV</a> (UTF-8, for software; Excel users: the <a href="${localHref('en', '/so-lieu/#excel')}">Excel workbook</a>)`,
      json: (href) =>
        markup`<a href="${href}">JSON</a> (static API, see the <a href="${localHref('en', '/so-lieu/api/')}">guide</a>)`,
      id: 'Figure id',
      scope: 'Scope',
      scopeCell: (scope, name) => (isOtherScope(scope) ? name : `${name} (code ${scope})`),
      unit: 'Unit of measure',
      // Counts and shares have no suffix, so they are described here.
      measure: (u) =>
        u === 'count'
          ? 'count (units, communes, products…)'
          : u === 'share'
            ? `share from 0 to 1 (0.793 = ${formatShare(0.793, 1, 'en')})`
            : EN_UNIT[u],
      release: 'Data release',
      log: 'release log',
    },
    embed: {
      heading: 'Embed in another page',
      text: (href) =>
        markup`Paste this code into a web page; the embed sets no cookie and loads nothing from elsewhere. <a href="${href}">Preview the embed</a>.`,
    },
    others: {
      heading: 'The same indicator at other dates',
      asOf: (date) => `as of ${date}`,
    },
  },
} satisfies Record<Lang, FactCardText>;
