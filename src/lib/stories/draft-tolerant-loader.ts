// Wraps the stories' glob loader so that a draft whose frontmatter fails the schema is left
// out of the collection with a warning, instead of stopping `astro build` or `astro dev`.
// Drafts are never published, and the editor saves any story with problems as a draft, so one
// unfinished story cannot hold back a release. A story that is not a draft still fails the
// build with the schema's message: nothing unchecked is ever published.
// It also forgets cached entries from another stories folder: the glob loader reuses a cached
// entry whose text is unchanged, with its old path, even when that file is gone (a story
// copied to a new STORIES_DIR would otherwise be compiled from the deleted copy).
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const isDraft = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;

/** `base` is the folder the wrapped loader reads, as given to glob(). */
export function draftTolerant(loader: Loader, base: string): Loader {
  return {
    ...loader,
    name: `${loader.name}+draft-tolerant`,
    load: (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const folder = resolve(root, base);
      for (const [id, entry] of ctx.store.entries()) {
        if (entry.filePath === undefined) continue;
        const path = resolve(root, entry.filePath);
        if (relative(folder, path).startsWith('..') || !existsSync(path)) ctx.store.delete(id);
      }
      const rejected = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          const parsed = await ctx.parseData(props);
          rejected.delete(props.id);
          return parsed;
        } catch (error) {
          if (!isDraft(props.data)) throw error;
          rejected.add(props.id);
          const file = props.filePath ?? props.id;
          ctx.logger.warn(
            `Bản nháp ${file} có lỗi ở phần thông tin đầu bài, được bỏ qua (bản nháp không xuất bản); sửa rồi lưu lại:\n${(error as Error).message}`,
          );
          return props.data;
        }
      };
      // The glob loader stores what parseData returned; a rejected draft is dropped instead,
      // and an earlier good version of it (in `astro dev`) is removed.
      const set = (entry: Entry): boolean => {
        if (!rejected.has(entry.id)) return ctx.store.set(entry);
        ctx.store.delete(entry.id);
        return false;
      };
      const store = new Proxy(ctx.store, {
        get: (target, key) => {
          if (key === 'set') return set;
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function'
            ? (value as (...a: unknown[]) => unknown).bind(target)
            : value;
        },
      });
      return loader.load({ ...ctx, parseData, store });
    },
  };
}
