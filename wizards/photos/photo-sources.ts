/**
 * Turn what the user chose (photo files, a folder, one or more .zip files) into a list of
 * photos to check. A zip is recognised by its content and opened with jszip, loaded only
 * now; each entry is decompressed only when its turn comes, so one photo is in memory at
 * a time besides the zip itself.
 */
import { decodeZipFileName, isIgnoredPath } from '../../src/domain/photos/archive-names';
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

async function readZip(file: File, path: string, into: CollectedSources): Promise<void> {
  if (file.size > largestReadableZip) {
    into.problems.push({ path, message: '压缩包太大，浏览器无法一次读入。请先解压，再选择解压后的文件夹。' });
    return;
  }
  const { default: JSZip } = await import('jszip');
  try {
    const zip = await JSZip.loadAsync(await file.arrayBuffer(), { decodeFileName: (bytes) => decodeZipFileName(Uint8Array.from(bytes as ArrayLike<number>)) });
    zip.forEach((entryPath, entry) => {
      if (entry.dir || isIgnoredPath(entryPath)) return;
      into.sources.push({ path: `${path}/${entryPath}`, read: () => entry.async('blob') });
    });
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
    else collected.sources.push({ path, read: async () => file });
  }
  const byPath = new Intl.Collator('zh-CN', { numeric: true });
  collected.sources.sort((a, b) => byPath.compare(a.path, b.path));
  return collected;
}
