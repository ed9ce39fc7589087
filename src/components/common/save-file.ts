/**
 * Hands a Blob to the browser as a file download: an object URL and a temporary <a download>.
 * Nothing leaves the device. The URL is revoked a minute later, not at once: a slow browser may
 * still be reading the Blob when the click returns.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves text (JSON by default) as a file download. */
export function saveTextFile(text: string, fileName: string, type = 'application/json'): void {
  saveFile(new Blob([text], { type }), fileName);
}
