/**
 * Checking a zip container (an .xlsx, a photo zip) before any parser trusts it.
 * SheetJS spins for good in its own inflate on some corrupt deflate streams
 * (issue 12), so every entry is first inflated here by the browser's native
 * `DecompressionStream`, which fails fast, with its output bounded by the size the
 * central directory declares, and its CRC-32 compared. A damaged file is then
 * refused within seconds and a damaged entry is named.
 */
import { updateCrc32 } from '../../kit/crc32';

/** One entry of the central directory. */
export interface ZipEntryInfo {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why a zip or one of its entries cannot be trusted, in words for the user. */
export type ZipDamage = { entry: string | null; reason: string };

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const zip64Marker = 0xffffffff;

/** Largest total a checked zip may inflate to: far above a 100 000-row list, far below a zip bomb. */
export const maxInflatedBytes = 400 * 1024 * 1024;

/** Return the central directory's entries, or the damage that prevents reading it. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntryInfo[] | ZipDamage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (reason: string): ZipDamage => ({ entry: null, reason });
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === eocdSignature) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return broken('找不到压缩包的目录，文件可能只下载或复制了一部分');
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (directoryOffset === zip64Marker || count === 0xffff) return []; // Zip64: left to the parser, which runs under a time limit.
  const entries: ZipEntryInfo[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== centralSignature) return broken('压缩包的目录已损坏');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return broken('压缩包的目录已损坏');
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflate a raw deflate stream, stopping as soon as it yields more than `limit` bytes. */
async function inflateBounded(data: Uint8Array, limit: number, onChunk: (chunk: Uint8Array) => void): Promise<'ok' | 'tooLong'> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return 'ok';
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return 'tooLong';
    }
    onChunk(value);
  }
}

/** Return the damage of one entry (bad local header, undecodable data, wrong size or CRC), or null when it is intact. */
export async function checkZipEntry(bytes: Uint8Array, entry: ZipEntryInfo): Promise<string | null> {
  if (entry.name.endsWith('/')) return null;
  if (entry.compressedSize === zip64Marker || entry.uncompressedSize === zip64Marker) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== localSignature) return '文件头已损坏';
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > bytes.length) return '数据不完整';
  const data = bytes.subarray(start, start + entry.compressedSize);
  let crc = 0;
  let length = 0;
  if (entry.method === 0) {
    crc = updateCrc32(0, data);
    length = data.length;
  } else if (entry.method === 8) {
    try {
      const outcome = await inflateBounded(data, entry.uncompressedSize, (chunk) => {
        crc = updateCrc32(crc, chunk);
        length += chunk.length;
      });
      if (outcome === 'tooLong') return '解压后的大小与记录不符';
    } catch {
      return '压缩数据已损坏，无法解压';
    }
  } else return null; // Another method (rare): left to the parser, which runs under a time limit.
  if (length !== entry.uncompressedSize) return '解压后的大小与记录不符';
  if (crc !== entry.crc32) return '校验和（CRC）不符，内容已损坏';
  return null;
}

/**
 * Check a whole zip: its directory, its declared size, and every entry. Returns the
 * damaged entries by name (empty when all is well), or the damage of the container itself.
 */
export async function findZipDamage(bytes: Uint8Array, limit = maxInflatedBytes): Promise<ZipDamage[]> {
  const entries = readCentralDirectory(bytes);
  if (!Array.isArray(entries)) return [entries];
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limit) return [{ entry: null, reason: `解压后超过 ${Math.round(limit / 1024 / 1024)} MB，不像正常的表格或照片包` }];
  const damaged: ZipDamage[] = [];
  for (const entry of entries) {
    const reason = await checkZipEntry(bytes, entry);
    if (reason) damaged.push({ entry: entry.name, reason });
  }
  return damaged;
}
