// Search page behaviour. Results follow the typing: unit names answer from a small list
// (src/lib/search/units.ts, fetched in parts by src/scripts/unit-list.ts), painted in the same
// task as the keystroke once the query's part is here. A query the unit names answer stops
// there, with a button that adds the full-text search (?toan-van=1): Pagefind's files cost
// 107–195 KB on the wire (its WebAssembly, scripts, and index chunks of about 25 KB each;
// its page list alone is 62 KB at 10,000 communes), while a unit name costs a few KB. Any other
// query, or one a unit-name search cannot answer (a page-type filter), goes to Pagefind at once,
// which adds pages as soon as it has them. Pagefind runs in its worker, so its start and its
// searches never hold a keystroke back, and fetches the excerpts of the results it shows, ten at
// a time. The URL (?q=) follows the query, one history entry per query the reader settled on,
// so links and the back button work. On an English page (<html lang="en">) Pagefind loads its
// English index by itself; the words and the unit list follow.
import {
  dVariants,
  normalizeQuery,
  sectionBoost,
  titleBoost,
  type Section,
} from '../lib/search/fold.ts';
import { matchUnits, unitHitInfo, type UnitHit } from '../lib/search/units.ts';
import { SEARCH_WORDS, pageLang } from '../lib/search/words.ts';
import { loadUnits, type Units } from './unit-list.ts';

const W = SEARCH_WORDS[pageLang()];
/** English search ranks its own way (below: page length, section headings), so a glossary term leads to its entry; Vietnamese search ranks as before. */
const ENGLISH = pageLang() === 'en';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string>;
    sub_results?: Section[];
  }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (
    q: string,
    o?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Excerpts fetched per step: each is a request, so only what is shown. */
const PAGE = 10;
/** The URL follows the query once typing pauses this long (a search itself starts at once). */
const URL_DELAY_MS = 300;
/** After this long without typing, the query is settled: the next one gets its own history entry. */
const SETTLE_MS = 1000;

let loading: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (m: Pagefind) => {
    // Vietnamese: repeated mentions count for less, so a unit's own page outranks long stories that name it often.
    // English: long reference pages (the glossary, the sources) are not held back by their length,
    // so a term leads to its entry (unit names are answered from the unit list first anyway).
    // In its worker (Pagefind's default): on the page's thread, its start and searches held
    // keystrokes back by 100 ms and more.
    await m.options({
      excerptLength: 20,
      ranking: ENGLISH ? { pageLength: 0.3 } : { termFrequency: 0.3 },
    });
    return m;
  });
  return loading;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const help = document.querySelector<HTMLElement>('#search-help');
const more = document.querySelector<HTMLButtonElement>('#search-more');
const fullTextButton = document.querySelector<HTMLButtonElement>('#search-fulltext');
const selects = [...document.querySelectorAll<HTMLSelectElement>('[data-filter]')];

const filters = (): Record<string, string> => {
  const f: Record<string, string> = {};
  for (const s of selects) if (s.value) f[s.dataset['filter']!] = s.value;
  return f;
};

function item(
  href: string,
  title: string,
  info: string,
  excerpt: { html?: string; text?: string },
): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = title;
  const p = document.createElement('p');
  p.className = 'source';
  p.textContent = info;
  li.append(a, p);
  if (excerpt.html !== undefined || excerpt.text) {
    const e = document.createElement('p');
    if (excerpt.html !== undefined)
      e.innerHTML = excerpt.html; // Pagefind escapes page text; only <mark> is markup.
    else e.textContent = excerpt.text!;
    li.append(e);
  }
  return li;
}

const unitItem = (h: UnitHit): HTMLLIElement =>
  item(h.url, h.name, unitHitInfo(h), { text: h.via ? W.became(h.via) : '' });

// One search at a time: a newer keystroke makes older results stale.
let seq = 0;
let ranked: PagefindResult[] = [];
let shown = 0;
let unitHits: UnitHit[] = [];
/** The reader asked for the full-text search too (the button, or ?toan-van=1): kept for the page's later queries and in the URL. */
let fullText = false;
const FULL_TEXT_PARAM = 'toan-van';

function setStatus(raw: string, count: number, final: boolean): void {
  if (!status || !help) return;
  const q = raw.trim();
  status.textContent = !final ? W.searching : count ? W.results(count, q) : W.none(q);
  help.hidden = !final || count > 0;
}

/** Unit names: synchronous, so with the query's part of the list here they follow every keystroke. */
function showUnits(raw: string, units: Units): void {
  if (!list) return;
  unitHits = matchUnits(units, raw, filters());
  list.replaceChildren(...unitHits.map(unitItem));
}

async function appendPages(id: number, q: string): Promise<number> {
  if (!list) return 0;
  const urls = new Set(unitHits.map((h) => h.url));
  const batch = ranked.slice(shown, shown + PAGE);
  shown += batch.length;
  const loaded = await Promise.all(batch.map(async (r) => ({ r, d: await r.data() })));
  if (id !== seq) return 0;
  // Boost pages whose title is the query, within what is loaded.
  const data = loaded
    .map(({ r, d }) => {
      if (!ENGLISH)
        return {
          d,
          href: d.url,
          title: d.meta['title'] ?? d.url,
          excerpt: d.excerpt,
          score: r.score * titleBoost(d.meta['title'] ?? '', q),
        };
      const { boost, section } = sectionBoost(d.meta['title'] ?? '', d.url, d.sub_results ?? [], q);
      const title = d.meta['title'] ?? d.url;
      return {
        d,
        href: section?.url ?? d.url,
        title: section ? `${title} › ${section.title}` : title,
        excerpt: section?.excerpt ?? d.excerpt,
        score: r.score * boost,
      };
    })
    .sort((a, b) => b.score - a.score);
  let added = 0;
  for (const { d, href, title, excerpt } of data) {
    if (urls.has(d.url)) continue;
    list.append(
      item(href, title, [d.meta['loai'], d.meta['huyen']].filter(Boolean).join(' · '), {
        html: excerpt,
      }),
    );
    added++;
  }
  if (more) more.hidden = shown >= ranked.length;
  return added;
}

async function run(raw: string): Promise<void> {
  if (!list || !status || !help) return;
  const id = ++seq;
  const q = normalizeQuery(raw);
  if (!q) {
    list.replaceChildren();
    if (more) more.hidden = true;
    if (fullTextButton) fullTextButton.hidden = true;
    status.textContent = W.empty;
    help.hidden = true;
    return;
  }
  // Asked for: Pagefind starts loading while the unit names are matched, not after.
  if (fullText) void load();
  const units = loadUnits(raw);
  if (Array.isArray(units)) showUnits(raw, units);
  else {
    const fetched = await units;
    if (id !== seq) return;
    showUnits(raw, fetched);
  }
  if (unitHits.length > 0 && !fullText) {
    // The names answer: Pagefind is not fetched for this query.
    ranked = [];
    shown = 0;
    if (more) more.hidden = true;
    if (fullTextButton) fullTextButton.hidden = false;
    status.textContent = W.namesOnly(unitHits.length, raw.trim());
    help.hidden = true;
    return;
  }
  if (fullTextButton) fullTextButton.hidden = true;
  setStatus(raw, unitHits.length, false);
  const pf = await load();
  const f = filters();
  // Every đ-spelling of the query (at most 4), merged by best score.
  const searches = await Promise.all(dVariants(q).map((v) => pf.search(v, { filters: f })));
  if (id !== seq) return;
  const best = new Map<string, PagefindResult>();
  for (const { results } of searches) {
    for (const r of results) {
      const prev = best.get(r.id);
      if (!prev || r.score > prev.score) best.set(r.id, r);
    }
  }
  ranked = [...best.values()].sort((a, b) => b.score - a.score);
  shown = 0;
  const added = await appendPages(id, q);
  if (id !== seq) return;
  setStatus(raw, unitHits.length + added, true);
}

/** The URL follows the query: a new entry for a new query, the same entry while it is typed. */
let settled = true;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
function syncUrl(raw: string): void {
  const url = new URL(location.href);
  url.searchParams.set('q', raw);
  if (fullText) url.searchParams.set(FULL_TEXT_PARAM, '1');
  else url.searchParams.delete(FULL_TEXT_PARAM);
  for (const s of selects) {
    if (s.value) url.searchParams.set(s.name, s.value);
    else url.searchParams.delete(s.name);
  }
  if (url.href === location.href) return;
  if (settled) history.pushState({ q: raw }, '', url);
  else history.replaceState({ q: raw }, '', url);
  settled = false;
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => (settled = true), SETTLE_MS);
}

function restoreFromUrl(): void {
  if (!input) return;
  const params = new URLSearchParams(location.search);
  for (const s of selects) s.value = params.get(s.name) ?? '';
  fullText = params.get(FULL_TEXT_PARAM) === '1';
  input.value = params.get('q') ?? '';
  void run(input.value);
}

if (form && input) {
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const raw = input.value;
    // Every keystroke searches; an older search's results are dropped when they arrive late.
    void run(raw);
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => syncUrl(raw), URL_DELAY_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(urlTimer);
    syncUrl(input.value);
    settled = true;
    void run(input.value);
  });
  for (const s of selects)
    s.addEventListener('change', () => {
      if (input.value) {
        syncUrl(input.value);
        void run(input.value);
      }
    });
  fullTextButton?.addEventListener('click', () => {
    fullText = true;
    syncUrl(input.value);
    settled = true;
    // The button is about to hide: the keyboard goes back to the box, not to the page's body.
    input.focus();
    void run(input.value);
  });
  more?.addEventListener('click', () => {
    const id = seq;
    void appendPages(id, normalizeQuery(input.value)).then((added) => {
      if (id === seq && status)
        status.textContent = W.results(list?.children.length ?? 0, input.value.trim());
      return added;
    });
  });
  addEventListener('popstate', restoreFromUrl);
  if (new URLSearchParams(location.search).get('q')) restoreFromUrl();
  document.querySelector('#search-nojs')?.setAttribute('hidden', '');
}
