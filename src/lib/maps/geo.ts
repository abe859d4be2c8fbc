// Approximate geographic map: Voronoi cells around each unit's approximate point, clipped to
// the public-domain Natural Earth city outline and to a disc around the point, so rural cells
// cannot spill into the urban core (which stays grey). These are not legal boundaries.
import { Delaunay, geoArea, geoContains } from 'd3';
import { intersection, union, type Geom } from 'polyclip-ts';

export type Ring = [number, number][];
export type MultiPolygon = Ring[][];

export interface Seed {
  code: string;
  lon: number;
  lat: number;
}

export interface Cell {
  code: string;
  geometry: { type: 'MultiPolygon'; coordinates: MultiPolygon };
}

/** Cells reach at most this far from their point (degrees of latitude, about 4.4 km). */
export const MAX_RADIUS_DEG = 0.04;

const LAT0 = 10.75;
const kx = Math.cos((LAT0 * Math.PI) / 180);

function disc(lon: number, lat: number, r: number, n = 32): Ring {
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    ring.push([lon + (r * Math.cos(a)) / kx, lat + r * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return ring;
}

/**
 * d3-geo wants clockwise exterior rings; GeoJSON (RFC 7946) and polyclip-ts give
 * counter-clockwise ones, which d3 reads as "the whole globe minus this polygon".
 */
export function rewindForD3(coordinates: MultiPolygon): MultiPolygon {
  return coordinates.map((poly) => {
    const area = geoArea({ type: 'Polygon', coordinates: poly });
    return area > 2 * Math.PI ? poly.map((ring) => [...ring].reverse()) : poly;
  });
}

/** Natural Earth 1:10m is generalised: a point up to this far outside it still gets a cell. */
export const OUTLINE_TOLERANCE_DEG = 0.03;

/**
 * The area cells may cover: the city outline, plus a small disc around any point that the
 * generalised outline leaves just outside (listed in `outside`, so it is never silent).
 */
export function clipRegion(seeds: readonly Seed[], outline: MultiPolygon): { region: MultiPolygon; outside: string[] } {
  const city = { type: 'MultiPolygon' as const, coordinates: rewindForD3(outline) };
  const outside = seeds.filter((s) => !geoContains(city, [s.lon, s.lat]));
  if (!outside.length) return { region: outline, outside: [] };
  const region = union(outline as Geom, ...outside.map((s) => [disc(s.lon, s.lat, OUTLINE_TOLERANCE_DEG)] as Geom)) as MultiPolygon;
  return { region, outside: outside.map((s) => s.code) };
}

export function voronoiCells(seeds: readonly Seed[], outline: MultiPolygon): Cell[] {
  const xs = outline.flat(2).map((p) => p[0]);
  const ys = outline.flat(2).map((p) => p[1]);
  const pad = 0.2;
  const bounds: [number, number, number, number] = [
    (Math.min(...xs) - pad) * kx, Math.min(...ys) - pad, (Math.max(...xs) + pad) * kx, Math.max(...ys) + pad,
  ];
  const delaunay = Delaunay.from(seeds, (s) => s.lon * kx, (s) => s.lat);
  const voronoi = delaunay.voronoi(bounds);
  return seeds.map((s, i) => {
    const poly = voronoi.cellPolygon(i);
    const cell: Ring = poly ? poly.map(([x, y]) => [x / kx, y] as [number, number]) : [];
    const clipped = cell.length
      ? (intersection(outline as Geom, [cell] as Geom, [disc(s.lon, s.lat, MAX_RADIUS_DEG)] as Geom) as MultiPolygon)
      : [];
    return { code: s.code, geometry: { type: 'MultiPolygon' as const, coordinates: rewindForD3(clipped) } };
  });
}
