/**
 * File names inside folders and zips. Windows' own 「发送到-压缩(zipped)文件夹」 on a
 * Chinese system writes names in GBK without the zip's UTF-8 flag, so a name that is not
 * valid UTF-8 is read as GBK; and systems leave files beside photos that are not photos.
 */
import { ignoredArchiveEntries } from './facts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk');

/** Decode a zip entry name stored without the UTF-8 flag: UTF-8 when it is valid, else GBK. */
export function decodeZipFileName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return gbk.decode(bytes);
  }
}

/** True for entries that are never photos: system folders, thumbnails, hidden files. */
export function isIgnoredPath(path: string): boolean {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const name = (parts.at(-1) ?? '').toLowerCase();
  const { folders, fileNames, hiddenPrefix } = ignoredArchiveEntries;
  return (
    parts.some((part) => (folders as readonly string[]).includes(part)) ||
    (fileNames as readonly string[]).includes(name) ||
    name.startsWith(hiddenPrefix)
  );
}
