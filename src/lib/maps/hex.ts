// Hex tile map geometry: pointy-top hexagons in "odd-r" offset rows (odd rows shifted right
// by half a tile). Pure: layout in, tile centres, outlines and district borders out.
export interface Tile {
  code: string;
  col: number;
  row: number;
  district: string;
}

export const SQRT3 = Math.sqrt(3);

export function centre(col: number, row: number, r: number): { x: number; y: number } {
  return { x: r * SQRT3 * (col + (row & 1 ? 0.5 : 0)) + (r * SQRT3) / 2, y: r * 1.5 * row + r };
}

/** Corner k (0 = top, clockwise) of a pointy-top hexagon. */
export function corner(cx: number, cy: number, r: number, k: number): [number, number] {
  const a = (Math.PI / 180) * (60 * k - 90);
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Relative step between two rounded points: "v9" for vertical edges, else "l7.8,4.5" (short markup on every map). */
function step(a: readonly number[], b: readonly number[]): string {
  const dx = round1(b[0]! - a[0]!);
  const dy = round1(b[1]! - a[1]!);
  return dx === 0 ? `v${dy}` : `l${dx},${dy}`;
}

export function hexPath(cx: number, cy: number, r: number): string {
  const pts = [0, 1, 2, 3, 4, 5].map((k) => corner(cx, cy, r, k).map(round1));
  return `M${pts[0]!.join(',')}${pts
    .slice(1)
    .map((p, i) => step(pts[i]!, p))
    .join('')}z`;
}

/** Neighbour in direction k (edge between corners k and k+1) for odd-r offset coordinates. */
export function neighbour(col: number, row: number, k: number): [number, number] {
  const odd = row & 1;
  // Edges clockwise from the top-right: NE, E, SE, SW, W, NW.
  const deltas: [number, number][] = odd
    ? [
        [1, -1],
        [1, 0],
        [1, 1],
        [0, 1],
        [-1, 0],
        [0, -1],
      ]
    : [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 1],
        [-1, 0],
        [-1, -1],
      ];
  const [dc, dr] = deltas[k]!;
  return [col + dc, row + dr];
}

/** Path of every tile edge that faces another district or empty space: the thick borders. */
export function districtBorders(tiles: readonly Tile[], r: number): string {
  const at = new Map(tiles.map((t) => [`${t.col},${t.row}`, t]));
  const parts: string[] = [];
  for (const t of tiles) {
    const { x, y } = centre(t.col, t.row, r);
    for (let k = 0; k < 6; k++) {
      const [nc, nr] = neighbour(t.col, t.row, k);
      const n = at.get(`${nc},${nr}`);
      if (n && n.district === t.district) continue;
      const a = corner(x, y, r, k).map(round1);
      const b = corner(x, y, r, (k + 1) % 6).map(round1);
      parts.push(`M${a.join(',')}${step(a, b)}`);
    }
  }
  return parts.join('');
}

export function extent(tiles: readonly Tile[], r: number): { width: number; height: number } {
  const maxCol = Math.max(...tiles.map((t) => t.col + (t.row & 1 ? 0.5 : 0)));
  const maxRow = Math.max(...tiles.map((t) => t.row));
  return {
    width: Math.ceil(r * SQRT3 * (maxCol + 1) + 2),
    height: Math.ceil(r * 1.5 * maxRow + 2 * r + 2),
  };
}

/** Bounding box (viewBox) of some tiles, for a map cropped to part of the grid. */
export function bounds(
  tiles: readonly Tile[],
  r: number,
): { x: number; y: number; width: number; height: number } {
  const cs = tiles.map((t) => centre(t.col, t.row, r));
  const x = Math.floor(Math.min(...cs.map((c) => c.x)) - (r * SQRT3) / 2 - 1);
  const y = Math.floor(Math.min(...cs.map((c) => c.y)) - r - 1);
  return {
    x,
    y,
    width: Math.ceil(Math.max(...cs.map((c) => c.x)) + (r * SQRT3) / 2 + 1) - x,
    height: Math.ceil(Math.max(...cs.map((c) => c.y)) + r + 1) - y,
  };
}

/** Short label for a tile: initials of the name, e.g. "Tân Thông Hội" → "TTH". */
export function initials(shortName: string): string {
  return shortName
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}
