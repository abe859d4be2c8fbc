// The editor's form for a story, generated from the two declarations the site uses:
// STORY_FIELDS (the frontmatter, src/lib/schema/story-fields.ts) and STORY_COMPONENTS (the
// author components and their props, src/lib/schema/story-components.ts). Field rules use
// Keystatic's own validation with Vietnamese messages; rules across fields (a cover image
// needs its alt text and credit) and references inside the text are checked when saving
// (src/editor/save-check.ts), with the same checker as `npm run check:stories`.
import { fields, type ComponentSchema } from '@keystatic/core';
import { block, inline, wrapper, type ContentComponent } from '@keystatic/core/content-components';
import { createElement } from 'react';
import { STORY_COMPONENTS, type PropSpec } from '../lib/schema/story-components.ts';
import {
  STORY_FIELDS,
  type Length,
  type StoryField,
  type StoryFieldName,
} from '../lib/schema/story-fields.ts';
import { slugify } from '../lib/stories/slug.ts';
import type { EditorOptions, Option } from './options.ts';

/** The body of the story: the key Keystatic keeps the MDX under (not a frontmatter field). */
export const CONTENT_FIELD = 'content';

/** A text rule as a pattern, so the message is ours (Keystatic's length messages are English). An optional text may also stay empty. */
const lengthPattern = (l: Length, optional = false) => ({
  regex: new RegExp(
    `^(?:${optional ? '|' : ''}[\\s\\S]{${l.min},${Number.isFinite(l.max) ? l.max : ''}})$`,
  ),
  message: l.vi,
});

const withNone = (none: string, options: Option[]) => [{ value: '', label: none }, ...options];

/** The title names the file: Keystatic's slug field stores the title and derives the file name. */
function titleField() {
  const f = STORY_FIELDS.title;
  return fields.slug({
    name: { label: f.label, description: f.help, validation: { pattern: lengthPattern(f.length) } },
    slug: {
      label: 'Tên tệp',
      description:
        'Tên tệp của bài (không dấu), tự đặt theo tiêu đề; là địa chỉ trang /mo-hinh/<tên tệp>/.',
      generate: slugify,
    },
  });
}

function formField(f: StoryField, o: EditorOptions): ComponentSchema {
  const common = { label: f.label, description: f.help };
  switch (f.kind) {
    case 'text':
      return fields.text({
        ...common,
        multiline: f.multiline ?? false,
        validation: { pattern: lengthPattern(f.length, !f.required) },
      });
    case 'date':
      return fields.date({
        ...common,
        validation: { isRequired: f.required },
        ...(f.required ? { defaultValue: { kind: 'today' as const } } : {}),
      });
    case 'refs':
      return fields.multiselect({
        ...common,
        options: f.ref === 'commune' ? o.communes : o.sources,
      });
    case 'district':
      return fields.select({
        ...common,
        options: withNone('(Tự suy ra từ các xã)', o.districts),
        defaultValue: '',
      });
    case 'modelType':
      return fields.select({
        ...common,
        options: Object.entries(f.options).map(([value, label]) => ({ value, label })),
        defaultValue: f.defaultValue,
      });
    case 'cover':
      return fields.object(
        {
          src: fields.image({
            label: f.src.label,
            description: f.src.help,
            directory: `${o.storiesDir}/_media`,
            publicPath: './_media/',
          }),
          alt: fields.text({ label: f.alt.label, description: f.alt.help }),
          credit: fields.text({ label: f.credit.label, description: f.credit.help }),
        },
        common,
      );
    case 'tags':
      return fields.array(fields.text({ label: 'Từ khóa', validation: { isRequired: true } }), {
        ...common,
        itemLabel: (p) => p.value || 'Từ khóa mới',
      });
    case 'draft':
      return fields.checkbox({ ...common, defaultValue: f.defaultValue });
  }
}

/** The frontmatter fields as Keystatic fields, keyed like STORY_FIELDS. */
// Typed where Keystatic's collection config needs to know the kind (slugField, list columns).
type FrontmatterFields = {
  title: ReturnType<typeof titleField>;
  published: ReturnType<typeof fields.date>;
  draft: ReturnType<typeof fields.checkbox>;
} & Record<Exclude<StoryFieldName, 'title' | 'published' | 'draft'>, ComponentSchema>;

export function frontmatterFields(o: EditorOptions): FrontmatterFields {
  const rest = Object.fromEntries(
    Object.entries(STORY_FIELDS)
      .filter(([name]) => name !== 'title')
      .map(([name, f]) => [name, formField(f, o)]),
  );
  return { title: titleField(), ...rest } as FrontmatterFields;
}

function propField(p: PropSpec, o: EditorOptions): ComponentSchema {
  const common = { label: p.label, description: p.help };
  // Nothing is chosen until the author chooses: an empty reference fails the save-time check.
  const pick = (options: Option[]) =>
    fields.select({
      ...common,
      options: withNone('— Chọn trong danh sách —', options),
      defaultValue: '',
    });
  switch (p.ref) {
    case 'stat':
      return pick(o.stats);
    case 'source':
      return pick(o.sources);
    case 'commune':
      return pick(o.communes);
    case 'media':
      // A file picker: the chosen image is copied into _media next to the stories, and the
      // prop is written as ./_media/<file>, as the story language asks.
      return fields.image({
        ...common,
        directory: `${o.storiesDir}/_media`,
        publicPath: './_media/',
        validation: { isRequired: p.required },
      });
    default:
      return fields.text({
        ...common,
        ...(p.required ? { validation: { isRequired: true } } : {}),
      });
  }
}

/** The author components, inline or block as the site declares them; references are picked from the data. */
export function contentComponents(o: EditorOptions): Record<string, ContentComponent> {
  const labels: Record<string, Map<string, string>> = {
    stat: new Map(o.stats.map((s) => [s.value, s.label.split(' — ')[1] ?? s.value])),
    source: new Map(o.sources.map((s) => [s.value, `nguồn: ${s.value}`])),
    commune: new Map(o.communes.map((s) => [s.value, s.label])),
  };
  return Object.fromEntries(
    Object.entries(STORY_COMPONENTS).map(([name, c]): [string, ContentComponent] => {
      const props = Object.entries(c.props) as [string, PropSpec][];
      const schema = Object.fromEntries(props.map(([prop, p]) => [prop, propField(p, o)]));
      const config = {
        label: c.label,
        description: c.kind === 'inline' ? 'Chèn vào giữa câu.' : 'Một đoạn riêng.',
        schema,
      };
      if (c.kind === 'inline') {
        // In the text, an inline component shows what the page will (the figure's value, the
        // commune's name), so the sentence reads as it will be published.
        const [prop, spec] = props.find(([, p]) => p.ref !== undefined) ?? props[0]!;
        const ContentView = ({ value }: { value: Record<string, unknown> }) => {
          const raw = value[prop];
          const v = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
          const shown =
            (typeof value['label'] === 'string' && value['label']) ||
            labels[spec.ref ?? '']?.get(v) ||
            v ||
            `chưa chọn: ${c.label}`;
          return createElement(
            'span',
            { 'data-editor-component': name, 'data-value': v },
            `[${shown}]`,
          );
        };
        return [name, inline({ ...config, ContentView })];
      }
      return [name, c.children ? wrapper(config) : block(config)];
    }),
  );
}

/** The whole entry: frontmatter fields, then the MDX body with the author components. */
export function storyEntrySchema(o: EditorOptions) {
  return {
    ...frontmatterFields(o),
    [CONTENT_FIELD]: fields.mdx({
      label: 'Nội dung',
      description:
        'Nội dung bài: 250–600 chữ, tiêu đề mục cấp 2. Chèn số liệu, nguồn, liên kết xã, hình và trích dẫn bằng nút "+" trên thanh công cụ.',
      extension: 'mdx',
      options: { heading: [2, 3], image: false, codeBlock: false },
      components: contentComponents(o),
    }),
  };
}
