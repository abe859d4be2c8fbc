/** `engines.node` as [major, minor, patch]; throws unless it is ">=X.Y.Z". */
export function parseMinimum(range: string): [number, number, number];
/** null when `version` meets `range`, else the one-line refusal. */
export function checkNode(version: string, range: string, execPath?: string): string | null;
