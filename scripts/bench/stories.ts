// A scratch copy of a stories folder for benchmarks that edit a story (STORIES_DIR points at it).
// It lies under content/ because ImageFigure finds story images only there; git ignores it.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function copyStories(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/** The first published story (drafts have no page), by file name. */
export function publishedStory(dir: string): { file: string; slug: string } {
  const name = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .find((f) => !/^draft:\s*true\s*$/m.test(readFileSync(join(dir, f), 'utf8')));
  if (!name) throw new Error(`${dir}: no published story to edit`);
  return { file: join(dir, name), slug: name.slice(0, -'.mdx'.length) };
}

/** Gives the story a new title ending in `tag` and returns it (within the schema's 87 characters). */
export function retitle(file: string, tag: string): string {
  const text = readFileSync(file, 'utf8');
  const old = /^title: "(.*)"$/m.exec(text)?.[1];
  if (old === undefined) throw new Error(`${file}: no title: "…" line`);
  const base = old.replace(/ \(sửa [^)]*\)$/, '');
  const title = `${base.slice(0, 87 - tag.length - 8).trimEnd()} (sửa ${tag})`;
  writeFileSync(file, text.replace(/^title: ".*"$/m, `title: "${title}"`));
  return title;
}
