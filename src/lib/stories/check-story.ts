// Checks of one story file without a full site build (check:stories, the editor's save, data:import): the frontmatter against the story
// schema, and every <Stat>, <Cite>, <CommuneLink> and <PullQuote> reference against the data.
// The site build runs the same schema; this just answers in a second.
import { load as parseYaml } from 'js-yaml';
import { z } from 'astro/zod';
import { storySchema, type KnownData } from '../schema/story.ts';
import { checkStoryLanguage } from './story-language.ts';

export interface StoryProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface KnownIds extends KnownData {
  statIds: Set<string>;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
const positionOf = (text: string, index: number) => ({
  line: lineOf(text, index),
  column: index - text.lastIndexOf('\n', index - 1),
});

export function checkStory(
  file: string,
  text: string,
  known: KnownIds,
  mediaExists: (path: string) => boolean,
): StoryProblem[] {
  // The language first: a story outside it is rejected as a whole, and nothing else is read.
  const language = checkStoryLanguage(text);
  if (language.length) return language.map((p) => ({ file, ...p }));
  const problems: StoryProblem[] = [];
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text.replace(/\r\n/g, '\n'));
  if (!m)
    return [
      {
        file,
        line: 1,
        column: 1,
        message:
          'no frontmatter — start the file with --- , the fields, and --- (see content/README.md)',
      },
    ];
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (e) {
    return [
      {
        file,
        line: 1,
        column: 1,
        message: `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
      },
    ];
  }
  const image = () =>
    z.string().refine((p) => mediaExists(p), {
      error: (iss) => `cover.src: file ${String(iss.input)} not found next to the story`,
    });
  const parsed = storySchema(known, image).safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      const at = m[1]!.indexOf(`${String(issue.path[0] ?? '')}:`);
      problems.push({
        file,
        line: at >= 0 ? lineOf(text, at + 4) : 1,
        column: 1,
        message: `${field ? `${field}: ` : ''}${issue.message.replace(new RegExp(`^${field}: `), '')}`,
      });
    }
  }
  const refs: [RegExp, (v: string) => boolean, (v: string) => string][] = [
    [
      /<Stat\s+id="([^"]*)"/g,
      (v) => known.statIds.has(v),
      (v) => `<Stat id="${v}">: no figure or count with this id — use an id from data/figures.csv`,
    ],
    [
      /<Cite\s+id="([^"]*)"/g,
      (v) => known.sources.has(v),
      (v) => `<Cite id="${v}">: no source with this id in data/sources.csv`,
    ],
    [
      /<PullQuote\s+source="([^"]*)"/g,
      (v) => known.sources.has(v),
      (v) => `<PullQuote source="${v}">: no source with this id in data/sources.csv`,
    ],
    [
      /<CommuneLink\s+code="([^"]*)"/g,
      (v) => known.communes.has(v),
      (v) => `<CommuneLink code="${v}">: no commune or town with this code`,
    ],
  ];
  for (const [re, ok, msg] of refs) {
    for (const r of text.matchAll(re))
      if (!ok(r[1]!)) problems.push({ file, ...positionOf(text, r.index), message: msg(r[1]!) });
  }
  for (const r of text.matchAll(/<ImageFigure\s[^>]*src="([^"]*)"/g)) {
    if (!mediaExists(r[1]!))
      problems.push({
        file,
        ...positionOf(text, r.index),
        message: `<ImageFigure src="${r[1]}">: không có tệp này cạnh bài — đặt hình vào thư mục _media và viết src="./_media/ten-tep.svg"`,
      });
  }
  if (/<PullQuote(?![^>]*source=)/.test(text))
    problems.push({
      file,
      ...positionOf(text, text.search(/<PullQuote(?![^>]*source=)/)),
      message: '<PullQuote> needs source="…" (no quote without its source)',
    });
  return problems;
}

/** Whether a story's frontmatter says `draft: true` (false when it cannot be read). */
export function isDraft(text: string): boolean {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) return false;
  try {
    return (parseYaml(m[1]!) as { draft?: unknown } | null)?.draft === true;
  } catch {
    return false;
  }
}

/** Story words, for the 250–600 word guideline. */
export function wordCount(text: string): number {
  const body = text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|-]/g, ' ');
  return body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export { slugify } from './slug.ts';
