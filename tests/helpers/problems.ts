// A dataset folder's problems as staff meet them: the data build's messages (file:line:column:
// what — fix, without the temporary folder's name) and data:import's Vietnamese messages for a
// workbook exported from that folder, which name the cell.
import { join } from 'node:path';
import { formatDiagnostic } from '../../src/lib/data/diagnostics.ts';
import { readDataset } from '../../scripts/lib/pipeline.ts';
import { exportWorkbook, importWorkbook } from '../../scripts/lib/workbook.ts';
import { tempDir } from './fixtures.ts';

export function buildProblems(dir: string): string[] {
  return readDataset(dir)
    .diagnostics.map(formatDiagnostic)
    .map((m) => m.replace(/^[^/]+\//, ''));
}

export function workbookProblems(dir: string): string[] {
  const file = join(tempDir('ntm-problems-'), 'du-lieu.xlsx');
  exportWorkbook(dir, file);
  return importWorkbook(file, dir).messages;
}
