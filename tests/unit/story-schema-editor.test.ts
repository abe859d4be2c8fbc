// One schema: the story frontmatter the site accepts (storySchema, zod) and the editor's form
// (Keystatic fields) are both built from STORY_FIELDS. These tests fail when they drift: a key
// in one and not the other (Keystatic refuses to open a file with an undeclared key), a field
// required in one and optional in the other, different options, or different length rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import { STORY_COMPONENTS } from '../../src/lib/schema/story-components.ts';
import { STORY_FIELDS, storySchema, type KnownData } from '../../src/lib/schema/story.ts';
import { CONTENT_FIELD, contentComponents, storyEntrySchema } from '../../src/editor/fields.ts';
import { editorOptions, type EditorStats } from '../../src/editor/options.ts';
import { readStats } from '../e2e/helpers.ts';

const stats: EditorStats = {
  units: readStats('units'),
  reference: readStats('reference'),
  counts: readStats('counts'),
};
const options = editorOptions(stats, 'content/stories');
const known: KnownData = {
  communes: new Map(
    stats.units
      .filter((u) => u.kind === 'commune' || u.kind === 'town')
      .map((u) => [u.code, u.districtCode ?? '']),
  ),
  districts: new Set(stats.units.filter((u) => u.kind === 'district').map((u) => u.code)),
  sources: new Set(stats.reference.sources.map((s) => s.id)),
};
const zodShape = storySchema(known, () => z.string()).shape as Record<string, z.ZodType>;

// Keystatic's field objects, as far as these tests read them.
interface FormField {
  kind: 'form';
  parse(value: unknown, args: object): unknown;
  serialize(value: unknown, args: object): { value: unknown };
  validate(value: unknown, args?: object): unknown;
  options?: { value: string }[];
}
interface ObjectField {
  kind: 'object';
  fields: Record<string, FormField>;
}
interface ArrayField {
  kind: 'array';
}
type Field = FormField | ObjectField | ArrayField;
const editorSchema = storyEntrySchema(options) as unknown as Record<string, Field>;
const { [CONTENT_FIELD]: content, ...editorFields } = editorSchema;

/** What Keystatic writes into the file for a field nobody touched. */
function writtenWhenUntouched(f: Field): unknown {
  if (f.kind === 'array') return [];
  if (f.kind === 'object')
    return Object.fromEntries(
      Object.entries(f.fields).map(([k, c]) => [k, writtenWhenUntouched(c)]),
    );
  return f.serialize(f.parse(undefined, { slug: undefined, asset: undefined }), { slug: 'x' })
    .value;
}
const keystaticAccepts = (f: FormField, v: unknown) => {
  try {
    f.validate(v);
    return true;
  } catch {
    return false;
  }
};

describe('story schema and editor form come from one definition', () => {
  it('have the same frontmatter keys, in the same order', () => {
    assert.deepEqual(Object.keys(zodShape), Object.keys(STORY_FIELDS));
    assert.deepEqual(Object.keys(editorFields), Object.keys(STORY_FIELDS));
    assert.ok(content, 'the editor keeps the story body under its own key');
  });

  it('agree on which fields are required', () => {
    for (const [name, spec] of Object.entries(STORY_FIELDS)) {
      const optionalInZod = zodShape[name]!.safeParse(undefined).success;
      assert.equal(
        optionalInZod,
        !spec.required,
        `${name}: required ${spec.required} in STORY_FIELDS, zod optional ${optionalInZod}`,
      );
    }
  });

  it('write nothing the schema rejects for an untouched optional field, and nothing it accepts for an empty required one', () => {
    for (const [name, spec] of Object.entries(STORY_FIELDS)) {
      if (spec.kind === 'modelType') continue; // a select always holds one of its options (next test)
      const written = writtenWhenUntouched(editorFields[name]!);
      const accepted = zodShape[name]!.safeParse(written).success;
      assert.equal(
        accepted,
        !spec.required,
        `${name}: the editor writes ${JSON.stringify(written)}, which the schema ${accepted ? 'accepts' : 'rejects'}`,
      );
    }
  });

  it('offer exactly the model types the schema allows, and only existing districts', () => {
    const modelType = zodShape['modelType'] as unknown as { options: string[] };
    assert.deepEqual(
      (editorFields['modelType'] as FormField).options!.map((o) => o.value),
      modelType.options,
    );
    assert.deepEqual(
      (editorFields['district'] as FormField).options!.map((o) => o.value),
      ['', ...known.districts],
    );
  });

  it('apply the same length rules to texts', () => {
    for (const name of ['title', 'summary'] as const) {
      const { min, max } = STORY_FIELDS[name].length;
      const field = editorFields[name] as FormField;
      for (const n of [min - 1, min, max, max + 1]) {
        const s = 'ă'.repeat(n);
        const editorValue = name === 'title' ? { name: s, slug: 'a' } : s;
        assert.equal(
          keystaticAccepts(field, editorValue),
          zodShape[name]!.safeParse(s).success,
          `${name} of ${n} characters`,
        );
      }
    }
  });

  it('have the same cover parts', () => {
    const cover = editorFields['cover'] as ObjectField;
    assert.deepEqual(Object.keys(cover.fields), ['src', 'alt', 'credit']);
    assert.equal(
      zodShape['cover']!.safeParse({ src: 'x.svg', credit: 'Hình: NTM' }).success,
      false,
      'a cover without alt text is rejected',
    );
  });
});

describe('editor content components', () => {
  const components = contentComponents(options) as Record<
    string,
    { kind: string; schema: Record<string, FormField> }
  >;
  it('are the registered author components, inline or block as declared', () => {
    assert.deepEqual(Object.keys(components), Object.keys(STORY_COMPONENTS));
    for (const [name, c] of Object.entries(STORY_COMPONENTS)) {
      assert.equal(
        components[name]!.kind,
        c.kind === 'inline' ? 'inline' : c.children ? 'wrapper' : 'block',
        name,
      );
      assert.deepEqual(
        Object.keys(components[name]!.schema),
        Object.keys(c.props),
        `${name} props`,
      );
    }
  });

  it('offer Stat ids that exist in the statistics, labelled with their formatted value', () => {
    const ids = components['Stat']!.schema['id']!.options!.map((o) => o.value).filter(Boolean);
    const all = new Set([
      ...stats.reference.figures.map((f) => f.id),
      ...stats.counts.flatMap((c) => c.points.map((p) => p.id)),
    ]);
    assert.equal(ids.length, all.size);
    for (const id of ids) assert.ok(all.has(id), id);
    assert.match(
      options.stats.find((o) => o.value === 'f-783-ntm-2015-08')!.label,
      /^f-783-ntm-2015-08 — 20\/20 — Số xã đạt chuẩn NTM, Huyện Củ Chi, tính đến 8\/2015$/,
    );
  });

  it('offer only source ids from the source register for Cite, and commune codes for CommuneLink', () => {
    assert.deepEqual(
      components['Cite']!.schema['id']!.options!.map((o) => o.value)
        .filter(Boolean)
        .sort(),
      [...known.sources].sort(),
    );
    assert.deepEqual(
      components['CommuneLink']!.schema['code']!.options!.map((o) => o.value)
        .filter(Boolean)
        .sort(),
      [...known.communes.keys()].sort(),
    );
    assert.equal(
      options.communes.find((o) => o.value === '27556')!.label,
      'Xã Tân Thông Hội (Củ Chi)',
    );
  });
});
