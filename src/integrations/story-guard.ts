// Checks every .mdx file against the story language before the MDX compiler sees it, in
// `astro build`, `astro dev` and the editor alike: a rejected story is never compiled, so
// nothing in it can run. Listed before mdx() so its Vite plugin transforms first.
// The production build bundles drafts too, though it never publishes them: a rejected draft
// there is compiled as its frontmatter alone, so one unfinished draft cannot stop a release.
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { isDraft } from '../lib/stories/check-story.ts';
import { checkStoryLanguage } from '../lib/stories/story-language.ts';

export function storyGuard(): AstroIntegration {
  return {
    name: 'ntm:story-guard',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'ntm:story-guard',
                enforce: 'pre',
                transform: {
                  filter: { id: /\.mdx$/ },
                  handler(code: string, id: string) {
                    const problems = checkStoryLanguage(code);
                    if (problems.length === 0) return null;
                    const file = relative(process.cwd(), id);
                    const lines = problems.map(
                      (p) => `${file}:${p.line}:${p.column}: ${p.message}`,
                    );
                    if (command === 'build' && isDraft(code)) {
                      logger.warn(
                        `Bản nháp ${file} có ${problems.length} lỗi, không được biên dịch (bản nháp không xuất bản):\n${lines.join('\n')}`,
                      );
                      return {
                        code: /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(code)![0],
                        map: null,
                      };
                    }
                    throw new Error(
                      `Bài viết bị từ chối, chưa được biên dịch (${problems.length} lỗi):\n${lines.join('\n')}`,
                    );
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
