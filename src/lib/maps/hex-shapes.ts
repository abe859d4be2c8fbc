// The hex map's drawn shapes for one crop and tile size, computed once per build: every commune
// page of a district draws the same tiles and borders, only the highlight and colours differ.
import { localUnitsIn } from '../site-data.ts';
import type { UnitOut } from '../stats/types.ts';
import { bounds, centre, districtBorders, extent, hexPath, type Tile } from './hex.ts';

export interface HexShapes {
  /** The communes and towns drawn, in unit order. */
  locals: UnitOut[];
  viewBox: string;
  /** Per unit of `locals`: tile centre and outline path. */
  tiles: { x: number; y: number; d: string }[];
  borders: string;
}

const cache = new Map<string, HexShapes>();

/** `within`: a district code to crop to, or undefined for the whole grid. */
export function hexShapes(within: string | undefined, radius: number): HexShapes {
  const key = `${within ?? ''} ${radius}`;
  let s = cache.get(key);
  if (s) return s;
  const locals = localUnitsIn(within).filter((u) => u.tile);
  const tiles: Tile[] = locals.map((u) => ({
    code: u.code,
    col: u.tile!.col,
    row: u.tile!.row,
    district: u.districtCode ?? '',
  }));
  const size = extent(tiles, radius);
  s = {
    locals,
    viewBox:
      within === undefined
        ? `0 0 ${size.width} ${size.height}`
        : (({ x, y, width, height }) => `${x} ${y} ${width} ${height}`)(bounds(tiles, radius)),
    tiles: locals.map((u) => {
      const { x, y } = centre(u.tile!.col, u.tile!.row, radius);
      return { x, y, d: hexPath(x, y, radius - 1) };
    }),
    borders: districtBorders(tiles, radius),
  };
  cache.set(key, s);
  return s;
}
