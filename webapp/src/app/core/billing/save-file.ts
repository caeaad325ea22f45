/**
 * Saves a downloaded file (fetched with HttpClient, so that it carries the Authorization header
 * like every API call) through a temporary object URL and a clicked `<a download>`.
 * Answers false when the browser cannot do it (no object URLs).
 */
export function saveFile(document: Document, blob: Blob, fileName: string): boolean {
  const view = document.defaultView;
  const urls = view?.URL ?? (typeof URL === 'undefined' ? undefined : URL);
  if (!urls || typeof urls.createObjectURL !== 'function') {
    return false;
  }
  const url = urls.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start the download only after the click handler returns.
    setTimeout(() => urls.revokeObjectURL(url), 1000);
  }
  return true;
}
