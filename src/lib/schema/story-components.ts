// The author components a story may use, with their props. Declared once: the story-language
// check (src/lib/stories/story-language.ts), the editor's content components and the authoring
// guide read this list, so a component or prop exists for all of them or for none.

export interface PropSpec {
  required: boolean;
  /** The field's name in the editor, in Vietnamese. */
  label: string;
  /** Help text for authors, in Vietnamese. */
  help: string;
  /** What the value names, so checks and the editor can offer only existing ones. */
  ref?: 'stat' | 'source' | 'commune' | 'media';
}

export interface ComponentSpec {
  /** Inline components sit inside a sentence; block components stand on their own line. */
  kind: 'inline' | 'block';
  /** Whether text goes between the opening and closing tag. */
  children: boolean;
  label: string;
  props: Record<string, PropSpec>;
}

export const STORY_COMPONENTS = {
  Stat: {
    kind: 'inline',
    children: false,
    label: 'Số liệu (Stat)',
    props: {
      id: {
        required: true,
        label: 'Số liệu',
        ref: 'stat',
        help: 'Mã số liệu trong data/figures.csv hoặc mã số đếm, ví dụ f-79-ntm-2015-08.',
      },
    },
  },
  Cite: {
    kind: 'inline',
    children: false,
    label: 'Trích nguồn (Cite)',
    props: {
      id: {
        required: true,
        label: 'Nguồn',
        ref: 'source',
        help: 'Mã nguồn trong data/sources.csv.',
      },
    },
  },
  CommuneLink: {
    kind: 'inline',
    children: false,
    label: 'Liên kết tới xã (CommuneLink)',
    props: {
      code: {
        required: true,
        label: 'Xã, thị trấn',
        ref: 'commune',
        help: 'Mã xã, thị trấn (5 chữ số, trước 01/07/2025), ví dụ 27556.',
      },
      label: {
        required: false,
        label: 'Chữ hiển thị',
        help: 'Chữ hiển thị; bỏ trống thì dùng tên đầy đủ của xã.',
      },
    },
  },
  ImageFigure: {
    kind: 'block',
    children: false,
    label: 'Hình kèm chú thích (ImageFigure)',
    props: {
      src: {
        required: true,
        label: 'Tệp hình',
        ref: 'media',
        help: 'Tệp hình trong thư mục _media cạnh bài, ví dụ ./_media/so-do.svg.',
      },
      alt: { required: true, label: 'Mô tả hình', help: 'Mô tả hình cho người không nhìn thấy.' },
      caption: { required: true, label: 'Chú thích', help: 'Chú thích dưới hình.' },
      credit: {
        required: true,
        label: 'Tác giả và giấy phép',
        help: 'Tác giả và giấy phép, ví dụ "Sơ đồ: NTM TP.HCM, CC BY 4.0."',
      },
    },
  },
  PullQuote: {
    kind: 'block',
    children: true,
    label: 'Trích dẫn nổi bật (PullQuote)',
    props: {
      source: {
        required: true,
        label: 'Nguồn',
        ref: 'source',
        help: 'Mã nguồn (data/sources.csv) đã đăng đúng những lời này.',
      },
    },
  },
} as const satisfies Record<string, ComponentSpec>;

export type StoryComponentName = keyof typeof STORY_COMPONENTS;

/** Media files a story may show: the image types Astro's <Image> processes. */
export const MEDIA_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp'] as const;
