// Typed views of what @e965/xlsx leaves untyped: its CFB (zip container) and SSF (number
// formats) namespaces are `any` in its types, and a sheet's index signature includes `any`.
import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';

export interface CfbEntry {
  content?: Uint8Array | number[];
  size: number;
}
export interface CfbContainer {
  FileIndex: CfbEntry[];
}
interface Cfb {
  read(data: Uint8Array, opts: { type: 'buffer' }): CfbContainer;
  find(container: CfbContainer, path: string): CfbEntry | null;
  write(
    container: CfbContainer,
    opts: { fileType: 'zip'; type: 'buffer'; compression: boolean },
  ): Uint8Array;
}

export const CFB = XLSX.CFB as Cfb;

/** Whether a number format shows a date (Excel's own rule, from SSF). */
export const isDateFormat = (format: string): boolean =>
  (XLSX.SSF as { is_date(format: string): boolean }).is_date(format);

/** The cell at an A1 address of a sparse sheet. */
export const sheetCell = (ws: WorkSheet, address: string): CellObject | undefined =>
  ws[address] as CellObject | undefined;
