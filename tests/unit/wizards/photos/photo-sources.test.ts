import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { collectPhotoSources } from '../../../../wizards/photos/photo-sources';
import { samplePhotos } from '../../../fixtures/photos';

/** A File as a folder pick gives it: with its path inside the folder. */
function fileIn(path: string, bytes: Uint8Array<ArrayBuffer>): File {
  const file = new File([bytes], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

async function zipOf(entries: Record<string, Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  for (const [path, bytes] of Object.entries(entries)) zip.file(path, bytes);
  return (await zip.generateAsync({ type: 'uint8array' })) as Uint8Array<ArrayBuffer>;
}

describe('collectPhotoSources', () => {
  test('lists loose files by name and folder files by path, in natural order', async () => {
    const photo = samplePhotos.correctRed();
    const files = [new File([photo], '李四.jpg'), fileIn('照片/10.jpg', photo), fileIn('照片/9.jpg', photo)];
    const { sources, problems } = await collectPhotoSources(files);
    expect(sources.map((source) => source.path)).toEqual(['李四.jpg', '照片/9.jpg', '照片/10.jpg']);
    expect(problems).toEqual([]);
  });

  test('opens a zip by its content, with sub-folders, skipping system files', async () => {
    const photo = samplePhotos.correctRed();
    const zip = await zipOf({ '高一3班/11010519491231002X.jpg': photo, '__MACOSX/高一3班/._11010519491231002X.jpg': photo, '高一3班/Thumbs.db': photo });
    const { sources } = await collectPhotoSources([new File([zip], '照片.ZIP')]);
    expect(sources.map((source) => source.path)).toEqual(['照片.ZIP/高一3班/11010519491231002X.jpg']);
    expect(new Uint8Array(await (await sources[0].read()).arrayBuffer())).toEqual(photo);
  });

  test('reports a damaged entry of a zip by its file name, and still lists the intact ones', async () => {
    const photo = samplePhotos.correctRed();
    const zip = await zipOf({ '1班/张三.jpg': photo, '1班/李四.jpg': photo });
    // Flip bytes inside the first entry's data (stored: its local header is 30 bytes plus the name).
    const start = 30 + new TextEncoder().encode('1班/张三.jpg').length + 200;
    for (let i = start; i < start + 64; i += 1) zip[i] = zip[i]! ^ 0xff;
    const { sources, problems } = await collectPhotoSources([new File([zip], '照片.zip')]);
    expect(sources.map((source) => source.path)).toEqual(['照片.zip/1班/李四.jpg']);
    expect(problems).toEqual([{ path: '照片.zip/1班/张三.jpg', message: expect.stringMatching(/^压缩包中的这个文件已损坏（校验和（CRC）不符/) }]);
  });

  test.each([
    { case: 'a 0-byte photo in a zip', files: async () => [new File([await zipOf({ '张三.jpg': new Uint8Array() })], '照片.zip')], path: '照片.zip/张三.jpg' },
    { case: 'a 0-byte photo chosen alone', files: async () => [new File([], '张三.jpg')], path: '张三.jpg' },
  ])('says $case is empty', async ({ files, path }) => {
    const { sources, problems } = await collectPhotoSources(await files());
    expect(sources).toEqual([]);
    expect(problems).toEqual([{ path, message: expect.stringMatching(/^这是空文件（0 字节）/) }]);
  });

  test('skips hidden and system files chosen with a folder', async () => {
    const files = [fileIn('照片/.DS_Store', new Uint8Array(4)), fileIn('照片/desktop.ini', new Uint8Array(4))];
    expect((await collectPhotoSources(files)).sources).toEqual([]);
  });

  test('reports a zip with a password', async () => {
    const zip = await zipOf({ '11010519491231002X.jpg': samplePhotos.correctRed() });
    // Set bit 0 (encrypted) of the general purpose flags in the central directory entry.
    const central = zip.findIndex((_, index) => zip[index] === 0x50 && zip[index + 1] === 0x4b && zip[index + 2] === 1 && zip[index + 3] === 2);
    zip[central + 8] |= 1;
    const { problems } = await collectPhotoSources([new File([zip], '照片.zip')]);
    expect(problems[0].message).toContain('密码');
  });

  test.each([
    { name: 'a RAR archive', bytes: Uint8Array.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0, 0]), message: 'RAR' },
    { name: 'a 7z archive', bytes: Uint8Array.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 0]), message: '7Z' },
    { name: 'a cut-off zip', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), message: '不是有效的 .zip' },
  ])('reports $name as a problem', async ({ bytes, message }) => {
    const { sources, problems } = await collectPhotoSources([new File([bytes], 'photos.bin')]);
    expect(sources).toEqual([]);
    expect(problems).toEqual([{ path: 'photos.bin', message: expect.stringContaining(message) }]);
  });
});
