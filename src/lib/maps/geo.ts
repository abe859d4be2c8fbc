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
/** Degrees of longitude are this much shorter than degrees of latitude here; the local plane scales x by it. */
export const LON_SCALE = Math.cos((LAT0 * Math.PI) / 180);

/** A circle of radius r (degrees of latitude) on the local plane, as a closed 32-gon. */
export function disc(lon: number, lat: number, r: number, n = 32): Ring {
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    ring.push([lon + (r * Math.cos(a)) / LON_SCALE, lat + r * Math.sin(a)]);
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
export function clipRegion(
  seeds: readonly Seed[],
  outline: MultiPolygon,
): { region: MultiPolygon; outside: string[] } {
  const city = { type: 'MultiPolygon' as const, coordinates: rewindForD3(outline) };
  const outside = seeds.filter((s) => !geoContains(city, [s.lon, s.lat]));
  if (!outside.length) return { region: outline, outside: [] };
  const region = union(
    outline,
    ...outside.map((s) => [disc(s.lon, s.lat, OUTLINE_TOLERANCE_DEG)] as Geom),
  ) as MultiPolygon;
  return { region, outside: outside.map((s) => s.code) };
}

/** Twice the signed planar area of an open or closed ring (positive when counter-clockwise). */
function signedArea2(ring: Ring): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return s;
}

function open(ring: Ring): Ring {
  const a = ring[0];
  const b = ring.at(-1);
  return ring.length > 1 && a && b && a[0] === b[0] && a[1] === b[1] ? ring.slice(0, -1) : ring;
}

/**
 * Sutherland–Hodgman: the part of `subject` inside the convex ring `clip`, as a closed ring
 * (empty when they do not overlap). Exact when both are convex, as a Voronoi cell and a disc are;
 * it is far cheaper than a general polygon clipper.
 */
export function clipConvex(subject: Ring, clip: Ring): Ring {
  const c = open(clip);
  const sign = signedArea2(c) < 0 ? -1 : 1;
  let out = open(subject);
  for (let i = 0; i < c.length && out.length; i++) {
    const a = c[i]!;
    const b = c[(i + 1) % c.length]!;
    const side = (p: [number, number]) =>
      sign * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
    const input = out;
    out = [];
    for (let k = 0; k < input.length; k++) {
      const p = input[k]!;
      const q = input[(k + 1) % input.length]!;
      const sp = side(p);
      const sq = side(q);
      if (sp >= 0) out.push(p);
      if (sp >= 0 !== sq >= 0 && sp !== 0 && sq !== 0) {
        const t = sp / (sp - sq);
        out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    }
  }
  out = out.filter((p, i) => {
    const q = out[(i + 1) % out.length]!;
    return p[0] !== q[0] || p[1] !== q[1];
  });
  return out.length >= 3 ? [...out, out[0]!] : [];
}

/** Even-odd point-in-polygon on the lon/lat plane, the plane polyclip-ts also clips in. */
export function containsPoint(mp: MultiPolygon, [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (const poly of mp) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

type Box = [number, number, number, number];

function boxOf(points: Iterable<[number, number]>): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The outline cut into quadrants, lazily: `near(box)` returns the outline inside the smallest
 * quadrant that holds the box, so each clip sees a few vertices, not the whole outline.
 */
function outlineQuadtree(outline: MultiPolygon): (box: Box) => MultiPolygon {
  interface Node {
    box: Box;
    shape: MultiPolygon;
    kids: (Node | undefined)[];
  }
  const root: Node = { box: boxOf(outline.flat(2)), shape: outline, kids: [] };
  const size = (mp: MultiPolygon) =>
    mp.reduce((n, poly) => n + poly.reduce((m, r) => m + r.length, 0), 0);
  return (box) => {
    let node = root;
    for (let depth = 0; depth < 16 && size(node.shape) > 24; depth++) {
      const [x0, y0, x1, y1] = node.box;
      const mx = (x0 + x1) / 2;
      const my = (y0 + y1) / 2;
      const east = box[0] >= mx ? 1 : box[2] <= mx ? 0 : -1;
      const north = box[1] >= my ? 1 : box[3] <= my ? 0 : -1;
      if (east < 0 || north < 0) break;
      const k = east + 2 * north;
      let kid = node.kids[k];
      if (!kid) {
        const b: Box = [east ? mx : x0, north ? my : y0, east ? x1 : mx, north ? y1 : my];
        const square: Ring = [
          [b[0], b[1]],
          [b[2], b[1]],
          [b[2], b[3]],
          [b[0], b[3]],
          [b[0], b[1]],
        ];
        kid = {
          box: b,
          shape: intersection(node.shape, [square] as Geom),
          kids: [],
        };
        node.kids[k] = kid;
      }
      node = kid;
    }
    return node.shape;
  };
}

/**
 * One cell per seed. Each Voronoi cell is first cut to the disc around its point (both convex,
 * so exactly and cheaply); only a piece that an outline edge passes near goes through the
 * general clipper, with just the part of the outline around it. Clipping every cell against the whole
 * outline took most of a 1,000-commune build and ran out of memory at 10,000.
 */
export function voronoiCells(seeds: readonly Seed[], outline: MultiPolygon): Cell[] {
  const all = boxOf(outline.flat(2));
  const pad = 0.2;
  const bounds: Box = [
    (all[0] - pad) * LON_SCALE,
    all[1] - pad,
    (all[2] + pad) * LON_SCALE,
    all[3] + pad,
  ];
  const delaunay = Delaunay.from(
    seeds,
    (s) => s.lon * LON_SCALE,
    (s) => s.lat,
  );
  const voronoi = delaunay.voronoi(bounds);
  const near = outlineQuadtree(outline);
  const edges = outline.flatMap((poly) =>
    poly.flatMap((ring) => ring.slice(1).map((p, i) => boxOf([ring[i]!, p]))),
  );
  return seeds.map((s, i) => {
    const poly = voronoi.cellPolygon(i);
    const cell: Ring = poly ? poly.map(([x, y]) => [x / LON_SCALE, y] as [number, number]) : [];
    const piece = cell.length ? clipConvex(cell, disc(s.lon, s.lat, MAX_RADIUS_DEG)) : [];
    let clipped: MultiPolygon = [];
    if (piece.length) {
      const box = boxOf(piece);
      if (!edges.some((e) => overlaps(e, box))) {
        // No outline edge nearby: the piece is wholly inside or wholly outside.
        if (containsPoint(outline, piece[0]!)) clipped = [[piece]];
      } else {
        try {
          clipped = intersection(near(box), [piece] as Geom);
        } catch (err) {
          throw new Error(
            `approximate map: clipping the cell of unit ${s.code} (${s.lon}, ${s.lat}) to the outline failed: ${(err as Error).message}`,
            { cause: err },
          );
        }
      }
    }
    return {
      code: s.code,
      geometry: { type: 'MultiPolygon' as const, coordinates: rewindForD3(clipped) },
    };
  });
}
