// The story's frontmatter fields, declared once: storySchema() in story.ts builds the zod
// schema from this list (the content collection and `npm run check:stories` use it), and the
// editor builds its form from the same list (src/editor/fields.ts), labels and help texts
// included. No zod here, so the editor's browser code can import it.
// tests/unit/story-schema-editor.test.ts fails if the zod schema and the editor's form drift.
import type { Lang } from '../../i18n/lang.ts';

/** Kinds of exemplary model, from the founding plan's list. */
export const MODEL_TYPES = {
  'kinh-te-htx': 'Kinh tế và hợp tác xã',
  ocop: 'Sản phẩm OCOP',
  'van-hoa': 'Văn hóa',
  'moi-truong': 'Môi trường',
  'ha-tang': 'Hạ tầng',
  'an-sinh': 'An sinh xã hội',
  'ap-thong-minh': 'Ấp thông minh, chuyển đổi số',
  'bien-dao': 'Biển đảo, ven biển',
} as const;
export type ModelType = keyof typeof MODEL_TYPES;
/** The same kinds for the English edition (the keys, and so the URLs, stay as they are). */
export const MODEL_TYPES_EN = {
  'kinh-te-htx': 'Economy and cooperatives',
  ocop: 'OCOP products',
  'van-hoa': 'Culture',
  'moi-truong': 'Environment',
  'ha-tang': 'Infrastructure',
  'an-sinh': 'Social welfare',
  'ap-thong-minh': 'Smart hamlets and digital transformation',
  'bien-dao': 'Sea, islands and coast',
} as const satisfies Record<ModelType, string>;
/** A model type's name in an edition. */
export const modelTypeName = (t: ModelType, lang: Lang = 'vi'): string =>
  (lang === 'en' ? MODEL_TYPES_EN : MODEL_TYPES)[t];

/** What every field carries for people: a Vietnamese label and help text (the editor shows both). */
interface FieldText {
  label: string;
  help: string;
}
/** A length rule with its message for the checker (English, as printed by check:stories) and for the editor (Vietnamese). */
export interface Length {
  min: number;
  max: number;
  tooShort: string;
  tooLong: string;
  /** One Vietnamese sentence for both bounds, shown by the editor under the field. */
  vi: string;
}
export type StoryField =
  | (FieldText & { kind: 'text'; required: boolean; length: Length; multiline?: boolean })
  | (FieldText & { kind: 'date'; required: boolean })
  | (FieldText & {
      kind: 'refs';
      ref: 'commune' | 'source';
      required: true;
      min: number;
      tooFew: string;
      tooFewVi: string;
    })
  | (FieldText & { kind: 'district'; required: false })
  | (FieldText & {
      kind: 'modelType';
      required: true;
      options: typeof MODEL_TYPES;
      defaultValue: ModelType;
      message: string;
    })
  | (FieldText & {
      kind: 'cover';
      required: false;
      src: FieldText;
      alt: FieldText & { message: string; length: Length };
      credit: FieldText & { message: string; length: Length };
    })
  | (FieldText & { kind: 'tags'; required: false })
  | (FieldText & { kind: 'draft'; required: false; defaultValue: boolean });

const length = (
  field: string,
  min: number,
  max: number,
  tooShort: string,
  tooLong: string,
  vi: string,
): Length => ({ min, max, tooShort: `${field}: ${tooShort}`, tooLong: `${field}: ${tooLong}`, vi });

/** The story's frontmatter fields, in the order the editor shows them. */
export const STORY_FIELDS = {
  title: {
    kind: 'text',
    required: true,
    label: 'Tiêu đề',
    help: 'Tiêu đề bài, tiếng Việt có dấu, 8–87 ký tự (cùng " · NTM TP.HCM", tiêu đề trang không quá 100 ký tự). Tên tệp được đặt theo tiêu đề, không dấu.',
    length: length(
      'title',
      8,
      87,
      'write a headline of at least 8 characters',
      'keep the headline to 87 characters or fewer (with " · NTM TP.HCM" the page title must stay within 100)',
      'Tiêu đề cần từ 8 đến 87 ký tự.',
    ),
  },
  summary: {
    kind: 'text',
    required: true,
    multiline: true,
    label: 'Tóm tắt',
    help: 'Một hai câu (20–300 ký tự), hiện trong danh sách bài, RSS và kết quả tìm kiếm. Nên tránh con số.',
    length: length(
      'summary',
      20,
      300,
      'write one or two sentences (at least 20 characters)',
      'keep it under 300 characters',
      'Tóm tắt cần từ 20 đến 300 ký tự (một hai câu).',
    ),
  },
  // The English edition (/en/stories/) shows these when a person has written them; a story
  // without them is listed under its Vietnamese title, marked "in Vietnamese". Never machine-translated.
  titleEn: {
    kind: 'text',
    required: false,
    label: 'Tiêu đề tiếng Anh (không bắt buộc)',
    help: 'Tiêu đề bằng tiếng Anh cho bản tiếng Anh của trang (/en/stories/), 8–87 ký tự, do người viết, không dùng máy dịch. Tên riêng giữ dấu (Củ Chi, Tân Thông Hội). Bỏ trống thì trang tiếng Anh hiện tiêu đề tiếng Việt, ghi rõ "in Vietnamese".',
    length: length(
      'titleEn',
      8,
      87,
      'write an English headline of at least 8 characters, or leave it out',
      'keep the English headline to 87 characters or fewer (with " · NTM TP.HCM" the page title must stay within 100)',
      'Tiêu đề tiếng Anh, nếu có, cần từ 8 đến 87 ký tự.',
    ),
  },
  summaryEn: {
    kind: 'text',
    required: false,
    multiline: true,
    label: 'Tóm tắt tiếng Anh (không bắt buộc)',
    help: 'Một hai câu tiếng Anh (20–300 ký tự), viết theo đúng nội dung bài, không dùng máy dịch; hiện trên trang tiếng Anh của bài, cùng liên kết tới bài đầy đủ bằng tiếng Việt. Nên viết khi đã có tiêu đề tiếng Anh.',
    length: length(
      'summaryEn',
      20,
      300,
      'write one or two English sentences (at least 20 characters), or leave it out',
      'keep it under 300 characters',
      'Tóm tắt tiếng Anh, nếu có, cần từ 20 đến 300 ký tự (một hai câu).',
    ),
  },
  published: { kind: 'date', required: true, label: 'Ngày đăng', help: 'Ngày đăng bài.' },
  updated: {
    kind: 'date',
    required: false,
    label: 'Ngày cập nhật',
    help: 'Ngày cập nhật nội dung đáng kể, nếu có. Bỏ trống nếu chưa cập nhật.',
  },
  communes: {
    kind: 'refs',
    ref: 'commune',
    required: true,
    min: 1,
    label: 'Các xã, thị trấn',
    help: 'Các xã, thị trấn mà bài viết nói tới (đơn vị trước 01/07/2025). Chọn ít nhất một.',
    tooFew: 'communes: name at least one commune code',
    tooFewVi: 'Chọn ít nhất một xã hoặc thị trấn.',
  },
  district: {
    kind: 'district',
    required: false,
    label: 'Huyện',
    help: 'Thường bỏ trống: huyện được suy ra từ các xã. Nếu chọn thì phải khớp với các xã.',
  },
  modelType: {
    kind: 'modelType',
    required: true,
    options: MODEL_TYPES,
    defaultValue: 'kinh-te-htx',
    label: 'Loại mô hình',
    help: 'Loại mô hình điển hình, dùng cho bộ lọc trên trang Mô hình điển hình.',
    message: `modelType: use one of ${Object.keys(MODEL_TYPES).join(', ')}`,
  },
  cover: {
    kind: 'cover',
    required: false,
    label: 'Ảnh bìa',
    help: 'Không bắt buộc. Chỉ dùng hình tự vẽ hoặc ảnh có giấy phép mở; không có ảnh vẫn hơn ảnh không rõ nguồn. Có ảnh thì phải có mô tả và tác giả.',
    src: {
      label: 'Tệp ảnh',
      help: 'Tệp ảnh (SVG, PNG, JPG, WebP), lưu vào thư mục _media cạnh bài.',
    },
    alt: {
      label: 'Mô tả ảnh',
      help: 'Ảnh cho thấy gì, cho người không nhìn thấy (ít nhất 5 ký tự). Bắt buộc khi có ảnh.',
      message: 'cover.alt: describe the image for people who cannot see it',
      length: length(
        'cover.alt',
        5,
        Infinity,
        'describe the image (at least 5 characters)',
        '',
        'Mô tả ảnh cần ít nhất 5 ký tự.',
      ),
    },
    credit: {
      label: 'Tác giả và giấy phép',
      help: 'Ai làm ra ảnh và theo giấy phép nào, ví dụ "Hình vẽ: NTM TP.HCM, CC BY 4.0". Bắt buộc khi có ảnh.',
      message: 'cover.credit: say who made the image and its licence',
      length: length(
        'cover.credit',
        3,
        Infinity,
        'say who made the image and its licence',
        '',
        'Ghi tác giả và giấy phép (ít nhất 3 ký tự).',
      ),
    },
  },
  sources: {
    kind: 'refs',
    ref: 'source',
    required: true,
    min: 1,
    label: 'Nguồn',
    help: 'Các nguồn bài dựa vào, trong danh mục nguồn (data/sources.csv). Nguồn chưa có thì nhờ người quản lý dữ liệu thêm vào trước.',
    tooFew: 'sources: cite at least one source id from data/sources.csv',
    tooFewVi: 'Chọn ít nhất một nguồn.',
  },
  tags: {
    kind: 'tags',
    required: false,
    label: 'Từ khóa',
    help: 'Từ khóa tự do, viết thường, ví dụ "rau sạch".',
  },
  draft: {
    kind: 'draft',
    required: false,
    defaultValue: false,
    label: 'Bản nháp',
    help: 'Bản nháp chỉ hiện khi xem trước trên máy, không bao giờ lên trang công khai. Bài còn lỗi khi lưu được tự động để ở chế độ bản nháp.',
  },
} as const satisfies Record<string, StoryField>;

export type StoryFieldName = keyof typeof STORY_FIELDS;
