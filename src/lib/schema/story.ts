// The frontmatter of a story (content/stories/*.mdx), as a zod schema built from the field
// list in story-fields.ts (one definition for the content collection, the checker and the
// editor). Unit codes and source ids are checked against the generated statistics, so a story
// cannot cite something the data does not hold.
import { z } from 'astro/zod';
import { STORY_FIELDS, type Length, type ModelType, type StoryFieldName } from './story-fields.ts';

export {
  MODEL_TYPES,
  MODEL_TYPES_EN,
  STORY_FIELDS,
  modelTypeName,
  type ModelType,
  type StoryField,
  type StoryFieldName,
} from './story-fields.ts';

export interface KnownData {
  /** Commune/town code → its district code. */
  communes: Map<string, string>;
  districts: Set<string>;
  sources: Set<string>;
}

const isoDate = (field: string) =>
  z.preprocess(
    (v) =>
      v instanceof Date
        ? v
        : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
          ? new Date(`${v}T00:00:00Z`)
          : v,
    z
      .date({ error: `${field}: write the date as YYYY-MM-DD, e.g. 2026-11-28` })
      .refine((d) => !Number.isNaN(d.getTime()), `${field}: not a real date — write YYYY-MM-DD`),
  );

/** An empty value the editor writes for an unset optional field ('' or an object of empty parts) means the field is absent. */
const absentIfEmpty = (v: unknown): unknown => {
  if (v === '' || v === null) return undefined;
  if (
    typeof v === 'object' &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    Object.values(v).every((x) => x === undefined || x === null || x === '')
  )
    return undefined;
  return v;
};

const text = (f: { length: Length }) => {
  const s = z.string().min(f.length.min, f.length.tooShort);
  return Number.isFinite(f.length.max) ? s.max(f.length.max, f.length.tooLong) : s;
};
/** An optional text: absent, or empty as the editor writes it, or within the same length rule. */
const optionalText = (f: { length: Length }) => z.preprocess(absentIfEmpty, text(f).optional());

// `image` is Astro's helper in the content collection; the checker script passes a stand-in.
export function storySchema<Img>(known: KnownData, image: () => z.ZodType<Img>) {
  const F = STORY_FIELDS;
  const ref = {
    commune: z.string().refine((c) => known.communes.has(c), {
      error: (iss) =>
        `"${String(iss.input)}" is not a commune or town code in data/units.csv — use its 5-digit GSO code, e.g. 27556 (Tân Thông Hội)`,
    }),
    source: z.string().refine((s) => known.sources.has(s), {
      error: (iss) =>
        `"${String(iss.input)}" is not a source id in data/sources.csv — add the source there first, or fix the id`,
    }),
  };
  const refs = (f: (typeof F)['communes' | 'sources']) => z.array(ref[f.ref]).min(f.min, f.tooFew);
  const shape = {
    title: text(F.title),
    summary: text(F.summary),
    titleEn: optionalText(F.titleEn),
    summaryEn: optionalText(F.summaryEn),
    published: isoDate('published'),
    updated: isoDate('updated').optional(),
    communes: refs(F.communes),
    district: z.preprocess(absentIfEmpty, z.string().optional()),
    modelType: z.enum(Object.keys(F.modelType.options) as [ModelType, ...ModelType[]], {
      error: F.modelType.message,
    }),
    cover: z.preprocess(
      absentIfEmpty,
      z
        .object({
          src: image(),
          alt: z
            .string({ error: F.cover.alt.message })
            .min(F.cover.alt.length.min, F.cover.alt.length.tooShort),
          credit: z
            .string({ error: F.cover.credit.message })
            .min(F.cover.credit.length.min, F.cover.credit.length.tooShort),
        })
        .optional(),
    ),
    sources: refs(F.sources),
    tags: z.array(z.string()).default([]),
    draft: z.boolean().default(F.draft.defaultValue),
  } satisfies { [K in StoryFieldName]: z.ZodType };
  return z.object(shape).superRefine((s, ctx) => {
    const districts = new Set(s.communes.map((c) => known.communes.get(c)));
    if (s.district !== undefined && !known.districts.has(s.district)) {
      ctx.addIssue({
        code: 'custom',
        path: ['district'],
        message: `"${s.district}" is not a district code — use 783–787, or leave it out to derive it`,
      });
    } else if (s.district !== undefined && !districts.has(s.district)) {
      ctx.addIssue({
        code: 'custom',
        path: ['district'],
        message: `district ${s.district} does not match the communes (${[...districts].join(', ')}) — fix it or leave it out`,
      });
    }
  });
}
