// The header search box as a combobox of unit-name suggestions (WAI-ARIA APG "combobox with
// listbox popup", list autocomplete). Loaded on first focus; until then, and without
// JavaScript, the box is a plain form that submits to /tim-kiem/ (/en/search/ on English pages).
import { matchUnits, unitHitInfo, type UnitHit } from '../lib/search/units.ts';
import { SEARCH_WORDS, pageLang } from '../lib/search/words.ts';
import { loadUnits } from './unit-list.ts';

const MAX = 6;

export function attach(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.getAttribute('role') === 'combobox') return;
  const W = SEARCH_WORDS[pageLang()];
  const listId = `${input.id}-goi-y`;
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', W.suggestLabel);
  list.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  form.append(list, live);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('autocomplete', 'off');

  let hits: UnitHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i: number) => {
    active = i;
    for (const [j, li] of [...list.children].entries())
      li.setAttribute('aria-selected', String(j === i));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const go = (h: UnitHit) => location.assign(h.url);

  async function update(): Promise<void> {
    const value = input.value;
    // At once when the query's part of the unit list is here (every keystroke after the first few).
    const now = loadUnits(value);
    const units = Array.isArray(now) ? now : await now;
    if (value !== input.value) return;
    hits = matchUnits(units, value, {}, MAX);
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = document.createElement('li');
        li.id = `${listId}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.textContent = h.name;
        const info = document.createElement('span');
        info.className = 'source';
        info.textContent = ` ${unitHitInfo(h)}${h.via ? W.suggestBecame(h.via) : ''}`;
        li.append(name, info);
        // mousedown, not click: the input's blur would close the list first.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          go(h);
        });
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const open = hits.length > 0 && value.trim() !== '';
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    live.textContent =
      value.trim() === '' ? '' : hits.length ? W.suggestCount(hits.length) : W.suggestNone;
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) void update();
      else setActive(active + 1 < hits.length ? active + 1 : 0);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive(active > 0 ? active - 1 : hits.length - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      go(hits[active]!);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', close);
  if (input.value) void update();
}
