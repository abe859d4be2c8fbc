// Timeline of units reaching each standard: computed counts as bands (from "at least"
// to "at most", since unknown units are never counted as zero) and published figures as
// markers. Pure: data in, SVG string out.
import { area, line, scaleLinear } from 'd3';
import { esc, px } from './svg.ts';

export interface TimelineBand {
  key: string;
  label: string;
  /** Draw the "could have reached" band; off for standards where almost everything is unknown. */
  band: boolean;
  /** One point per year: status at the end of that year; null where no unit's status is known. */
  points: { year: number; min: number; max: number; known: boolean }[];
}

export interface TimelineMarker {
  key: string;
  label: string;
  /** Fractional year of the as-of date. */
  x: number;
  value: number;
}

export interface TimelineInput {
  id: string;
  title: string;
  description: string;
  bands: TimelineBand[];
  markers: TimelineMarker[];
  yMax: number;
  firstYear: number;
  lastYear: number;
}

/** Colour-blind-safe hues, each paired with a dash pattern and a marker shape. */
export const SERIES_STYLE: Record<
  string,
  { color: string; dash: string; shape: 'circle' | 'square' | 'diamond' | 'triangle' }
> = {
  ntm: { color: '#1b7837', dash: '', shape: 'circle' },
  'ntm-nc-2016': { color: '#762a83', dash: '6 3', shape: 'square' },
  'ntm-nc-2021': { color: '#2166ac', dash: '2 3', shape: 'diamond' },
  'ntm-km-2021': { color: '#b35806', dash: '8 3 2 3', shape: 'triangle' },
  unspecified: { color: '#4d4d4d', dash: '', shape: 'diamond' },
};

const WIDTH = 640;
const HEIGHT = 300;
const M = { top: 16, right: 16, bottom: 32, left: 40 };

export function markerPath(shape: string, x: number, y: number, r = 5): string {
  switch (shape) {
    case 'square':
      return `M${px(x - r)},${px(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'diamond':
      return `M${px(x)},${px(y - r - 1)}L${px(x + r + 1)},${px(y)}L${px(x)},${px(y + r + 1)}L${px(x - r - 1)},${px(y)}Z`;
    case 'triangle':
      return `M${px(x)},${px(y - r - 1)}L${px(x + r + 1)},${px(y + r)}L${px(x - r - 1)},${px(y + r)}Z`;
    default:
      return `M${px(x - r)},${px(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

export function renderTimeline(input: TimelineInput): string {
  const x = scaleLinear()
    .domain([input.firstYear, input.lastYear + 1])
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear()
    .domain([0, input.yMax])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const parts: string[] = [];
  parts.push(
    `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc" class="chart">`,
  );
  parts.push(
    `<title id="${input.id}-title">${esc(input.title)}</title><desc id="${input.id}-desc">${esc(input.description)}</desc>`,
  );
  // Axes and grid.
  for (const t of y.ticks(5)) {
    parts.push(
      `<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${px(y(t))}" y2="${px(y(t))}" class="grid"/>`,
    );
    parts.push(
      `<text x="${M.left - 6}" y="${px(y(t) + 4)}" text-anchor="end" class="tick">${t}</text>`,
    );
  }
  for (let yr = input.firstYear; yr <= input.lastYear + 1; yr++) {
    const show = (yr - input.firstYear) % 2 === 0;
    parts.push(
      `<line x1="${px(x(yr))}" x2="${px(x(yr))}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom + 4}" class="axis"/>`,
    );
    if (show)
      parts.push(
        `<text x="${px(x(yr))}" y="${HEIGHT - M.bottom + 18}" text-anchor="middle" class="tick">${yr}</text>`,
      );
  }
  parts.push(
    `<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom}" class="axis"/>`,
  );
  // Bands: end-of-year status drawn at the year's end.
  type P = TimelineBand['points'][number];
  const bandArea = area<P>()
    .digits(1)
    .defined((d) => d.known)
    .x((d) => x(d.year + 1))
    .y0((d) => y(d.min))
    .y1((d) => y(d.max));
  // The "at least" line is left out where it would sit at 0 only because statuses are
  // unknown: a line at 0 reads as "none", and unknown is not zero.
  const minLine = line<P>()
    .digits(1)
    .defined((d) => d.known && (d.min > 0 || d.max === d.min))
    .x((d) => x(d.year + 1))
    .y((d) => y(d.min));
  for (const b of input.bands) {
    const st = SERIES_STYLE[b.key] ?? SERIES_STYLE['unspecified']!;
    if (!b.points.some((p) => p.known)) continue;
    parts.push(`<g class="band" data-series="${esc(b.key)}">`);
    if (b.band)
      parts.push(
        `<path d="${bandArea(b.points)}" fill="${st.color}" fill-opacity="0.12" stroke="none"/>`,
      );
    const d = minLine(b.points);
    if (d)
      parts.push(
        `<path d="${d}" fill="none" stroke="${st.color}" stroke-width="2"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`,
      );
    parts.push('</g>');
  }
  for (const m of input.markers) {
    const st = SERIES_STYLE[m.key] ?? SERIES_STYLE['unspecified']!;
    parts.push(
      `<path d="${markerPath(st.shape, x(m.x), y(m.value))}" fill="#fff" stroke="${st.color}" stroke-width="2" class="marker"><title>${esc(m.label)}</title></path>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Fractional year for a partial ISO date; a bare year sits mid-year. */
export function fractionalYear(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + d / 366;
}
