// Problems found in the input, collected rather than thrown so that all of them
// can be printed together.

export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line in the file (0 when the problem is about the whole file). */
  line: number;
  /** 1-based character column of the cell in its line. */
  column: number;
  message: string;
  fix: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${tag}${d.message} — ${d.fix}`;
}

/** Stable order: by file, line, column, then message. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
