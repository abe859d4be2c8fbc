// /ban-do/ and /en/map/: the year control and the switch between the two map views. Without it
// the page shows both maps and the table for the latest year. Category labels come from the page;
// the script's own words follow the page's edition.
import { CATEGORY_OF_CODE } from '../lib/maps/categories.ts';

const config = JSON.parse(document.getElementById('map-labels')?.textContent ?? '{}') as {
  firstYear: number;
  unknownHref: string;
  labels: Record<string, string>;
};
const form = document.getElementById('map-controls');
const year = document.getElementById('map-year') as HTMLInputElement | null;
const out = document.getElementById('map-year-out');
const status = document.getElementById('map-status');
const tableYear = document.getElementById('map-table-year');
const en = document.documentElement.lang === 'en';
// Vietnamese lower-cases the category ("đạt chuẩn ntm"); English keeps it, for "NTM" and "Advanced".
const tileText = (name: string, label: string, when: string | undefined) =>
  `${name}: ${en ? label : label.toLowerCase()}${when ? ` (${when})` : ''}`;
const showing = (y: number) => (en ? `Showing ${y}.` : `Đang hiển thị năm ${y}.`);

function show(y: number): void {
  const i = y - config.firstYear;
  for (const a of document.querySelectorAll<SVGAElement>('svg a.tile[data-cats]')) {
    const cat = CATEGORY_OF_CODE[a.dataset['cats']![i]!]!;
    const shape = a.querySelector('path')!;
    shape.setAttribute('class', `cat-${cat}`);
    shape.setAttribute('fill', `url(#pat-${cat})`);
    const when = (JSON.parse(a.dataset['when'] ?? '{}') as Record<string, string>)[cat];
    const label = tileText(a.dataset['name'] ?? '', config.labels[cat]!, when);
    a.setAttribute('aria-label', label);
    const title = a.querySelector('title');
    if (title) title.textContent = label;
  }
  for (const tr of document.querySelectorAll<HTMLTableRowElement>('#map-table tr[data-cats]')) {
    const cat = CATEGORY_OF_CODE[tr.dataset['cats']![i]!]!;
    const cell = tr.querySelector('.map-cat')!;
    // "No published data" stays a link to the open question, in every year.
    if (cat === 'unknown') {
      const a = document.createElement('a');
      a.className = 'no-data';
      a.href = config.unknownHref;
      a.textContent = config.labels[cat]!;
      cell.replaceChildren(a);
    } else cell.textContent = config.labels[cat]!;
  }
  if (out) out.textContent = String(y);
  if (tableYear) tableYear.textContent = String(y);
  if (status) status.textContent = showing(y);
}

function view(v: string): void {
  for (const f of document.querySelectorAll<HTMLElement>('.map-figure')) {
    f.hidden = f.dataset['view'] !== v;
    f.toggleAttribute('data-active', !f.hidden);
  }
}

if (form && year) {
  form.hidden = false;
  year.addEventListener('input', () => show(Number(year.value)));
  for (const r of form.querySelectorAll<HTMLInputElement>('input[name="view"]'))
    r.addEventListener('change', () => view(r.value));
  view('hex');
}
