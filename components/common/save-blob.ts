/**
 * Offer a blob as a download under `fileName`. The object URL is revoked a minute later rather than
 * at once: the browser may still be reading it when click() returns.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
