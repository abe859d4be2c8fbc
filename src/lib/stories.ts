// Stories from the content collection, shaped for pages: drafts dropped from builds,
// district derived from the communes, related stories ranked.
import { getCollection, type CollectionEntry } from 'astro:content';
import { findUnit, unit } from './site-data.ts';

export type Story = CollectionEntry<'stories'>;

async function load(): Promise<Story[]> {
  const all = await getCollection('stories', (s) => import.meta.env.DEV || !s.data.draft);
  return all.sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}

// A build's stories do not change while it renders: read them once, not on every unit page.
// The dev server (and the editor's preview) reads them on every request.
let published: Promise<readonly Story[]> | undefined;

/** Published stories, newest first. Drafts are kept only in `npm run dev`. Shared: do not mutate. */
export function stories(): Promise<readonly Story[]> {
  if (import.meta.env.DEV) return load();
  return (published ??= load());
}

/** District codes of a story: given, or derived from its communes. */
export function storyDistricts(s: Story): string[] {
  if (s.data.district) return [s.data.district];
  return [...new Set(s.data.communes.map((c) => unit(c).districtCode!))].sort();
}

/** Same commune first, then same model type; newest first within each. */
export function related(s: Story, all: readonly Story[], max = 3): Story[] {
  const others = all.filter((o) => o.id !== s.id);
  const sameCommune = others.filter((o) =>
    o.data.communes.some((c) => s.data.communes.includes(c)),
  );
  const sameType = others.filter(
    (o) => o.data.modelType === s.data.modelType && !sameCommune.includes(o),
  );
  return [...sameCommune, ...sameType].slice(0, max);
}

export const storyHref = (s: Story): string => `/mo-hinh/${s.id}/`;

export function storiesAbout(code: string, all: readonly Story[]): Story[] {
  const u = findUnit(code);
  if (!u) return [];
  if (u.kind === 'district') return all.filter((s) => storyDistricts(s).includes(code));
  return all.filter((s) => s.data.communes.includes(code));
}
