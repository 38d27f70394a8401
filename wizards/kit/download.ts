import { isDemoPage, nameDownload } from './work-mode';

/** Offer a file to the user as a download with the given name (marked 演示数据 on a demo page). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = nameDownload(fileName, isDemoPage() ? 'demo' : 'own');
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
