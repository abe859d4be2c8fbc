// The data-truth gate on the pages a change touches, in Chromium without JavaScript (what every
// reader gets first): each traced figure shows what the statistics give, nothing in a <figure>
// goes untraced (scripts/lib/figure-truth.ts, the every-page browser gate's own check).
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureTruthProblems, readStats, renderedFigures } from '../../scripts/lib/figure-truth.ts';
import { langOfPath } from '../../src/i18n/lang.ts';
import type { Stats } from '../../src/lib/stats/types.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Problems as "<url>: <problem>"; `pages` are paths relative to the build (…/index.html). */
export async function figureTruth(
  site: string,
  pages: string[],
  statsDir: string,
): Promise<string[]> {
  if (!existsSync(CHROMIUM))
    return [
      `Máy chủ chưa có Chromium (${CHROMIUM}): không kiểm tra được số liệu trên trang. Bộ phận IT cài bằng: apt-get install chromium`,
    ];
  const names = readStats<Stats['units']>('units', statsDir).flatMap((u) => [u.name, u.shortName]);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const problems: string[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (r) => r.abort());
    const page = await context.newPage();
    for (const file of pages) {
      const url = `/${file.replace(/index\.html$/, '')}`;
      await page.setContent(readFileSync(join(site, file), 'utf8'), {
        waitUntil: 'domcontentloaded',
      });
      // tsx and some bundlers wrap named functions in __name(), which the page does not define.
      await page.evaluate('globalThis.__name = (f) => f');
      for (const p of figureTruthProblems(
        await renderedFigures(page, names),
        statsDir,
        langOfPath(url),
      ))
        problems.push(`${url}: ${p}`);
    }
  } finally {
    await browser.close();
  }
  return problems;
}
