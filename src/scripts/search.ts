// Search page behaviour: loads Pagefind only when the box is focused or a query is given,
// searches every đ-spelling of the query and merges by score, announces the result count.
import { dVariants, normalizeQuery, titleBoost } from '../lib/search/fold.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (m: Pagefind) => {
    // Repeated mentions count for less, so a unit's own page outranks long stories that name it often.
    await m.options({ excerptLength: 20, ranking: { termFrequency: 0.3 } });
    return m;
  });
  return loading;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const help = document.querySelector<HTMLElement>('#search-help');
const selects = [...document.querySelectorAll<HTMLSelectElement>('[data-filter]')];

async function run(raw: string): Promise<void> {
  if (!list || !status || !help) return;
  const q = normalizeQuery(raw);
  list.replaceChildren();
  help.hidden = true;
  if (!q) {
    status.textContent = 'Nhập từ cần tìm.';
    return;
  }
  status.textContent = 'Đang tìm…';
  const pf = await load();
  const filters: Record<string, string> = {};
  for (const s of selects) if (s.value) filters[s.dataset['filter']!] = s.value;
  const searches = await Promise.all(dVariants(q).map((v) => pf.search(v, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const { results } of searches) {
    for (const r of results) {
      const prev = best.get(r.id);
      if (!prev || r.score > prev.score) best.set(r.id, r);
    }
  }
  // Load the best 30, boost those whose title is the query, show 20.
  const top = [...best.values()].sort((a, b) => b.score - a.score).slice(0, 30);
  const loaded = await Promise.all(top.map(async (r) => ({ r, d: await r.data() })));
  const data = loaded
    .map(({ r, d }) => ({ d, score: r.score * titleBoost(d.meta['title'] ?? '', q) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 20)
    .map((x) => x.d);
  for (const d of data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta['title'] ?? d.url;
    const info = document.createElement('p');
    info.className = 'source';
    info.textContent = [d.meta['loai'], d.meta['huyen']].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.innerHTML = d.excerpt; // Pagefind escapes page text; only <mark> is markup.
    li.append(a, info, excerpt);
    list.append(li);
  }
  status.textContent = data.length ? `${data.length} kết quả cho «${raw.trim()}».` : `Không có kết quả cho «${raw.trim()}».`;
  help.hidden = data.length > 0;
}

if (form && input) {
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    for (const s of selects) {
      if (s.value) url.searchParams.set(s.name, s.value);
      else url.searchParams.delete(s.name);
    }
    history.replaceState(null, '', url);
    void run(input.value);
  });
  for (const s of selects) s.addEventListener('change', () => { if (input.value) void run(input.value); });
  const params = new URLSearchParams(location.search);
  for (const s of selects) s.value = params.get(s.name) ?? '';
  const q = params.get('q');
  if (q) {
    input.value = q;
    void run(q);
  }
  document.querySelector('#search-nojs')?.setAttribute('hidden', '');
}
