/**
 * Turn what the user chose (photo files, a folder, one or more .zip files) into a list of
 * photos to check. A zip is recognised by its content and opened with jszip, loaded only
 * now; each entry is decompressed only when its turn comes, so one photo is in memory at
 * a time besides the zip itself.
 */
import { decodeZipFileName, isIgnoredPath } from '../../src/domain/photos/archive-names';
import { checkZipEntry, readCentralDirectory, type ZipEntryInfo } from '../shared/spreadsheet-reader/zip-check';
import type { PhotoSource } from './photo-processor';

/** A chosen file that cannot be read as photos, with the reason in Chinese. */
export interface SourceProblem {
  path: string;
  message: string;
}

/** The photos found in a selection, and the files that could not be used. */
export interface CollectedSources {
  sources: PhotoSource[];
  problems: SourceProblem[];
}

// jszip reads a whole zip into one ArrayBuffer, which browsers cap near 2 GB.
const largestReadableZip = 2_000_000_000;

const archiveSignatures: Array<{ kind: 'zip' | 'rar' | '7z'; bytes: number[] }> = [
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

async function detectArchive(file: Blob): Promise<'zip' | 'rar' | '7z' | undefined> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return archiveSignatures.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte))?.kind;
}

/** Path of a chosen file as the user sees it: with its folder when a folder was chosen. */
function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

function describeZipError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/encrypt/i.test(text)) return '压缩包设置了密码，无法读取。请解压后选择文件夹，或重新打包时不要设置密码。';
  return '不是有效的 .zip 压缩包（可能下载或复制不完整），请重新打包后再选择。';
}

/** Largest entry checked before its turn: bigger ones are refused by the photo checks anyway, unread. */
const largestCheckedEntry = 64 * 1024 * 1024;

/** Return why a photo in a zip cannot be used (empty, or damaged: data that does not inflate or match its CRC), or null. */
async function describeDamagedEntry(bytes: Uint8Array, record: ZipEntryInfo): Promise<string | null> {
  if (record.uncompressedSize === 0) return emptyPhotoMessage;
  if (record.uncompressedSize > largestCheckedEntry) return null;
  const reason = await checkZipEntry(bytes, record);
  return reason && `压缩包中的这个文件已损坏（${reason}），无法读取。请重新打包，或单独选择这张照片。`;
}

const emptyPhotoMessage = '这是空文件（0 字节），里面没有照片。请重新拷贝或导出这张照片。';

async function readZip(file: File, path: string, into: CollectedSources): Promise<void> {
  if (file.size > largestReadableZip) {
    into.problems.push({ path, message: '压缩包太大，浏览器无法一次读入。请先解压，再选择解压后的文件夹。' });
    return;
  }
  const { default: JSZip } = await import('jszip');
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const zip = await JSZip.loadAsync(bytes, { decodeFileName: (name) => decodeZipFileName(Uint8Array.from(name as ArrayLike<number>)) });
    const directory = readCentralDirectory(bytes);
    // jszip lists entries in the central directory's order, so an entry's index finds its record.
    let index = -1;
    const entries: Array<{ entryPath: string; entry: import('jszip').JSZipObject; index: number }> = [];
    zip.forEach((entryPath, entry) => {
      index += 1;
      if (!entry.dir && !isIgnoredPath(entryPath)) entries.push({ entryPath, entry, index });
    });
    for (const { entryPath, entry, index } of entries) {
      const record = Array.isArray(directory) ? directory[index] : undefined;
      const problem = record && (await describeDamagedEntry(bytes, record));
      if (problem) into.problems.push({ path: `${path}/${entryPath}`, message: problem });
      else into.sources.push({ path: `${path}/${entryPath}`, read: () => entry.async('blob') });
    }
  } catch (error) {
    into.problems.push({ path, message: describeZipError(error) });
  }
}

/** Collect the photos in the chosen files, opening any zip among them, sorted by path. */
export async function collectPhotoSources(files: readonly File[]): Promise<CollectedSources> {
  const collected: CollectedSources = { sources: [], problems: [] };
  for (const file of files) {
    const path = pathOf(file);
    if (isIgnoredPath(path)) continue;
    const archive = await detectArchive(file);
    if (archive === 'zip') await readZip(file, path, collected);
    else if (archive) collected.problems.push({ path, message: `这是 ${archive.toUpperCase()} 压缩包，向导只能读取 .zip。请解压后选择文件夹，或重新打包成 .zip。` });
    else if (file.size === 0) collected.problems.push({ path, message: emptyPhotoMessage });
    else collected.sources.push({ path, read: async () => file });
  }
  const byPath = new Intl.Collator('zh-CN', { numeric: true });
  collected.sources.sort((a, b) => byPath.compare(a.path, b.path));
  return collected;
}
