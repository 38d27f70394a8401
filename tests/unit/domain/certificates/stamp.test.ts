import { describe, expect, test } from 'vitest';
import { checkStampFile, checkStampOutput, detectImageFormat, formatBytes, stampProcessing } from '../../../../src/domain/certificates/stamp';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
const pdf = new TextEncoder().encode('%PDF-1.7');

describe('detectImageFormat', () => {
  test.each([
    { name: 'PNG', head: png, expected: 'png' },
    { name: 'JPEG', head: jpg, expected: 'jpg' },
    { name: 'PDF', head: pdf, expected: 'other' },
    { name: 'empty', head: new Uint8Array(), expected: 'other' },
  ])('returns $expected for $name bytes', ({ head, expected }) => {
    expect(detectImageFormat(head)).toBe(expected);
  });
});

describe('checkStampFile', () => {
  test('accepts a PNG without notes', () => {
    expect(checkStampFile({ name: '签名章.png', size: 200_000 }, png)).toEqual({ ok: true, format: 'png', notes: [] });
  });

  test('accepts a JPEG and says it will be converted to PNG', () => {
    expect(checkStampFile({ name: '签名章.jpg', size: 2_000_000 }, jpg)).toMatchObject({ ok: true, format: 'jpg', notes: [expect.stringContaining('转换为 PNG')] });
  });

  test('refuses a 20 MB scan before reading it, saying how to make it smaller', () => {
    expect(checkStampFile({ name: '扫描.png', size: 20 * 1024 * 1024 }, png)).toEqual({
      ok: false,
      message: '“扫描.png”有 20.0 MB，超过本工具能处理的 10.0 MB。请只扫描签名章所在的一小块区域（300 dpi 即可），或用手机拍一张照片再上传。',
    });
  });

  test('refuses a file that is not a picture, whatever its name', () => {
    expect(checkStampFile({ name: '签名章.png', size: 1000 }, pdf)).toMatchObject({ ok: false, message: expect.stringContaining('不是 PNG 或 JPG 图片') });
  });

  test('refuses an empty file', () => {
    expect(checkStampFile({ name: '签名章.png', size: 0 }, new Uint8Array())).toMatchObject({ ok: false });
  });

  test('allows a file exactly at the limit', () => {
    expect(checkStampFile({ name: 'a.png', size: stampProcessing.maxInputBytes }, png).ok).toBe(true);
  });
});

describe('checkStampOutput', () => {
  test('meets every requirement for a 95×95 transparent PNG', () => {
    const checks = checkStampOutput({ format: 'png', width: 95, height: 95, bytes: 6000, hasTransparentCorners: true });
    expect(checks.every((check) => check.isMet)).toBe(true);
    expect(checks.map((check) => check.label)).toEqual(['PNG 格式', '正方形', '尺寸建议 95×95 像素', '大小不超过 1M', '无底色（透明）']);
  });

  test('fails the size and background checks of a large opaque picture', () => {
    const checks = checkStampOutput({ format: 'png', width: 95, height: 95, bytes: 1_200_000, hasTransparentCorners: false });
    expect(checks.filter((check) => !check.isMet).map((check) => check.label)).toEqual(['大小不超过 1M', '无底色（透明）']);
  });
});

describe('formatBytes', () => {
  test.each([
    { bytes: 20 * 1024 * 1024, expected: '20.0 MB' },
    { bytes: 6144, expected: '6.0 KB' },
  ])('returns $expected for $bytes', ({ bytes, expected }) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
