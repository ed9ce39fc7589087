/** Hands a Blob to the browser as a download with the given file name. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later still lets a slow browser read the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
