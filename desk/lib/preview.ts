// What a change would show readers differently, from two builds' files and statistics. Pure
// functions over what the caller read; used by the review page.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../scripts/lib/files.ts';

interface UnitLike {
  code: string;
  name: string;
  ladder: { steps: { standard: string; rank: number; reached: boolean }[] };
}
interface CountPoint {
  id: string;
  scope: string;
  standard: string;
  year: number;
  denominator: number;
  reached: number;
  unknown: number;
}
interface CountSeries {
  scope: string;
  standard: string;
  points: CountPoint[];
}

const STANDARD_VI: Record<string, string> = {
  ntm: 'NTM',
  'ntm-nc-2016': 'NTM nâng cao (2016)',
  'ntm-nc-2021': 'NTM nâng cao',
  'ntm-km-2021': 'NTM kiểu mẫu',
};
const highest = (u: UnitLike): string => {
  const top = u.ladder.steps.filter((s) => s.reached).sort((a, b) => b.rank - a.rank)[0];
  return top ? (STANDARD_VI[top.standard] ?? top.standard) : 'chưa có công nhận';
};

/** Every unit whose highest recognised standard changes: "Xã Tân Thông Hội: NTM nâng cao → NTM kiểu mẫu". */
export function unitStatusChanges(before: UnitLike[], after: UnitLike[]): string[] {
  const old = new Map(before.map((u) => [u.code, u]));
  const out: string[] = [];
  for (const u of after) {
    const was = old.get(u.code);
    const now = highest(u);
    if (!was) out.push(`${u.name}: đơn vị mới (${now})`);
    else if (highest(was) !== now) out.push(`${u.name}: ${highest(was)} → ${now}`);
  }
  const kept = new Set(after.map((u) => u.code));
  for (const u of before) if (!kept.has(u.code)) out.push(`${u.name}: bị xóa khỏi dữ liệu`);
  return out;
}

/** Each count (scope × standard × year) whose figure changes: "783 · NTM kiểu mẫu · 2025: 3/20 → 4/20". */
export function headlineChanges(
  before: CountSeries[],
  after: CountSeries[],
  scopeName: (code: string) => string,
): string[] {
  const key = (p: CountPoint) => `${p.scope}|${p.standard}|${p.year}`;
  const fig = (p: CountPoint | undefined) =>
    p ? `${p.reached}/${p.denominator}${p.unknown ? ` (${p.unknown} chưa rõ)` : ''}` : '—';
  const old = new Map(before.flatMap((s) => s.points).map((p) => [key(p), p]));
  const now = new Map(after.flatMap((s) => s.points).map((p) => [key(p), p]));
  const out: string[] = [];
  for (const k of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(k);
    const b = now.get(k);
    if (fig(a) === fig(b)) continue;
    const p = (b ?? a)!;
    out.push(
      `${scopeName(p.scope)} · ${STANDARD_VI[p.standard] ?? p.standard} · ${p.year}: ${fig(a)} → ${fig(b)}`,
    );
  }
  return out;
}

/** Every file under a folder, relative to it; none when the folder does not exist. */
export const relativeFiles = (root: string): string[] =>
  existsSync(root) ? filesUnder(root).map((p) => relative(root, p)) : [];
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** The text a reader reads on a page: scripts, styles and tags removed, one line per block. */
export function pageText(html: string): string[] {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<meta\b[^>]*>/gi, '')
    .replace(
      /<\/(p|li|h[1-6]|tr|div|dt|dd|figcaption|caption|section|header|footer|nav|td|th)>|<br\s*\/?>/gi,
      '\n',
    )
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export interface PageDiff {
  url: string;
  kind: 'new' | 'removed' | 'changed';
  before: string[];
  after: string[];
}

/**
 * The pages whose reader-visible text differs between two builds, with the lines that differ
 * on each side (in order). Pages whose HTML differs only in hashed asset names compare equal.
 */
export function pageDiffs(
  beforeDir: string | null,
  afterDir: string,
  limit = 60,
): { pages: PageDiff[]; total: number } {
  const html = (root: string | null) =>
    new Set(root ? relativeFiles(root).filter((f) => f.endsWith('.html')) : []);
  const a = html(beforeDir);
  const b = html(afterDir);
  const url = (f: string) => `/${f.replace(/index\.html$/, '')}`;
  const out: PageDiff[] = [];
  for (const f of [...new Set([...a, ...b])].sort()) {
    if (!b.has(f)) {
      out.push({ url: url(f), kind: 'removed', before: [], after: [] });
      continue;
    }
    if (!a.has(f)) {
      out.push({
        url: url(f),
        kind: 'new',
        before: [],
        after: pageText(readFileSync(join(afterDir, f), 'utf8')).slice(0, 40),
      });
      continue;
    }
    if (sha(join(beforeDir!, f)) === sha(join(afterDir, f))) continue;
    const before = pageText(readFileSync(join(beforeDir!, f), 'utf8'));
    const after = pageText(readFileSync(join(afterDir, f), 'utf8'));
    const inAfter = new Set(after);
    const inBefore = new Set(before);
    const gone = before.filter((l) => !inAfter.has(l));
    const added = after.filter((l) => !inBefore.has(l));
    if (gone.length || added.length)
      out.push({
        url: url(f),
        kind: 'changed',
        before: gone.slice(0, 20),
        after: added.slice(0, 20),
      });
  }
  // New pages first, then the Vietnamese edition, as a reviewer reads them.
  const rank = (p: PageDiff) =>
    (p.kind === 'new' ? 0 : p.kind === 'changed' ? 1 : 2) * 2 + (p.url.startsWith('/en/') ? 1 : 0);
  out.sort((a, b) => rank(a) - rank(b) || a.url.localeCompare(b.url));
  return { pages: out.slice(0, limit), total: out.length };
}
