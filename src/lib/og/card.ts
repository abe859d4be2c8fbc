// Open Graph share card (1200×630). All text is converted to glyph outlines so
// rasterising needs no system fonts and renders the same on every machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import sharp from 'sharp';

export interface OgCard {
  title: string;
  label?: string;
  figure?: string;
  siteName: string;
  synthetic: boolean;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const SYNTHETIC_TEXT = 'DỮ LIỆU MẪU – không phải số liệu thật';

const COLOR = {
  bg: '#ffffff',
  ink: '#1b1b1b',
  accent: '#1b6a34',
  warnBg: '#7a1f00',
  onDark: '#ffffff',
};
const PAD_X = 80;
const CONTENT_W = OG_WIDTH - 2 * PAD_X;
const ELLIPSIS = '…';

export type Weight = 400 | 700;

interface Face {
  font: fontkit.Font;
  em: number; // 1 / unitsPerEm, to work in em units
  outlines: Map<number, number[]>; // glyph id → flattened commands in em units
}

// Latin first: it holds the basic letters; the Vietnamese subset adds precomposed letters.
type FaceSet = readonly [latin: Face, vietnamese: Face];
let fonts: Record<Weight, FaceSet> | undefined;

/** Every font file the card reads, per weight (Latin, Vietnamese). The share-image cache hashes these. */
export const OG_FONT_FILES: Record<Weight, readonly [latin: string, vietnamese: string]> = {
  400: ['be-vietnam-pro-latin-400-normal.woff', 'be-vietnam-pro-vietnamese-400-normal.woff'],
  700: ['be-vietnam-pro-latin-700-normal.woff', 'be-vietnam-pro-vietnamese-700-normal.woff'],
};

/** Absolute path of one of OG_FONT_FILES. */
export function ogFontPath(file: string): string {
  return createRequire(import.meta.url).resolve(`@fontsource/be-vietnam-pro/files/${file}`);
}

function loadFace(file: string): Face {
  const font = fontkit.create(readFileSync(ogFontPath(file))) as fontkit.Font;
  return { font, em: 1 / font.unitsPerEm, outlines: new Map() };
}

function faces(weight: Weight): FaceSet {
  fonts ??= {
    400: [loadFace(OG_FONT_FILES[400][0]), loadFace(OG_FONT_FILES[400][1])],
    700: [loadFace(OG_FONT_FILES[700][0]), loadFace(OG_FONT_FILES[700][1])],
  };
  return fonts[weight];
}

/** Glyph id that would draw this code point (0 = .notdef), and from which subset. For tests. */
export function glyphFor(
  codePoint: number,
  weight: Weight = 700,
): { id: number; subset: 'latin' | 'vietnamese' } | null {
  const [latin, vi] = faces(weight);
  if (latin.font.hasGlyphForCodePoint(codePoint))
    return { id: latin.font.glyphForCodePoint(codePoint).id, subset: 'latin' };
  if (vi.font.hasGlyphForCodePoint(codePoint))
    return { id: vi.font.glyphForCodePoint(codePoint).id, subset: 'vietnamese' };
  return null;
}

/** NFC, no invisible format characters (soft hyphen, ZWJ…), single spaces; no-break spaces stay unbreakable. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u2007\u202f]/gu, '\u00a0')
    .replace(/[^\S\u00a0]+/gu, ' ')
    .trim();
}

// ---- shaping -------------------------------------------------------------

interface PlacedGlyph {
  face: Face;
  id: number;
  x: number;
  y: number;
}
interface Shaped {
  glyphs: PlacedGlyph[];
  width: number;
}

const shapeCache = new Map<string, Shaped>();

const has = (face: Face, ch: string) => face.font.hasGlyphForCodePoint(ch.codePointAt(0)!);

/** Split into same-font runs by glyph coverage, then let fontkit shape (kerning, marks) each run. */
function shape(text: string, weight: Weight): Shaped {
  const key = `${weight}\u0000${text}`;
  const hit = shapeCache.get(key);
  if (hit) return hit;
  const [latin, vi] = faces(weight);
  const runs: { face: Face; text: string }[] = [];
  for (const ch of text) {
    const prev = runs.at(-1);
    let face: Face;
    let chars = ch;
    if (prev && /\p{M}/u.test(ch) && has(prev.face, ch))
      face = prev.face; // keep marks with their base
    else if (has(latin, ch)) face = latin;
    else if (has(vi, ch)) face = vi;
    else {
      // Uncovered precomposed letter: try base + combining marks (GPOS positions them).
      const parts = [...ch.normalize('NFD')];
      const f = [latin, vi].find((c) => parts.every((p) => has(c, p)));
      if (f) {
        face = f;
        chars = parts.join('');
      } else {
        face = latin;
        chars = '?';
      }
    }
    if (prev && prev.face === face) prev.text += chars;
    else runs.push({ face, text: chars });
  }
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  for (const run of runs) {
    const laid = run.face.font.layout(run.text);
    const s = run.face.em;
    laid.glyphs.forEach((g, i) => {
      const p = laid.positions[i]!;
      glyphs.push({ face: run.face, id: g.id, x: pen + p.xOffset * s, y: p.yOffset * s });
      pen += p.xAdvance * s;
    });
  }
  const shaped = { glyphs, width: pen };
  shapeCache.set(key, shaped);
  return shaped;
}

// Lines are shaped word by word (cached) and joined with the space advance, so
// wrapping at any font size never re-shapes text and drawing matches measuring.
function shapeLine(text: string, weight: Weight): Shaped {
  if (!text.includes(' ')) return shape(text, weight);
  const space = shape(' ', weight).width;
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  text.split(' ').forEach((word, i) => {
    if (i > 0) pen += space;
    const w = shape(word, weight);
    for (const g of w.glyphs) glyphs.push({ ...g, x: g.x + pen });
    pen += w.width;
  });
  return { glyphs, width: pen };
}

/** Advance width in em units. */
export function measure(text: string, weight: Weight): number {
  if (!text.includes(' ')) return shape(text, weight).width;
  const space = shape(' ', weight).width;
  return text
    .split(' ')
    .reduce((w, word, i) => w + (i > 0 ? space : 0) + shape(word, weight).width, 0);
}

// Command codes for the flattened outline cache.
const M = 0,
  L = 1,
  Q = 2,
  C = 3,
  Z = 4;
const CMD = { moveTo: M, lineTo: L, quadraticCurveTo: Q, bezierCurveTo: C, closePath: Z } as const;
const LETTER = ['M', 'L', 'Q', 'C', 'Z'] as const;
const ARITY = [2, 2, 4, 6, 0] as const;

function outline(face: Face, id: number): number[] {
  let out = face.outlines.get(id);
  if (!out) {
    out = [];
    for (const c of face.font.getGlyph(id).path.commands) {
      out.push(CMD[c.command]);
      for (const a of c.args) out.push(a * face.em);
    }
    face.outlines.set(id, out);
  }
  return out;
}

// Two decimals: sub-pixel precise and stable across runs.
const n = (v: number) => String(Math.round(v * 100) / 100);

/** SVG path data for a line of text with its baseline at (x, y), size in px. */
function textPath(text: string, weight: Weight, size: number, x: number, y: number): string {
  const parts: string[] = [];
  for (const g of shapeLine(text, weight).glyphs) {
    const ox = x + g.x * size;
    const oy = y - g.y * size;
    const cmds = outline(g.face, g.id);
    for (let i = 0; i < cmds.length;) {
      const code = cmds[i++]!;
      let seg: string = LETTER[code]!;
      for (let k = 0; k < ARITY[code]!; k += 2) {
        // Font y grows upwards, SVG y downwards.
        seg += `${n(ox + cmds[i + k]! * size)} ${n(oy - cmds[i + k + 1]! * size)} `;
      }
      i += ARITY[code]!;
      parts.push(seg.trimEnd());
    }
  }
  return parts.join('');
}

// ---- wrapping ------------------------------------------------------------

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const graphemes = (s: string) => Array.from(segmenter.segment(s), (x) => x.segment);

export interface Wrapped {
  lines: string[];
  truncated: boolean;
  broken: boolean;
}

/** Greedy wrap by measured advances; maxWidth in em units. Over-long words are split by grapheme. */
export function wrapText(
  text: string,
  weight: Weight,
  maxWidth: number,
  maxLines: number,
): Wrapped {
  let broken = false;
  const tokens: { text: string; space: boolean }[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    if (measure(word, weight) <= maxWidth) {
      tokens.push({ text: word, space: true });
      continue;
    }
    broken = true;
    let chunk = '';
    let first = true;
    for (const g of graphemes(word)) {
      if (chunk && measure(chunk + g, weight) > maxWidth) {
        tokens.push({ text: chunk, space: first });
        first = false;
        chunk = '';
      }
      chunk += g;
    }
    if (chunk) tokens.push({ text: chunk, space: first });
  }
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const candidate = line ? line + (t.space ? ' ' : '') + t.text : t.text;
    if (!line || measure(candidate, weight) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = t.text;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false, broken };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1]!, weight, maxWidth);
  return { lines: kept, truncated: true, broken };
}

/** Trim a line until "line…" fits: whole words first, then graphemes. */
function ellipsize(line: string, weight: Weight, maxWidth: number): string {
  let s = line;
  const done = () => measure(s.replace(/[\s,.;:–—-]+$/u, '') + ELLIPSIS, weight) <= maxWidth;
  while (s && !done()) {
    const cut = s.lastIndexOf(' ');
    s = cut > 0 ? s.slice(0, cut) : graphemes(s).slice(0, -1).join('');
  }
  return s.replace(/[\s,.;:–—-]+$/u, '') + ELLIPSIS;
}

interface Block {
  lines: string[];
  size: number;
  weight: Weight;
  lineHeight: number;
  color: string;
}

/**
 * Largest size in [floor, max] (step 2) whose wrap needs no word split and no ellipsis;
 * below `min` only a split word is a reason to keep shrinking, ellipsis is accepted.
 */
function fit(
  text: string,
  weight: Weight,
  o: { max: number; min: number; floor: number; lines: number; width: number },
): { lines: string[]; size: number; truncated: boolean } {
  let last: { lines: string[]; size: number; truncated: boolean } | undefined;
  for (let size = o.max; size >= o.floor - 1e-9; size -= 2) {
    const w = wrapText(text, weight, o.width / size, o.lines);
    last = { lines: w.lines, size, truncated: w.truncated };
    if (!w.broken && (!w.truncated || size <= o.min)) return last;
  }
  return last ?? { lines: [], size: o.floor, truncated: false };
}

// ---- layout --------------------------------------------------------------

// Room above the first baseline / below the last one, in em: covers lowercase
// stacked marks (ẫ ≈ .94) and descenders (≈ .25); stacked capitals reach 1.15.
const ASC = 0.96;
const DESC = 0.26;
const blockHeight = (b: Block) => b.size * (ASC + DESC + (b.lines.length - 1) * b.lineHeight);

function layoutBlocks(card: OgCard, k: number): { blocks: Block[]; gaps: number[] } {
  const title = cleanText(card.title);
  const figure = card.figure ? cleanText(card.figure) : '';
  const label = figure && card.label ? cleanText(card.label) : '';
  if (!figure) {
    const t = fit(title, 700, { max: 80 * k, min: 60 * k, floor: 32, lines: 3, width: CONTENT_W });
    return { blocks: [{ ...t, weight: 700, lineHeight: 1.2, color: COLOR.ink }], gaps: [] };
  }
  const blocks: Block[] = [];
  const gaps: number[] = [];
  let f = fit(figure, 700, {
    max: 140 * k,
    min: 140 * k,
    floor: 72 * k,
    lines: 1,
    width: CONTENT_W,
  });
  if (f.truncated)
    f = fit(figure, 700, { max: 72 * k, min: 56 * k, floor: 40, lines: 2, width: CONTENT_W });
  blocks.push({ ...f, weight: 700, lineHeight: 1.1, color: COLOR.accent });
  if (label) {
    const l = fit(label, 400, { max: 40 * k, min: 40 * k, floor: 24, lines: 2, width: CONTENT_W });
    gaps.push(6 * k);
    blocks.push({ ...l, weight: 400, lineHeight: 1.3, color: COLOR.ink });
  }
  const t = fit(title, 700, { max: 56 * k, min: 56 * k, floor: 28, lines: 3, width: CONTENT_W });
  gaps.push(40 * k);
  blocks.push({ ...t, weight: 700, lineHeight: 1.32, color: COLOR.ink });
  return { blocks, gaps };
}

/** 1200×630 SVG with every piece of text as outlines. Same card → same string. */
export function ogCardSvg(card: OgCard): string {
  const band = card.synthetic ? 64 : 0;
  const top = 116;
  const bottom = OG_HEIGHT - band - (band ? 36 : 52);
  const avail = bottom - top;

  // Shrink everything together until the stack fits the free area.
  let k = 1;
  let laid = layoutBlocks(card, k);
  const total = (l: typeof laid) =>
    l.blocks.reduce((h, b) => h + blockHeight(b), 0) + l.gaps.reduce((a, b) => a + b, 0);
  while (total(laid) > avail && k > 0.55) {
    k = Math.round((k - 0.05) * 100) / 100;
    laid = layoutBlocks(card, k);
  }

  const paths = new Map<string, string[]>();
  const draw = (color: string, d: string) => {
    if (d) paths.set(color, [...(paths.get(color) ?? []), d]);
  };

  const site = cleanText(card.siteName);
  draw(COLOR.accent, textPath(site, 700, 30, PAD_X, 74));

  let y = top + Math.max(0, (avail - total(laid)) / 2);
  laid.blocks.forEach((b, i) => {
    if (i > 0) y += laid.gaps[i - 1]!;
    b.lines.forEach((line, j) =>
      draw(b.color, textPath(line, b.weight, b.size, PAD_X, y + b.size * (ASC + j * b.lineHeight))),
    );
    y += blockHeight(b);
  });

  const shapes: string[] = [
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLOR.bg}"/>`,
    `<rect width="24" height="${OG_HEIGHT}" fill="${COLOR.accent}"/>`,
    `<rect x="${PAD_X}" y="94" width="${CONTENT_W}" height="3" fill="${COLOR.accent}"/>`,
  ];
  for (const [color, ds] of paths) shapes.push(`<path fill="${color}" d="${ds.join('')}"/>`);
  if (card.synthetic) {
    const y0 = OG_HEIGHT - band;
    const size = Math.min(32, (CONTENT_W / measure(SYNTHETIC_TEXT, 700)) | 0);
    const x = (OG_WIDTH - measure(SYNTHETIC_TEXT, 700) * size) / 2;
    shapes.push(
      `<rect data-synthetic-band="" y="${y0}" width="${OG_WIDTH}" height="${band}" fill="${COLOR.warnBg}"/>`,
      `<path fill="${COLOR.onDark}" d="${textPath(SYNTHETIC_TEXT, 700, size, x, y0 + band / 2 + size * 0.36)}"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">${shapes.join('')}</svg>`;
}

/** The card as a 1200×630 PNG; deterministic (no metadata, fixed encoder settings). */
export async function ogCardPng(card: OgCard): Promise<Buffer> {
  // 72 dpi = 1 SVG unit per pixel, so the width/height attributes give 1200×630.
  // The card is opaque: RGB instead of RGBA is ~8% smaller and never shows as black.
  return sharp(Buffer.from(ogCardSvg(card)), { density: 72 })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
