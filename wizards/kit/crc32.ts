/**
 * CRC-32 (polynomial 0xEDB88320): the checksum of every zip entry and every PNG chunk.
 * The one copy for the zip check (fed chunk by chunk as an entry inflates) and the PNG writer.
 */

const table = (() => {
  const entries = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    entries[n] = c >>> 0;
  }
  return entries;
})();

/** Return the running CRC after `bytes` (start with 0; the result is the finished CRC so far). */
export function updateCrc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i += 1) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Return the CRC-32 of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  return updateCrc32(0, bytes);
}
