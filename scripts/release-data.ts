// `npm run data:release -- YYYY-MM-DD`: starts a new data release. It archives the current
// tables under data/releases/<current release>/ (so the changelog can compare against
// them) and sets the new release date in data/dataset.csv. Refuses to overwrite an archive.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { TABLES } from '../src/lib/schema/tables.ts';

const dataDir = process.env['DATA_DIR'] ?? 'data';
const next = process.argv[2] ?? '';
if (!/^\d{4}-\d{2}-\d{2}$/.test(next)) {
  console.error('usage: npm run data:release -- YYYY-MM-DD   (the new release date)');
  process.exit(2);
}
const datasetPath = join(dataDir, 'dataset.csv');
const parsed = Papa.parse<Record<string, string>>(readFileSync(datasetPath, 'utf8'), {
  header: true,
  skipEmptyLines: true,
});
const current = parsed.data[0]?.['release'] ?? '';
if (next <= current) {
  console.error(
    `✗ the new release ${next} must come after the current one (${current}) in ${datasetPath}`,
  );
  process.exit(1);
}
const archive = join(dataDir, 'releases', current);
if (existsSync(archive)) {
  console.error(`✗ ${archive} already exists; a release is archived once`);
  process.exit(1);
}
mkdirSync(archive, { recursive: true });
for (const t of Object.values(TABLES))
  if (existsSync(join(dataDir, t.file))) copyFileSync(join(dataDir, t.file), join(archive, t.file));
const rows = parsed.data.map((r) => ({ ...r, release: next }));
writeFileSync(
  datasetPath,
  `${Papa.unparse(rows, { columns: parsed.meta.fields!, newline: '\n' })}\n`,
);
console.log(
  `✓ release ${current} archived in ${archive}; data/dataset.csv now says ${next}. Edit the tables, then npm run data:build: /so-lieu/ lists what changed.`,
);
