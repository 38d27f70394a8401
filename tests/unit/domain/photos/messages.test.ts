import { describe, expect, test } from 'vitest';
import { studentPhoto } from '../../../../src/domain/photos/facts';
import { describeFinding, describeUnmatched, formatMegabytes, formatPercent } from '../../../../src/domain/photos/messages';
import type { PhotoFinding, PhotoStudent } from '../../../../src/domain/photos/schema';

describe('formatMegabytes', () => {
  test.each([
    { bytes: 5_000_000, expected: '5.0 MB' },
    { bytes: 6_240_000, expected: '6.2 MB' },
    { bytes: 48_000, expected: '0.0 MB' },
  ])('returns $expected for $bytes bytes', ({ bytes, expected }) => {
    expect(formatMegabytes(bytes)).toBe(expected);
  });
});

describe('formatPercent', () => {
  test.each([
    { share: 0, expected: '0%' },
    { share: 0.123, expected: '12%' },
    { share: 1, expected: '100%' },
  ])('returns $expected for $share', ({ share, expected }) => {
    expect(formatPercent(share)).toBe(expected);
  });
});

describe('describeFinding', () => {
  test.each<{ finding: PhotoFinding; mentions: string[] }>([
    { finding: { code: 'notImage' }, mentions: ['不是图片'] },
    { finding: { code: 'damaged', reason: 'truncated' }, mentions: ['不完整', '重新拷贝'] },
    { finding: { code: 'damaged', reason: 'corrupt' }, mentions: ['损坏'] },
    { finding: { code: 'damaged', reason: 'undecodable' }, mentions: ['无法解码'] },
    { finding: { code: 'heic', isDecodable: false }, mentions: ['HEIC', '兼容性最佳'] },
    { finding: { code: 'heic', isDecodable: true }, mentions: ['HEIC', '自动修复'] },
    { finding: { code: 'wrongFormat', format: 'webp', isDecodable: true }, mentions: ['WebP', '与扩展名无关', '自动修复'] },
    { finding: { code: 'wrongFormat', format: 'tiff', isDecodable: false }, mentions: ['TIFF', '另存为 JPEG'] },
    { finding: { code: 'cmyk' }, mentions: ['CMYK', 'RGB', '自动修复'] },
    { finding: { code: 'tooLarge', bytes: 6_240_000 }, mentions: ['6.2 MB', studentPhoto.maxBytesLabel] },
    { finding: { code: 'wrongAspect', width: 4000, height: 3000 }, mentions: ['4000×3000', '295×413', '裁剪'] },
    { finding: { code: 'notExactSize', width: 590, height: 826 }, mentions: ['590×826', '比例正确'] },
    { finding: { code: 'lowResolution', width: 148, height: 207 }, mentions: ['148×207', '模糊'] },
    { finding: { code: 'rotated', orientation: 6 }, mentions: ['旋转'] },
    { finding: { code: 'png' }, mentions: ['PNG', '证件号码.jpg', '证件号码.png'] },
  ])('describes $finding.code with $mentions', ({ finding, mentions }) => {
    const message = describeFinding(finding);
    for (const mention of mentions) expect(message).toContain(mention);
  });

  test('says how red a background is and what colour it is instead', () => {
    const finding: PhotoFinding = { code: 'notRedBackground', background: { redShare: 0.12, meanColour: '#f2f2f2', colourName: '白色' } };
    expect(describeFinding(finding)).toMatchInlineSnapshot(`"背景不是红色：照片边缘只有 12% 是红色，整体接近白色（#f2f2f2）。平台要求红色底，可能审核不通过，建议换红色底照片。这只是提醒，照片仍会打包。"`);
  });
});

describe('describeUnmatched', () => {
  const students: PhotoStudent[] = [
    { name: '王芳', documentNumber: '440106200001011234' },
    { name: '王芳', documentNumber: '440106200002021235' },
  ];

  test('names every student an ambiguous name fits', () => {
    expect(describeUnmatched({ fileIndex: 0, reason: 'ambiguousName', studentIndexes: [0, 1] }, students)).toMatchInlineSnapshot(
      `"名单中有 2 名同名学生：王芳（440106200001011234）、王芳（440106200002021235），无法确定是谁。请把文件改名为「证件号码.jpg」。"`,
    );
  });

  test('names the student who already has a photo', () => {
    expect(describeUnmatched({ fileIndex: 1, reason: 'duplicate', studentIndexes: [1] }, students)).toContain('王芳（440106200002021235） 已经有一张照片');
  });

  test('tells how to name a photo that fits nobody', () => {
    expect(describeUnmatched({ fileIndex: 2, reason: 'noStudent', studentIndexes: [] }, students)).toContain('证件号码.jpg');
  });
});
