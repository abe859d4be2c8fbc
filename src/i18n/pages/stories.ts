// The story pages' words in each edition (src/views/Stories.astro, Story.astro, StoriesBy.astro).
// The stories themselves are written in Vietnamese; the English edition says so and never shows
// a machine translation.
import type { Lang } from '../lang.ts';
import { markup, type Html } from './html.ts';

/** What a story page's head is made from: the story's own words and where it is. */
export interface StoryHeadInput {
  title: string;
  summary: string;
  titleEn?: string | undefined;
  summaryEn?: string | undefined;
  /** The type of model, in the edition. */
  type: string;
  /** The communes (two at most) or else the districts, in the edition. */
  places: string[];
}

export interface StoriesText {
  /** The list's title and heading. */
  list: string;
  listDescription: string;
  /** The list's lead, ending in the link to the RSS feed (in Vietnamese). */
  listLead: Html;
  /** Where the stories are not in the edition's language: how many have a translated title. */
  languageNote: ((translated: number, total: number) => string) | null;
  noStories: string;
  typeTitle: (type: string) => string;
  typeHeading: (type: string) => string;
  districtTitle: (district: string) => string;
  searchType: 'Mô hình' | 'Story';
  head: (s: StoryHeadInput) => { title: string; description: string };
  published: string;
  /** Before the date of the last update. */
  updated: string;
  draft: string;
  /** Where the story is not in the edition's language: the link to it and why it is not translated. */
  original: { link: string; note: (translated: boolean) => string[] } | null;
  places: string;
  sources: string;
  related: string;
}

export const STORIES_TEXT: Record<Lang, StoriesText> = {
  vi: {
    list: 'Mô hình điển hình',
    listDescription:
      'Câu chuyện về các mô hình, điển hình tiên tiến trong xây dựng nông thôn mới ở 5 huyện ngoại thành TP.HCM, có nguồn.',
    listLead: markup`Những mô hình được nêu trong các nguồn công khai, kể lại bằng lời của chúng tôi. Mỗi con số trong bài dẫn nguồn. <a href="/mo-hinh/rss.xml">Theo dõi qua RSS</a>.`,
    languageNote: null,
    noStories: 'Chưa có bài nào được đăng.',
    typeTitle: (type) => `Mô hình: ${type}`,
    typeHeading: (type) => `Mô hình điển hình: ${type}`,
    districtTitle: (district) => `Mô hình điển hình ở ${district}`,
    searchType: 'Mô hình',
    head: (s) => ({ title: s.title, description: s.summary }),
    published: 'Đăng',
    updated: ', cập nhật',
    draft: ' · BẢN NHÁP (không xuất bản)',
    original: null,
    places: 'Xã, huyện trong bài',
    sources: 'Nguồn',
    related: 'Mô hình liên quan',
  },
  en: {
    list: 'Stories of exemplary models',
    listDescription:
      'Stories of exemplary models in New Rural Development (NTM) in the five outlying districts of Ho Chi Minh City, with their sources.',
    listLead: markup`Exemplary models named in public sources, retold in our own words. Every figure in a story cites its source. <a href="/mo-hinh/rss.xml" hreflang="vi">Follow the stories by RSS (in Vietnamese)</a>.`,
    languageNote: (translated, total) =>
      `The stories are written in Vietnamese. ${
        translated > 0
          ? `${translated} of ${total} also have a title and summary translated by our team; the others are listed under their Vietnamese title, marked “in Vietnamese”.`
          : 'Each is listed under its Vietnamese title, marked “in Vietnamese”.'
      } We do not publish machine translations.`,
    noStories: 'No stories have been published yet.',
    typeTitle: (type) => `Stories: ${type}`,
    typeHeading: (type) => `Stories of exemplary models: ${type}`,
    districtTitle: (district) => `Stories of exemplary models in ${district}`,
    searchType: 'Story',
    // The page title is English even when the story has no English title: what it is and where.
    head: (s) => {
      const places = s.places.join(' and ');
      const made = `${s.type}: a story from ${places}`;
      return {
        title: s.titleEn ?? (made.length <= 87 ? made : `${s.type}: a story in Vietnamese`),
        description:
          s.summaryEn ??
          `A story in Vietnamese about ${places}, with its sources. Type of model: ${s.type}.`,
      };
    },
    published: 'Published',
    updated: ', updated',
    draft: ' · DRAFT (not published)',
    original: {
      link: 'Read the full story in Vietnamese',
      note: (translated) => [
        'The full story is written in Vietnamese only; we do not publish machine translations.',
        translated
          ? 'The title and summary above were translated by our team from the Vietnamese story.'
          : 'It has no translated title or summary yet, so the Vietnamese ones are shown above.',
        'Every figure in the story cites its source, listed below.',
      ],
    },
    places: 'Communes and districts in this story',
    sources: 'Sources',
    related: 'Related stories',
  },
};
