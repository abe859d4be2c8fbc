// Vietnamese column and value texts for the data dictionary on /so-lieu/ and the workbook's
// header notes, which Vietnamese readers see. The English docs stay in tables.ts; these say the
// same facts. tests/unit/schema-docs-vi.test.ts keeps them in step with the schema.
import {
  METRICS,
  NO_DATA_TOPICS,
  QUALIFIERS,
  STANDARDS,
  TABLES,
  TARGET_STANDARDS,
  UNIT_KINDS,
  VALUE_UNITS,
  type TableName,
} from './tables.ts';
import type { ColumnValue } from './columns.ts';

type Cols<T extends TableName> = (typeof TABLES)[T]['columns'];
type ValueOf<T extends TableName, K extends keyof Cols<T>> = NonNullable<ColumnValue<Cols<T>[K]>>;
/** Enum columns: their values are a union of string literals, not any string. */
type EnumColumn<T extends TableName> = {
  [K in keyof Cols<T>]: [ValueOf<T, K>] extends [string]
    ? string extends ValueOf<T, K>
      ? never
      : K
    : never;
}[keyof Cols<T>];

// The exact shapes, so that tsc also flags a missing or stale column or value.
type ExactColumnDocs = { readonly [T in TableName]: { readonly [K in keyof Cols<T>]: string } };
type ExactValueDocs = {
  readonly [T in TableName]: {
    readonly [K in EnumColumn<T>]: { readonly [V in ValueOf<T, K> & string]: string };
  };
};

const COLUMNS = {
  dataset: {
    title: 'Tên của phiên bản bộ dữ liệu này.',
    release:
      'Ngày phát hành phiên bản dữ liệu này (ngày dùng cho "số liệu tính đến" khi không có ngày nào khác).',
    synthetic: 'Dữ liệu có phải dữ liệu mẫu (tạo tự động) hay không.',
    licence: 'Giấy phép của bộ dữ liệu do dự án này công bố.',
    note: 'Ghi chú tự do về phiên bản này.',
  },
  sources: {
    id: 'Mã cố định của nguồn; mọi bảng khác dẫn nguồn bằng mã này.',
    kind: 'Loại văn bản.',
    title: 'Tiêu đề như khi công bố (tiếng Việt hoặc tiếng Anh, theo nguồn).',
    publisher: 'Cơ quan, tổ chức hoặc người công bố.',
    url: 'Địa chỉ web để đọc nguồn. Mỗi nguồn cần có địa chỉ web, số văn bản, hoặc cả hai, trừ khi url_status ghi là không biết địa chỉ.',
    url_status: 'Điền khi nguồn không có cả địa chỉ web lẫn số văn bản.',
    decision_number: 'Số quyết định hoặc số văn bản, ví dụ "511/QĐ-TTg".',
    published_on:
      'Ngày công bố hoặc ngày ký, chính xác đến mức đã biết; để trống khi nguồn không ghi ngày.',
    language: 'Ngôn ngữ của nguồn.',
    note: 'Lưu ý: trang không ghi ngày, bản sao, phần nào của nguồn được dùng.',
    note_en:
      'Cột "note" bằng tiếng Anh, cho bản tiếng Anh (chỉ khi có "note"; để trống: trang tiếng Anh hiện ghi chú tiếng Việt, có ghi rõ).',
  },
  units: {
    code: 'Mã đơn vị hành chính (mã GSO) trước ngày 01/07/2025: 79 cho thành phố, 3 chữ số cho huyện, 5 chữ số cho xã và thị trấn.',
    name: 'Tên đầy đủ, kèm loại đơn vị, ví dụ "Xã Tân Thông Hội".',
    short_name: 'Tên không kèm loại đơn vị, ví dụ "Tân Thông Hội".',
    kind: 'Loại đơn vị hành chính.',
    parent_code: 'Mã của đơn vị cấp trên mà đơn vị này trực thuộc (để trống với thành phố).',
    slug: 'Chuỗi chữ không dấu (ASCII) dùng trong địa chỉ trang của đơn vị, không trùng nhau.',
    in_programme:
      'Đơn vị có thuộc chương trình NTM hay không (xã: NTM cấp xã; huyện: NTM cấp huyện).',
    not_in_programme_reason: 'Lý do không thuộc chương trình, bằng tiếng Việt, như nguồn nêu.',
    pilot: 'Tình trạng thí điểm.',
    lat: 'Vĩ độ gần đúng (WGS84) của một điểm tham chiếu, chỉ dùng để ghim trên bản đồ.',
    lon: 'Kinh độ gần đúng (WGS84) của một điểm tham chiếu, chỉ dùng để ghim trên bản đồ.',
    coord_quality: 'Độ tin cậy của toạ độ.',
    coord_source_id: 'Nguồn của toạ độ (bắt buộc khi có toạ độ).',
    source_id: 'Nguồn về đơn vị, mã của đơn vị và tình trạng tham gia chương trình.',
    note_source_id: 'Nguồn về tình trạng thí điểm, hoặc về lý do đơn vị không thuộc chương trình.',
  },
  recognitions: {
    id: 'Mã cố định của dữ kiện này.',
    unit_code: 'Đơn vị được nói tới.',
    standard: 'Chuẩn được nói tới.',
    event: 'Điều nguồn khẳng định.',
    year: 'Năm đạt chuẩn ("đạt chuẩn NTM năm 2020"), khi biết.',
    as_of:
      'Với recognized/criteria-met không có năm: ngày mà chậm nhất đến đó đã đạt. Với not-yet: ngày mà đơn vị vẫn chưa đạt.',
    decision_number: 'Số quyết định công nhận, khi đã được công bố.',
    decided_on: 'Ngày ký quyết định, khi đã được công bố.',
    criteria_set_id: 'Bộ tiêu chí dùng để đánh giá, khi nguồn có nêu.',
    source_id: 'Nguồn nêu điều này.',
    note: 'Lưu ý, ví dụ: suy ra từ "20/20 xã" của huyện.',
  },
  figures: {
    id: 'Mã cố định; số liệu đã công bố giữ nguyên mã này mãi mãi.',
    scope: 'Mã đơn vị, hoặc VN cho cả nước.',
    metric: 'Thứ được đếm hoặc đo.',
    standard: 'Với số đơn vị đạt một chuẩn: chuẩn nào.',
    value: 'Giá trị đúng như nguồn ghi (tỷ lệ ghi từ 0 đến 1).',
    denominator: 'Phần "trên N", ví dụ 56 trong "50/56 xã".',
    unit: 'Đơn vị tính của giá trị.',
    qualifier: 'Nguồn ghi con số chính xác đến mức nào.',
    as_of: 'Thời điểm mà số liệu mô tả ("tính đến").',
    source_id: 'Nguồn công bố số liệu.',
    quote: 'Lời của chính nguồn về số liệu, ngắn gọn.',
    note: 'Lưu ý: khác biệt về phạm vi, làm tròn, bộ tiêu chí.',
    note_en:
      'Cột "note" bằng tiếng Anh, cho bản tiếng Anh (chỉ khi có "note"; để trống: trang tiếng Anh hiện ghi chú tiếng Việt, có ghi rõ).',
  },
  targets: {
    id: 'Mã cố định của mục tiêu theo cách một nguồn nêu.',
    goal: 'Mục tiêu nào; các dòng cùng goal là những cách nêu cùng một mục tiêu, và các cách nêu khác nhau thì mâu thuẫn nhau.',
    level: 'Mục tiêu của ai.',
    tier: 'Vị trí của mục tiêu so với các mục tiêu khác.',
    scope: 'Mã đơn vị áp dụng mục tiêu, hoặc VN.',
    standard: 'Chuẩn mà mục tiêu tính.',
    value:
      'Tỷ lệ mục tiêu (0–1) số đơn vị đạt chuẩn; 1 với mục tiêu dạng có/không; bằng count / denominator khi nguồn nêu cả hai; để trống khi nguồn chỉ nêu số đơn vị.',
    count: 'Số đơn vị, khi nguồn nêu một con số ("ít nhất 2/20 xã" → 2).',
    denominator: 'Phần "trên N" của số đó ("2/20 xã" → 20).',
    comparator: 'Cách hiểu giá trị.',
    deadline: 'Thời hạn phải đạt; để trống khi nguồn không nêu thời hạn.',
    wording: 'Mục tiêu theo đúng lời của nguồn (tiếng Việt).',
    source_id: 'Nguồn nêu mục tiêu.',
    standing: 'Điền ở một cách nêu mà các nguồn khác của cùng mục tiêu đã xác định là sai.',
    note: 'Lưu ý, ví dụ: con số riêng của kế hoạch chưa được công bố.',
    note_en:
      'Cột "note" bằng tiếng Anh, cho bản tiếng Anh (chỉ khi có "note"; để trống: trang tiếng Anh hiện ghi chú tiếng Việt, có ghi rõ).',
  },
  criteria_sets: {
    id: 'Mã cố định của bộ tiêu chí hoặc của quyết định về chương trình.',
    level: 'Cấp áp dụng.',
    standards:
      'Các chuẩn mà bộ tiêu chí quy định, ngăn bằng "|", lấy từ danh sách chuẩn; để trống với quyết định về chương trình.',
    period: 'Giai đoạn áp dụng, ví dụ 2021–2025.',
    issuer: 'Cơ quan ban hành.',
    decision_number: 'Số quyết định.',
    decided_on: 'Ngày ký, chính xác đến mức đã biết.',
    title: 'Văn bản này là gì, viết bằng tiếng Việt.',
    criteria_count: 'Số tiêu chí, khi đã được công bố.',
    indicator_count: 'Tổng số chỉ tiêu trong các tiêu chí của bộ, khi đã được công bố.',
    effective_on: 'Ngày có hiệu lực, khi đã được công bố.',
    amends: 'Bộ tiêu chí mà văn bản này sửa đổi hoặc điều chỉnh.',
    source_id: 'Nguồn mô tả văn bản.',
    note: 'Lưu ý.',
    note_en:
      'Cột "note" bằng tiếng Anh, cho bản tiếng Anh (chỉ khi có "note"; để trống: trang tiếng Anh hiện ghi chú tiếng Việt, có ghi rõ).',
  },
  crosswalk: {
    old_code: 'Xã hoặc thị trấn trước năm 2025.',
    new_code: 'Mã GSO của đơn vị mới (CV 1027/CTK-CSCL), khi biết.',
    new_name: 'Tên đơn vị mới từ ngày 01/07/2025, kèm loại đơn vị.',
    new_kind: 'Loại đơn vị mới.',
    coverage: 'Toàn bộ hay một phần.',
    clause: 'Khoản của NQ 1685/NQ-UBTVQH15 thành lập đơn vị mới.',
    source_id: 'Nguồn quyết định việc chuyển đổi này.',
    note: 'Lưu ý.',
  },
  hex_layout: {
    code: 'Một xã hoặc thị trấn (mỗi xã, thị trấn cần đúng một ô).',
    col: 'Cột của ô lục giác (các hàng lẻ lệch sang phải nửa ô).',
    row: 'Hàng của ô lục giác, tính từ trên xuống.',
  },
  open_questions: {
    id: 'Mã cố định: neo (anchor) của mục tương ứng trên /chua-cong-bo/.',
    // The topic list is the schema's own (codes, not prose), as in the English doc.
    topics: `Những điều trang nói là chưa biết mà câu hỏi này trả lời, ngăn bằng "|": ${Object.keys(NO_DATA_TOPICS).join(', ')}. Mỗi chủ đề cần đúng một câu hỏi.`,
    question: 'Câu hỏi còn bỏ ngỏ, bằng tiếng Việt.',
    searched: 'Đã tìm gì, ở đâu và bằng cách nào, bằng tiếng Việt.',
    searched_on: 'Ngày tìm gần nhất.',
    nearest: 'Dữ kiện đã công bố gần nhất, bằng tiếng Việt, theo lời của chúng tôi.',
    nearest_source_id: 'Nguồn của dữ kiện đã công bố gần nhất (bắt buộc khi có dữ kiện đó).',
    wanted:
      'Văn bản nào sẽ trả lời câu hỏi, bằng tiếng Việt (cơ quan ban hành, loại văn bản, văn bản phải nêu gì).',
    note: 'Lưu ý: điều người biên soạn suy luận (ghi rõ là suy luận), điều đã thay đổi.',
    question_en:
      'Câu hỏi bằng tiếng Anh, do người viết, sát với cột "question" (để trống: trang tiếng Anh hiện bản tiếng Việt, có ghi rõ).',
    searched_en: 'Cột "searched" bằng tiếng Anh.',
    nearest_en: 'Cột "nearest" bằng tiếng Anh (chỉ khi có "nearest").',
    wanted_en: 'Cột "wanted" bằng tiếng Anh.',
    note_en: 'Cột "note" bằng tiếng Anh (chỉ khi có "note").',
  },
} as const satisfies ExactColumnDocs;

// Values whose meanings tables.ts already states in Vietnamese are taken from there.
const VALUES = {
  dataset: {
    synthetic: {
      yes: 'tạo bằng scripts/make-synthetic.ts: chỉ dùng để kiểm thử và đo hiệu năng',
      no: 'dữ liệu thật, có nguồn',
    },
  },
  sources: {
    kind: {
      legal: 'văn bản pháp lý: quyết định, nghị quyết, kế hoạch',
      government: 'cổng thông tin của cơ quan nhà nước hoặc báo cáo chính thức',
      news: 'bài của báo hoặc hãng thông tấn',
      academic: 'bài báo khoa học có bình duyệt',
      dataset: 'bộ dữ liệu mở',
    },
    url_status: {
      unknown:
        'chỉ biết văn bản qua nơi công bố và tiêu đề, không biết địa chỉ (ghi trong note văn bản đến tay chúng tôi bằng cách nào)',
    },
    language: {
      vi: 'tiếng Việt',
      en: 'tiếng Anh',
    },
  },
  units: {
    kind: UNIT_KINDS,
    in_programme: {
      yes: 'có tham gia chương trình NTM',
      no: 'không tham gia',
    },
    pilot: {
      none: 'không thuộc diện thí điểm',
      'national-2009': 'một trong 11 xã thí điểm cấp quốc gia, năm 2009',
      'city-2010': 'một trong 5 xã thí điểm của thành phố, năm 2010',
    },
    coord_quality: {
      approximate: 'điểm tham chiếu không rõ xuất xứ, không phải tâm đã được kiểm chứng',
    },
  },
  recognitions: {
    standard: STANDARDS,
    event: {
      recognized: 'được cơ quan có thẩm quyền công nhận chính thức',
      'criteria-met': 'được báo cáo là đạt đủ mọi tiêu chí, chưa biết quyết định công nhận',
      'not-yet': 'nguồn nêu rõ đơn vị CHƯA đạt chuẩn tính đến as_of',
    },
  },
  figures: {
    metric: METRICS,
    standard: STANDARDS,
    // "ha" alone is the label; the dictionary spells the unit out.
    unit: { ...VALUE_UNITS, hectares: 'héc-ta (ha)' },
    qualifier: QUALIFIERS,
  },
  targets: {
    level: {
      city: 'mục tiêu của TP.HCM: các kế hoạch và quy hoạch của thành phố',
      national: 'mục tiêu cả nước, để so sánh',
    },
    tier: {
      main: 'một trong ba mục tiêu của kế hoạch phong trào thi đua 2021–2025 của thành phố (hiện đầu tiên)',
      step: 'một bước tiến tới mục tiêu chính: một năm, hoặc một huyện',
      context: 'mục tiêu trước hoặc sau đó, hoặc mục tiêu cả nước, hiện để đối chiếu',
    },
    standard: TARGET_STANDARDS,
    comparator: {
      'at-least': 'lớn hơn hoặc bằng giá trị (≥ value)',
      about: 'xấp xỉ giá trị (≈ value)',
    },
    standing: {
      contradicted:
        'các cách nêu khác của cùng mục tiêu mâu thuẫn với cách nêu này, và mục tiêu được xác định theo chúng: cách nêu này được hiện đúng là một cách nêu bị mâu thuẫn, không bao giờ hiện như mục tiêu',
    },
  },
  criteria_sets: {
    level: {
      commune: 'xã',
      district: 'huyện',
      province: 'tỉnh/thành phố',
      programme: 'quyết định chung cho cả chương trình',
    },
    issuer: {
      qh: 'Quốc hội',
      cp: 'Chính phủ',
      ttg: 'Thủ tướng Chính phủ',
      'ubnd-tphcm': 'Ủy ban nhân dân TP.HCM (UBND TP.HCM)',
    },
  },
  crosswalk: {
    new_kind: {
      commune: 'xã',
      ward: 'phường',
      'special-zone': 'đặc khu',
    },
    coverage: {
      whole: 'toàn bộ đơn vị cũ nhập vào đơn vị này',
      part: 'một phần đơn vị cũ nhập vào đơn vị này',
    },
  },
  hex_layout: {},
  open_questions: {},
} as const satisfies ExactValueDocs;

/** Vietnamese text for every column of every table, same facts as its English `doc`. */
export const COLUMN_DOCS_VI: { readonly [T in TableName]: Readonly<Record<string, string>> } =
  COLUMNS;

/** Vietnamese meaning of every allowed value of every enum column (key = the value as in the schema). */
export const VALUE_DOCS_VI: {
  readonly [T in TableName]: Readonly<Record<string, Readonly<Record<string, string>>>>;
} = VALUES;

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The Vietnamese doc of a column; throws when there is none. */
export function columnDocVi(table: TableName, column: string): string {
  const docs = COLUMN_DOCS_VI[table];
  if (!docs || !has(docs, column))
    throw new Error(
      `No Vietnamese doc for column "${column}" of table "${table}" (src/lib/schema/docs-vi.ts)`,
    );
  return docs[column]!;
}

/** The Vietnamese meaning of an enum column's value; throws when there is none. */
export function valueDocVi(table: TableName, column: string, value: string): string {
  const values = VALUE_DOCS_VI[table]?.[column];
  if (!values || !has(VALUE_DOCS_VI[table], column)) {
    throw new Error(
      `No Vietnamese value texts for column "${column}" of table "${table}" (src/lib/schema/docs-vi.ts)`,
    );
  }
  if (!has(values, value))
    throw new Error(
      `No Vietnamese meaning for value "${value}" of ${table}.${column} (src/lib/schema/docs-vi.ts)`,
    );
  return values[value]!;
}

const TYPE_LABELS_VI: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^text$/, () => 'chữ'],
  [/^id \(a–z, 0–9, -\)$/, () => 'mã (a–z, 0–9, -)'],
  [/^slug \(a–z, 0–9, -\)$/, () => 'đường dẫn ngắn (a–z, 0–9, -)'],
  [/^code \(digits\)$/, () => 'mã số (chữ số)'],
  [/^reference → (.+)$/, (m) => `mã trong bảng ${m[1]}`],
  [/^one of$/, () => 'một trong các giá trị'],
  [/^integer(.*)$/, (m) => `số nguyên${m[1]}`],
  [/^number(.*)$/, (m) => `số${m[1]}`],
  [/^date \(YYYY, YYYY-MM or YYYY-MM-DD\)$/, () => 'ngày (YYYY, YYYY-MM hoặc YYYY-MM-DD)'],
  [/^date \(YYYY-MM-DD\)$/, () => 'ngày (YYYY-MM-DD)'],
  [/^year \(YYYY\)$/, () => 'năm (YYYY)'],
  [/^URL \(http\/https\)$/, () => 'địa chỉ web (http/https)'],
];

/** A column's type in Vietnamese ("date (YYYY-MM-DD)" → "ngày (YYYY-MM-DD)"). */
export function typeLabelVi(label: string): string {
  for (const [re, say] of TYPE_LABELS_VI) {
    const m = re.exec(label);
    if (m) return say(m);
  }
  throw new Error(
    `no Vietnamese name for the column type "${label}": add it to TYPE_LABELS_VI in src/lib/schema/docs-vi.ts`,
  );
}
