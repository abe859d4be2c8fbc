// What SheetJS Community Edition does not write: a frozen header row and drop-down
// lists (data validation). Added to the sheet XML of the written .xlsx, in the element
// order of ECMA-376 Part 1 §18.3.1.99 (CT_Worksheet), through SheetJS's own zip code.
import { CFB } from './xlsx-types.ts';

export interface ListValidation {
  /** Cells it applies to, e.g. D2:D1048576. */
  sqref: string;
  values: readonly string[];
  allowBlank: boolean;
}

/** Excel refuses a literal list longer than 255 characters. */
export const MAX_LIST_CHARS = 255;

// Elements that follow <dataValidations> in CT_Worksheet; it goes before the first present.
const AFTER_VALIDATIONS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function freezeHeaderRow(xml: string): string {
  const pane =
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  const out = xml.replace(
    '<sheetView workbookViewId="0"/>',
    `<sheetView workbookViewId="0">${pane}</sheetView>`,
  );
  if (out === xml)
    throw new Error(
      'sheet XML has no plain <sheetView>: the SheetJS output changed, check ooxml.ts',
    );
  return out;
}

export function addListValidations(
  xml: string,
  lists: readonly ListValidation[],
  error: { title: string; text: string },
): string {
  if (lists.length === 0) return xml;
  const items = lists.map((l) => {
    const formula = `"${l.values.join(',')}"`;
    if (formula.length - 2 > MAX_LIST_CHARS)
      throw new Error(`list for ${l.sqref} is longer than ${MAX_LIST_CHARS} characters`);
    return (
      `<dataValidation type="list" allowBlank="${l.allowBlank ? 1 : 0}" showErrorMessage="1" errorTitle="${escapeXml(error.title)}" error="${escapeXml(error.text)}" sqref="${l.sqref}">` +
      `<formula1>${escapeText(formula)}</formula1></dataValidation>`
    );
  });
  const block = `<dataValidations count="${lists.length}">${items.join('')}</dataValidations>`;
  let at = -1;
  for (const tag of AFTER_VALIDATIONS) {
    const i = xml.search(new RegExp(`<${tag}[ />]`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  if (at < 0) throw new Error('sheet XML has no </worksheet>');
  return xml.slice(0, at) + block + xml.slice(at);
}

/** Rewrites sheet XML files inside a written .xlsx (sheet index 0 → xl/worksheets/sheet1.xml). */
export function patchSheets(
  xlsx: Uint8Array,
  patch: (index: number, xml: string) => string,
  sheetCount: number,
): Uint8Array {
  const zip = CFB.read(xlsx, { type: 'buffer' });
  for (let i = 0; i < sheetCount; i++) {
    const entry = CFB.find(zip, `/xl/worksheets/sheet${i + 1}.xml`);
    if (!entry?.content)
      throw new Error(`xl/worksheets/sheet${i + 1}.xml is missing from the written workbook`);
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const next = patch(i, xml);
    if (next !== xml) {
      entry.content = new TextEncoder().encode(next);
      entry.size = entry.content.length;
    }
  }
  return CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true });
}

/** The XML of one sheet of an .xlsx, for tests and checks. */
export function sheetXml(xlsx: Uint8Array, index: number): string {
  const zip = CFB.read(xlsx, { type: 'buffer' });
  const entry = CFB.find(zip, `/xl/worksheets/sheet${index + 1}.xml`);
  if (!entry?.content) throw new Error(`sheet${index + 1}.xml not found`);
  return new TextDecoder().decode(entry.content as Uint8Array);
}
