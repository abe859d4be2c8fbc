// Synthetic datasets for tests and benchmarks only. Deterministic for a given seed.
// Every dataset it makes is flagged synthetic, and sites built from it say so.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { containsPoint, type MultiPolygon } from '../../src/lib/maps/geo.ts';
import { NO_DATA_TOPICS, TABLES, type TableName } from '../../src/lib/schema/tables.ts';

export interface SyntheticOptions {
  communes: number;
  districts: number;
  seed?: number;
  /** Where points may fall (lon/lat MultiPolygon); the bundled city outline by default. */
  area?: MultiPolygon;
}

function bundledOutline(): MultiPolygon {
  const url = new URL('../../data/geo/hcmc-outline.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { geometry: { coordinates: MultiPolygon } })
    .geometry.coordinates;
}

/**
 * `n` random points inside `area`, ordered in west-to-east rows from the south so that
 * consecutive communes (one district) lie near each other. Random, not a grid: a grid's
 * cocircular points give degenerate Voronoi cells that real coordinates never do.
 */
function pointsInside(n: number, area: MultiPolygon, rand: () => number): [number, number][] {
  const xs = area.flat(2).map((p) => p[0]);
  const ys = area.flat(2).map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const points: [number, number][] = [];
  while (points.length < n) {
    const p: [number, number] = [x0 + rand() * (x1 - x0), y0 + rand() * (y1 - y0)];
    if (containsPoint(area, p)) points.push(p);
  }
  const rows = Math.max(1, Math.round(Math.sqrt(n)));
  const row = (p: [number, number]) =>
    Math.min(rows - 1, Math.floor(((p[1] - y0) / (y1 - y0)) * rows));
  return points.sort((a, b) => row(a) - row(b) || a[0] - b[0]);
}

/** mulberry32: small, fast, good enough for fake data (and the benchmarks' draws). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'An',
  'Bình',
  'Phú',
  'Tân',
  'Long',
  'Hòa',
  'Thạnh',
  'Đông',
  'Tây',
  'Mỹ',
  'Lộc',
  'Phước',
  'Hưng',
  'Đức',
  'Thới',
  'Xuân',
  'Hiệp',
  'Nhơn',
  'Quý',
  'Lợi',
];
const ASCII: Record<string, string> = {
  Bình: 'binh',
  Phú: 'phu',
  Tân: 'tan',
  Hòa: 'hoa',
  Thạnh: 'thanh',
  Đông: 'dong',
  Tây: 'tay',
  Mỹ: 'my',
  Lộc: 'loc',
  Phước: 'phuoc',
  Hưng: 'hung',
  Đức: 'duc',
  Thới: 'thoi',
  Xuân: 'xuan',
  Hiệp: 'hiep',
  Nhơn: 'nhon',
  Quý: 'quy',
  Lợi: 'loi',
  An: 'an',
  Long: 'long',
};

function nameFor(i: number): { name: string; slug: string } {
  const a = SYLLABLES[i % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  // The number keeps names and slugs unique at any size.
  return { name: `${a} ${b} ${i + 1}`, slug: `${ASCII[a]}-${ASCII[b]}-${i + 1}` };
}

type Row = Record<string, string | number | null>;

function csv(table: TableName, rows: Row[]): string {
  const fields = Object.keys(TABLES[table].columns);
  return (
    Papa.unparse(
      { fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) },
      { newline: '\n' },
    ) + '\n'
  );
}

/** Returns file name → CSV text for a complete synthetic dataset. */
export function makeSynthetic(opts: SyntheticOptions): Record<string, string> {
  const { communes, districts } = opts;
  if (districts < 1 || districts > 8999) throw new Error('districts must be between 1 and 8999');
  if (communes < districts || communes > 800_000)
    throw new Error('communes must be at least the number of districts and at most 800000');
  const rand = rng(opts.seed ?? 42);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const src = 'synthetic-source';
  const sources: Row[] = [
    {
      id: src,
      kind: 'dataset',
      title: 'Bộ dữ liệu mẫu sinh tự động (không phải số liệu thật)',
      publisher: 'scripts/make-synthetic.ts',
      url: 'https://example.org/du-lieu-mau',
      decision_number: null,
      published_on: '2026-01-01',
      language: 'vi',
      note: 'Dữ liệu mẫu cho kiểm thử và đo hiệu năng.',
    },
    {
      id: 'synthetic-decision',
      kind: 'legal',
      title: 'Quyết định mẫu (không có thật)',
      publisher: 'Dữ liệu mẫu',
      url: null,
      decision_number: '0/QĐ-MẪU',
      published_on: '2022',
      language: 'vi',
      note: null,
    },
  ];
  const units: Row[] = [
    {
      code: '79',
      name: 'Thành phố Mẫu',
      short_name: 'TP. Mẫu',
      kind: 'city',
      parent_code: null,
      slug: 'tp-mau',
      in_programme: 'yes',
      not_in_programme_reason: null,
      pilot: 'none',
      lat: null,
      lon: null,
      coord_quality: null,
      source_id: src,
      note_source_id: null,
    },
  ];
  const stepTargets: [string, number][] = [];
  const recognitions: Row[] = [
    {
      id: 'r-79-province-not-yet',
      unit_code: '79',
      standard: 'province-completed',
      event: 'not-yet',
      as_of: '2025-12-31',
      source_id: src,
    },
  ];
  const figures: Row[] = [];
  const crosswalk: Row[] = [];
  // Tiles are placed automatically, district after district, in rows of `width` tiles.
  const hexLayout: Row[] = [];
  const width = Math.max(6, Math.ceil(Math.sqrt(communes * 1.5)));
  const perDistrict = Math.floor(communes / districts);
  let code = 100000;
  let idx = 0;
  // Its own generator, so the points do not shift every other synthetic value.
  const points = pointsInside(communes, opts.area ?? bundledOutline(), rng((opts.seed ?? 42) + 1));
  for (let d = 0; d < districts; d++) {
    const dCode = String(1000 + d);
    const dn = nameFor(d);
    units.push({
      code: dCode,
      name: `Huyện ${dn.name}`,
      short_name: dn.name,
      kind: 'district',
      parent_code: '79',
      slug: dn.slug,
      in_programme: 'yes',
      not_in_programme_reason: null,
      pilot: 'none',
      lat: null,
      lon: null,
      coord_quality: null,
      source_id: src,
      note_source_id: null,
    });
    const dYear = int(2015, 2022);
    recognitions.push({
      id: `r-${dCode}-district-ntm`,
      unit_code: dCode,
      standard: 'district-ntm',
      event: 'recognized',
      year: dYear,
      decision_number: '0/QĐ-MẪU',
      decided_on: `${dYear + 1}-03-31`,
      source_id: 'synthetic-decision',
    });
    if (rand() < 0.3)
      recognitions.push({
        id: `r-${dCode}-district-ntm-nc`,
        unit_code: dCode,
        standard: 'district-ntm-nc',
        event: 'recognized',
        year: Math.max(dYear + 1, int(2023, 2025)),
        source_id: src,
      });
    else
      recognitions.push({
        id: `r-${dCode}-district-ntm-nc-not-yet`,
        unit_code: dCode,
        standard: 'district-ntm-nc',
        event: 'not-yet',
        as_of: '2025-12-31',
        source_id: src,
      });
    const n = d === districts - 1 ? communes - perDistrict * (districts - 1) : perDistrict;
    let reached2015 = 0;
    let inProg = 0;
    for (let k = 0; k < n; k++, idx++) {
      const cCode = String(code++);
      const cn = nameFor(idx);
      const town = k === 0 && n > 1;
      const inProgramme = !town;
      const [lon, lat] = points[idx]!;
      units.push({
        code: cCode,
        name: `${town ? 'Thị trấn' : 'Xã'} ${cn.name}`,
        short_name: cn.name,
        kind: town ? 'town' : 'commune',
        parent_code: dCode,
        slug: (town ? 'thi-tran-' : '') + cn.slug,
        in_programme: inProgramme ? 'yes' : 'no',
        not_in_programme_reason: inProgramme
          ? null
          : 'Thị trấn, không thuộc chương trình NTM cấp xã',
        pilot: idx % 97 === 1 ? 'city-2010' : 'none',
        lat: lat.toFixed(5),
        lon: lon.toFixed(5),
        coord_quality: 'approximate',
        coord_source_id: src,
        source_id: src,
        note_source_id: null,
      });
      hexLayout.push({ code: cCode, col: idx % width, row: Math.floor(idx / width) });
      crosswalk.push({
        old_code: cCode,
        new_code: String(100000 + Math.floor(idx / 3) * 3),
        new_name: `Xã Mới ${Math.floor(idx / 3) + 1}`,
        new_kind: 'commune',
        coverage: 'whole',
        clause: null,
        source_id: src,
        note: null,
      });
      if (!inProgramme) continue;
      inProg++;
      const ntm = int(2011, 2020);
      if (ntm <= 2015) reached2015++;
      recognitions.push({
        id: `r-${cCode}-ntm`,
        unit_code: cCode,
        standard: 'ntm',
        event: 'recognized',
        year: ntm,
        source_id: src,
      });
      // Complete 2021–2025 data: every commune either reached a standard or is stated not to have.
      if (rand() < 0.7) {
        const nc = int(2022, 2025);
        recognitions.push({
          id: `r-${cCode}-nc`,
          unit_code: cCode,
          standard: 'ntm-nc-2021',
          event: 'recognized',
          year: nc,
          source_id: src,
        });
        if (rand() < 0.5)
          recognitions.push({
            id: `r-${cCode}-km`,
            unit_code: cCode,
            standard: 'ntm-km-2021',
            event: 'recognized',
            year: int(nc, 2025),
            source_id: src,
          });
        else
          recognitions.push({
            id: `r-${cCode}-km-not-yet`,
            unit_code: cCode,
            standard: 'ntm-km-2021',
            event: 'not-yet',
            as_of: '2025-12-31',
            source_id: src,
          });
      } else {
        recognitions.push({
          id: `r-${cCode}-nc-not-yet`,
          unit_code: cCode,
          standard: 'ntm-nc-2021',
          event: 'not-yet',
          as_of: '2025-12-31',
          source_id: src,
        });
      }
    }
    if (inProg > 0) stepTargets.push([dCode, inProg]);
    figures.push({
      id: `f-${dCode}-ntm-2015`,
      scope: dCode,
      metric: 'units-reached',
      standard: 'ntm',
      value: reached2015,
      denominator: inProg,
      unit: 'count',
      qualifier: 'exact',
      as_of: '2015-12-31',
      source_id: src,
      quote: null,
      note: null,
    });
    for (let y = 2015; y <= 2025; y += 5) {
      figures.push({
        id: `f-${dCode}-income-${y}`,
        scope: dCode,
        metric: 'income-per-capita',
        standard: null,
        value: (30 + (y - 2015) * 4 + int(0, 50) / 10).toFixed(1),
        denominator: null,
        unit: 'million-vnd-per-person-year',
        qualifier: 'exact',
        as_of: String(y),
        source_id: src,
        quote: null,
        note: null,
      });
    }
  }
  const targets: Row[] = [
    {
      id: 't-km',
      goal: 'communes-km-2025',
      level: 'city',
      tier: 'main',
      scope: '79',
      standard: 'ntm-km-2021',
      value: 0.5,
      comparator: 'at-least',
      deadline: '2025-12-31',
      wording: 'Ít nhất 50% số xã đạt chuẩn NTM kiểu mẫu (mẫu)',
      source_id: src,
      note: null,
    },
    {
      id: 't-district-nc',
      goal: 'districts-nc-2025',
      level: 'city',
      tier: 'main',
      scope: '79',
      standard: 'district-ntm-nc',
      value: 0.2,
      comparator: 'at-least',
      deadline: '2025-12-31',
      wording: '20% số huyện đạt NTM nâng cao (mẫu)',
      source_id: src,
      note: null,
    },
    {
      id: 't-city',
      goal: 'city-completed-2025',
      level: 'city',
      tier: 'main',
      scope: '79',
      standard: 'province-completed',
      value: 1,
      comparator: 'at-least',
      deadline: '2025-12-31',
      wording: 'Thành phố hoàn thành nhiệm vụ xây dựng NTM (mẫu)',
      source_id: src,
      note: null,
    },
  ];
  // A yearly step for every district, stated as a count ("ít nhất 1/N xã"), as the real 2024 targets are.
  for (const [dCode, n] of stepTargets) {
    targets.push({
      id: `t-${dCode}-km-2024`,
      goal: `district-km-2024-${dCode}`,
      level: 'city',
      tier: 'step',
      scope: dCode,
      standard: 'ntm-km-2021',
      value: Math.round((1 / n) * 10000) / 10000,
      count: 1,
      denominator: n,
      comparator: 'at-least',
      deadline: '2024-12',
      wording: `Ít nhất 1/${n} xã đạt chuẩn NTM kiểu mẫu trong năm 2024 (mẫu)`,
      source_id: src,
      note: null,
    });
  }
  // One open question answers every topic the site can call unknown.
  const openQuestions: Row[] = [
    {
      id: 'cau-hoi-mau',
      topics: Object.keys(NO_DATA_TOPICS).join('|'),
      question: 'Câu hỏi mẫu: số liệu nào chưa được công bố? (mẫu)',
      searched: 'Không tìm: dữ liệu mẫu sinh tự động.',
      searched_on: '2026-01-01',
      nearest: null,
      nearest_source_id: null,
      wanted: 'Không áp dụng (dữ liệu mẫu).',
      note: null,
    },
  ];
  const criteria: Row[] = [
    {
      id: 'cs-synthetic-2021',
      level: 'commune',
      standards: 'ntm|ntm-nc-2021|ntm-km-2021',
      period: '2021–2025',
      issuer: 'ttg',
      decision_number: '0/QĐ-MẪU',
      decided_on: '2022',
      title: 'Bộ tiêu chí mẫu',
      criteria_count: 19,
      amends: null,
      source_id: 'synthetic-decision',
      note: null,
    },
  ];
  const dataset: Row[] = [
    {
      title: 'DỮ LIỆU MẪU – không phải số liệu thật',
      release: '2026-01-01',
      synthetic: 'yes',
      licence: 'CC0 (dữ liệu sinh tự động)',
      note: `${communes} xã/thị trấn, ${districts} huyện, seed ${opts.seed ?? 42}`,
    },
  ];
  return {
    'dataset.csv': csv('dataset', dataset),
    'sources.csv': csv('sources', sources),
    'units.csv': csv('units', units),
    'recognitions.csv': csv('recognitions', recognitions),
    'figures.csv': csv('figures', figures),
    'targets.csv': csv('targets', targets),
    'criteria_sets.csv': csv('criteria_sets', criteria),
    'crosswalk.csv': csv('crosswalk', crosswalk),
    'hex_layout.csv': csv('hex_layout', hexLayout),
    'open_questions.csv': csv('open_questions', openQuestions),
  };
}
