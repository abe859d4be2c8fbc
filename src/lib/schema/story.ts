// The frontmatter of a story (content/stories/*.mdx). Declared once; the content collection,
// the pages and content/README.md all use it. Unit codes and source ids are checked against
// the generated statistics, so a story cannot cite something the data does not hold.
import { z } from 'astro/zod';

/** Kinds of exemplary model, from the founding plan's list. */
export const MODEL_TYPES = {
  'kinh-te-htx': 'Kinh tế và hợp tác xã',
  'ocop': 'Sản phẩm OCOP',
  'van-hoa': 'Văn hóa',
  'moi-truong': 'Môi trường',
  'ha-tang': 'Hạ tầng',
  'an-sinh': 'An sinh xã hội',
  'ap-thong-minh': 'Ấp thông minh, chuyển đổi số',
  'bien-dao': 'Biển đảo, ven biển',
} as const;
export type ModelType = keyof typeof MODEL_TYPES;

export interface KnownData {
  /** Commune/town code → its district code. */
  communes: Map<string, string>;
  districts: Set<string>;
  sources: Set<string>;
}

const isoDate = (field: string) =>
  z.preprocess(
    (v) => (v instanceof Date ? v : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v),
    z.date({ error: `${field}: write the date as YYYY-MM-DD, e.g. 2026-11-28` }).refine((d) => !Number.isNaN(d.getTime()), `${field}: not a real date — write YYYY-MM-DD`),
  );

// `image` is Astro's helper in the content collection; the checker script passes a stand-in.
export function storySchema<Img>(known: KnownData, image: () => z.ZodType<Img>) {
  const commune = z.string().refine((c) => known.communes.has(c), {
    error: (iss) => `"${String(iss.input)}" is not a commune or town code in data/units.csv — use its 5-digit GSO code, e.g. 27556 (Tân Thông Hội)`,
  });
  const source = z.string().refine((s) => known.sources.has(s), {
    error: (iss) => `"${String(iss.input)}" is not a source id in data/sources.csv — add the source there first, or fix the id`,
  });
  return z
    .object({
      /** Headline of the story, in Vietnamese. */
      title: z.string().min(8, 'title: write a headline of at least 8 characters').max(87, 'title: keep the headline to 87 characters or fewer (with " · NTM TP.HCM" the page title must stay within 100)'),
      /** One or two sentences shown in lists, feeds and search results. */
      summary: z.string().min(20, 'summary: write one or two sentences (at least 20 characters)').max(300, 'summary: keep it under 300 characters'),
      /** Date the story is published (YYYY-MM-DD). */
      published: isoDate('published'),
      /** Date of the last substantive update, if any (YYYY-MM-DD). */
      updated: isoDate('updated').optional(),
      /** GSO codes (before 1 July 2025) of the communes or towns the story is about. */
      communes: z.array(commune).min(1, 'communes: name at least one commune code'),
      /** District code; derived from the communes when left out, checked against them when given. */
      district: z.string().optional(),
      /** Kind of model, one of MODEL_TYPES. */
      modelType: z.enum(Object.keys(MODEL_TYPES) as [ModelType, ...ModelType[]], {
        error: `modelType: use one of ${Object.keys(MODEL_TYPES).join(', ')}`,
      }),
      /** Cover image we may publish (our own drawing or openly licensed); leave out rather than use a doubtful one. */
      cover: z
        .object({
          /** Image file next to the story, e.g. ./_media/thanh-an.svg. */
          src: image(),
          /** What the image shows, for people who cannot see it. Required. */
          alt: z.string({ error: 'cover.alt: describe the image for people who cannot see it' }).min(5, 'cover.alt: describe the image (at least 5 characters)'),
          /** Who made it and under which licence, e.g. "Hình vẽ: NTM TP.HCM, CC BY 4.0". Required. */
          credit: z.string({ error: 'cover.credit: say who made the image and its licence' }).min(3, 'cover.credit: say who made the image and its licence'),
        })
        .optional(),
      /** Source ids (data/sources.csv) the story draws on. */
      sources: z.array(source).min(1, 'sources: cite at least one source id from data/sources.csv'),
      /** Free keywords, lower case. */
      tags: z.array(z.string()).default([]),
      /** Drafts show in `npm run dev` but never in the built site. */
      draft: z.boolean().default(false),
    })
    .superRefine((s, ctx) => {
      const districts = new Set(s.communes.map((c) => known.communes.get(c)));
      if (s.district !== undefined && !known.districts.has(s.district)) {
        ctx.addIssue({ code: 'custom', path: ['district'], message: `"${s.district}" is not a district code — use 783–787, or leave it out to derive it` });
      } else if (s.district !== undefined && !districts.has(s.district)) {
        ctx.addIssue({ code: 'custom', path: ['district'], message: `district ${s.district} does not match the communes (${[...districts].join(', ')}) — fix it or leave it out` });
      }
    });
}
