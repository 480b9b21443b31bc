// DOCDB: CC.number.kind, kind omitted when the text does not fix it (FORMATS.md §4, contract C1).
export function docdbOf(cc: string, number: string, kind: string | null): string {
  return kind ? `${cc}.${number}.${kind}` : `${cc}.${number}`;
}
