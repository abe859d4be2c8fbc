// The story pages' routes and selections, one definition for both editions' route files
// (src/pages/mo-hinh/… and src/pages/en/stories/…).
import { MODEL_TYPES, type ModelType } from '../schema/story.ts';
import { districts } from '../pages.ts';
import { stories, storyDistricts, type Story } from '../stories.ts';

export const ofType = (all: readonly Story[], type: ModelType): Story[] =>
  all.filter((s) => s.data.modelType === type);

export const inDistrict = (all: readonly Story[], code: string): Story[] =>
  all.filter((s) => storyDistricts(s).includes(code));

/** One page a published story. */
export async function storyPaths() {
  return (await stories()).map((s) => ({ params: { slug: s.id }, props: { story: s } }));
}

/** One page a type of model that has stories. */
export async function storyTypePaths() {
  const all = await stories();
  return (Object.keys(MODEL_TYPES) as ModelType[])
    .filter((t) => ofType(all, t).length > 0)
    .map((t) => ({ params: { type: t }, props: { type: t } }));
}

/** One page a district that has stories. */
export async function storyDistrictPaths() {
  const all = await stories();
  return districts()
    .filter((d) => inDistrict(all, d.code).length > 0)
    .map((d) => ({ params: { slug: d.slug }, props: { district: d } }));
}
