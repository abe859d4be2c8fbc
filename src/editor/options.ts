// What the editor lets authors pick, built from the generated statistics: communes and towns
// ("Xã Tân Thông Hội (Củ Chi)"), districts, sources, and every figure or count a <Stat> may
// show, labelled with its formatted value as the page will print it. Pure: the caller reads
// the JSON (src/editor/integration.ts in the editor, the tests directly).
import { figureTitle } from '../lib/cite.ts';
import { formatCountRatio, formatFigureValue } from '../lib/figures.ts';
import { formatDate } from '../lib/format.ts';
import { STANDARD_SHORT } from '../lib/labels.ts';
import type { Stats } from '../lib/stats/types.ts';

export interface Option {
  value: string;
  label: string;
}

export interface EditorOptions {
  communes: Option[];
  districts: Option[];
  sources: Option[];
  stats: Option[];
  /** Where the stories are, relative to the project root (STORIES_DIR, default content/stories). */
  storiesDir: string;
}

export interface EditorStats {
  units: Pick<Stats['units'][number], 'code' | 'name' | 'shortName' | 'kind' | 'districtCode'>[];
  reference: Pick<Stats['reference'], 'sources' | 'figures'>;
  counts: Stats['counts'];
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function editorOptions(stats: EditorStats, storiesDir: string): EditorOptions {
  const names = new Map(stats.units.map((u) => [u.code, u]));
  const scopeName = (code: string) => (code === 'VN' ? 'cả nước' : (names.get(code)?.name ?? code));
  const districtShort = (code: string | null) =>
    code === null ? '' : (names.get(code)?.shortName ?? code);
  const locals = stats.units.filter((u) => u.kind === 'commune' || u.kind === 'town');
  return {
    storiesDir,
    communes: locals
      .map((u) => ({ value: u.code, label: `${u.name} (${districtShort(u.districtCode)})` }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    districts: stats.units
      .filter((u) => u.kind === 'district')
      .map((u) => ({ value: u.code, label: u.name })),
    sources: stats.reference.sources
      .map((s) => ({
        value: s.id,
        label: `${cut(s.title, 90)} — ${cut(s.publisher, 40)}${s.publishedOn ? `, ${formatDate(s.publishedOn)}` : ''} [${s.id}]`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    stats: [
      ...stats.reference.figures.map((f) => ({
        value: f.id,
        label: `${f.id} — ${formatFigureValue(f)} — ${cut(figureTitle(f, scopeName(f.scope)), 110)}`,
      })),
      ...stats.counts.flatMap((c) =>
        c.points.map((p) => ({
          value: p.id,
          label: `${p.id} — ${formatCountRatio(p)} — ${STANDARD_SHORT[p.standard]}, ${scopeName(p.scope)}, ${formatDate(p.date)} (tính từ dữ liệu)`,
        })),
      ),
    ],
  };
}
