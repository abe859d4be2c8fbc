// Map geometry: the outline and cells are small, properly wound polygons; every programme
// commune has one tile and one cell; cells do not overlap; points lie inside the outline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Delaunay, geoArea, geoContains } from 'd3';
import Papa from 'papaparse';
import { intersection, xor, type Geom } from 'polyclip-ts';
import { readDataset } from '../../scripts/lib/pipeline.ts';
import { categoryAt, categoryCodes, CATEGORY_OF_CODE } from '../../src/lib/maps/categories.ts';
import { districtBorders, neighbour, type Tile } from '../../src/lib/maps/hex.ts';
import { makeSynthetic } from '../../scripts/lib/synthetic.ts';
import {
  clipConvex,
  clipRegion,
  containsPoint,
  disc,
  LON_SCALE,
  MAX_RADIUS_DEG,
  OUTLINE_TOLERANCE_DEG,
  rewindForD3,
  voronoiCells,
  type MultiPolygon,
  type Ring,
} from '../../src/lib/maps/geo.ts';
import { computeStats } from '../../src/lib/stats/compute.ts';

const outline = JSON.parse(readFileSync('data/geo/hcmc-outline.json', 'utf8')) as {
  geometry: { coordinates: MultiPolygon };
};
const { dataset } = readDataset('data');
const stats = computeStats(dataset!);
const locals = stats.units.filter((u) => u.kind === 'commune' || u.kind === 'town');
const seeds = locals.map((u) => ({ code: u.code, lon: u.point!.lon, lat: u.point!.lat }));
const { region, outside } = clipRegion(seeds, outline.geometry.coordinates);
const cells = voronoiCells(seeds, region);

/** Planar area in square degrees, for overlap checks. */
function planarArea(mp: MultiPolygon): number {
  let a = 0;
  for (const poly of mp) {
    poly.forEach((ring, i) => {
      let s = 0;
      for (let k = 0; k < ring.length - 1; k++)
        s += ring[k]![0] * ring[k + 1]![1] - ring[k + 1]![0] * ring[k]![1];
      a += (i === 0 ? 1 : -1) * Math.abs(s / 2);
    });
  }
  return a;
}

describe('map geometry', () => {
  it('the city outline, rewound for d3, has a tiny spherical area (no inverted ring)', () => {
    const area = geoArea({
      type: 'MultiPolygon',
      coordinates: rewindForD3(outline.geometry.coordinates),
    });
    assert.ok(area > 0 && area < 1e-3, `area ${area}`);
  });

  it('every cell has a tiny spherical area', () => {
    for (const c of cells) {
      const area = geoArea(c.geometry);
      assert.ok(area > 0 && area < 1e-4, `${c.code}: area ${area}`);
    }
  });

  it('every programme commune has exactly one tile and one cell', () => {
    for (const u of locals.filter((x) => x.inProgramme)) {
      assert.equal(dataset!.hex_layout.filter((t) => t.code === u.code).length, 1, u.name);
      assert.equal(cells.filter((c) => c.code === u.code).length, 1, u.name);
      assert.ok(
        cells.find((c) => c.code === u.code)!.geometry.coordinates.length > 0,
        `${u.name} has an empty cell`,
      );
    }
  });

  it('cells do not overlap', () => {
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const a = cells[i]!.geometry.coordinates;
        const b = cells[j]!.geometry.coordinates;
        if (!a.length || !b.length) continue;
        const overlap = planarArea(intersection(a, b));
        assert.ok(overlap < 1e-9, `${cells[i]!.code} × ${cells[j]!.code}: ${overlap}`);
      }
    }
  });

  it('every unit point lies inside the mapped area; the few the generalised outline misses are listed and near it', () => {
    const area = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'MultiPolygon' as const, coordinates: rewindForD3(region) },
    };
    for (const u of locals) assert.ok(geoContains(area, [u.point!.lon, u.point!.lat]), u.name);
    // Natural Earth 1:10m is generalised along Bình Chánh's border: the approximate points of
    // Bình Lợi, Tân Quý Tây and Bình Chánh fall just outside it. Any other point outside would be a data error.
    assert.deepEqual([...outside].sort(), ['27607', '27634', '27637']);
    const verts = outline.geometry.coordinates.flat(2);
    for (const code of outside) {
      const u = locals.find((x) => x.code === code)!;
      const nearest = Math.min(
        ...verts.map(([x, y]) =>
          Math.hypot((x - u.point!.lon) * Math.cos(0.1877), y - u.point!.lat),
        ),
      );
      assert.ok(nearest < OUTLINE_TOLERANCE_DEG, `${u.name}: ${nearest}`);
    }
  });

  it('the committed map data is at most 25 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    const bytes =
      gzipSync(readFileSync('data/geo/hcmc-outline.json')).length +
      gzipSync(readFileSync('data/hex_layout.csv')).length;
    assert.ok(bytes <= 25 * 1024, `${bytes} bytes`);
  });
});

describe('cell clipping', () => {
  const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  const area = (r: Ring) => planarArea([[r]]);

  it('clips a convex ring by another, whichever way the clip ring winds', () => {
    const a = square(0, 0, 2, 2);
    const b = square(1, 1, 3, 4);
    assert.equal(area(clipConvex(a, b)), 1);
    assert.equal(area(clipConvex(a, [...b].reverse())), 1);
    assert.equal(area(clipConvex(b, a)), 1);
  });

  it('returns an empty ring for rings that do not overlap, and a closed ring otherwise', () => {
    assert.deepEqual(clipConvex(square(0, 0, 1, 1), square(2, 2, 3, 3)), []);
    const r = clipConvex(square(0, 0, 2, 2), square(1, -1, 3, 1));
    assert.deepEqual(r[0], r.at(-1));
    assert.equal(area(r), 1);
  });

  it('tells points inside a polygon from points in its hole and outside it', () => {
    const withHole: MultiPolygon = [[square(0, 0, 4, 4), square(1, 1, 2, 2)]];
    assert.equal(containsPoint(withHole, [3, 3]), true);
    assert.equal(containsPoint(withHole, [1.5, 1.5]), false);
    assert.equal(containsPoint(withHole, [5, 1]), false);
  });

  it('gives the same cells as clipping each one against the whole outline, at a size that used to crash (500)', () => {
    const files = makeSynthetic({ communes: 500, districts: 40 });
    const rows = Papa.parse<Record<string, string>>(files['units.csv']!, {
      header: true,
      skipEmptyLines: true,
    }).data;
    const synth = rows
      .filter((r) => r.lat)
      .map((r) => ({ code: r.code!, lon: Number(r.lon), lat: Number(r.lat) }));
    const { region: area500 } = clipRegion(synth, outline.geometry.coordinates);
    const fast = voronoiCells(synth, area500);
    assert.equal(fast.length, 500);
    for (const c of fast)
      assert.ok(c.geometry.coordinates.length > 0, `${c.code} has an empty cell`);
    const voronoi = Delaunay.from(
      synth,
      (s) => s.lon * LON_SCALE,
      (s) => s.lat,
    ).voronoi([0, 0, 1000, 1000]);
    // The reference clipper is slow: every 10th cell, which covers the coast and the interior.
    for (let i = 0; i < synth.length; i += 10) {
      const s = synth[i]!;
      const cell = voronoi.cellPolygon(i).map(([x, y]) => [x / LON_SCALE, y] as [number, number]);
      const ref = intersection(
        area500,
        [cell] as Geom,
        [disc(s.lon, s.lat, MAX_RADIUS_DEG)] as Geom,
      );
      const diff = planarArea(xor(ref, fast[i]!.geometry.coordinates));
      assert.ok(diff < 1e-9, `${s.code}: differs by ${diff} deg²`);
    }
  });
});

describe('hex tile layout', () => {
  it('gives every commune and town one tile and no two units the same cell', () => {
    const cellsUsed = new Set(dataset!.hex_layout.map((t) => `${t.col},${t.row}`));
    assert.equal(cellsUsed.size, dataset!.hex_layout.length);
    assert.deepEqual(
      dataset!.hex_layout.map((t) => t.code).sort(),
      locals.map((u) => u.code).sort(),
    );
  });

  it('neighbours are symmetric, so borders are drawn once per side', () => {
    for (const [c, r] of [
      [3, 4],
      [3, 5],
      [0, 0],
    ] as const) {
      for (let k = 0; k < 6; k++) {
        const [nc, nr] = neighbour(c, r, k);
        const back = neighbour(nc, nr, (k + 3) % 6);
        assert.deepEqual(back, [c, r]);
      }
    }
  });

  it('draws district borders only between districts and at the edge', () => {
    const two: Tile[] = [
      { code: 'a', col: 0, row: 0, district: 'x' },
      { code: 'b', col: 1, row: 0, district: 'x' },
    ];
    const same = districtBorders(two, 10).split('M').length - 1;
    const diff =
      districtBorders([two[0]!, { ...two[1]!, district: 'y' }], 10).split('M').length - 1;
    assert.equal(same, 10);
    assert.equal(diff, 12);
  });
});

describe('map categories', () => {
  it('tell "no published data" apart from "not reached" and from "outside the programme"', () => {
    const town = locals.find((u) => u.kind === 'town')!;
    assert.equal(categoryAt(town, 0), 'outside');
    const vla = locals.find((u) => u.code === '27601')!;
    const i2015 = 2015 - vla.ladder.firstYear;
    assert.equal(categoryAt(vla, i2015), 'none');
    const tth = locals.find((u) => u.code === '27556')!;
    assert.equal(categoryAt(tth, 2010 - tth.ladder.firstYear), 'unknown');
    assert.equal(categoryAt(tth, 2015 - tth.ladder.firstYear), 'ntm');
  });
  it('encode one letter per year that decodes back', () => {
    const u = locals.find((x) => x.code === '27583')!;
    const codes = categoryCodes(u);
    assert.equal(codes.length, u.ladder.highest.length);
    assert.equal(CATEGORY_OF_CODE[codes.at(-1)!], 'ntm-nc-2016');
  });
});
