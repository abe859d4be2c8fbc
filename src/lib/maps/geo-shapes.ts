// The approximate map's drawn shapes, computed once per build and width: /ban-do/ and /en/map/
// draw the same cells, and each clip of every cell to the outline took about a second at 1,000
// communes. Same inputs, same strings: only the repeat is saved.
import { geoMercator, geoPath } from 'd3';
import { outline, units } from '../site-data.ts';
import { clipRegion, rewindForD3, voronoiCells } from './geo.ts';

export interface GeoShapes {
  height: number;
  /** Path of the area cells may cover (the city outline, plus discs around points just outside). */
  city: string;
  /** One cell per commune or town with a point, in unit order. */
  cells: { code: string; d: string }[];
}

function clip() {
  const seeds = units
    .filter((u) => (u.kind === 'commune' || u.kind === 'town') && u.point)
    .map((u) => ({ code: u.code, lon: u.point!.lon, lat: u.point!.lat }));
  const { region } = clipRegion(seeds, outline.geometry.coordinates);
  const city = {
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'MultiPolygon' as const, coordinates: rewindForD3(region) },
  };
  return { city, cells: voronoiCells(seeds, region) };
}

let clipped: ReturnType<typeof clip> | undefined;
const byWidth = new Map<number, GeoShapes>();

export function geoShapes(width: number): GeoShapes {
  let s = byWidth.get(width);
  if (s) return s;
  const { city, cells } = (clipped ??= clip());
  const height = Math.round(width * 1.1);
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [width - 8, height - 28],
    ],
    city,
  );
  const path = geoPath(projection).digits(1);
  s = {
    height,
    city: path(city) ?? '',
    cells: cells.map((c) => ({ code: c.code, d: path(c.geometry) ?? '' })),
  };
  byWidth.set(width, s);
  return s;
}
