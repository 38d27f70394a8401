/**
 * What each finding means to a school's exam officer, in Chinese: what is wrong, in
 * numbers, and what to do. Used on screen and in the manifest, so both say the same.
 */
import { imageFormatLabels, studentPhoto } from './facts';
import type { ImageSpec, PhotoFinding, PhotoStudent, UnmatchedPhoto } from './schema';

/** Format a byte count the way the manual writes limits: megabytes of 1 000 000 bytes. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Format a share 0–1 as a whole percentage. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function pixels(spec: ImageSpec): string {
  return `${spec.widthPx}×${spec.heightPx}`;
}

/** Return the Chinese message for a finding: what is wrong and how to put it right. */
export function describeFinding(finding: PhotoFinding, spec: ImageSpec = studentPhoto): string {
  const fixHint = '向导可以自动修复。';
  switch (finding.code) {
    case 'notImage':
      return '这不是图片文件（无法识别文件内容），请换成 jpg 或 png 格式的照片。';
    case 'damaged':
      return {
        truncated: '文件不完整，只保存了照片的一部分（复制、下载或解压时中断了），请重新拷贝原照片。',
        corrupt: '文件结构已损坏，无法读取，请重新拷贝原照片或重新拍摄。',
        undecodable: '浏览器无法解码这张照片，文件可能已损坏，请重新拷贝原照片或重新拍摄。',
      }[finding.reason];
    case 'heic':
      return finding.isDecodable
        ? `这是苹果手机的 HEIC 格式，平台只接受 jpg、png。${fixHint}`
        : '这是苹果手机的 HEIC 格式，平台只接受 jpg、png，本浏览器也无法读取它。请在 iPhone「设置-相机-格式」中选「兼容性最佳」后重拍，或把照片导出为 JPEG 后重新选择。';
    case 'wrongFormat':
      return finding.isDecodable
        ? `文件实际是 ${imageFormatLabels[finding.format]} 格式（与扩展名无关），平台只接受 jpg、png。${fixHint}`
        : `文件实际是 ${imageFormatLabels[finding.format]} 格式（与扩展名无关），平台只接受 jpg、png，本浏览器也无法读取它。请用看图软件另存为 JPEG 后重新选择。`;
    case 'cmyk':
      return `照片是 CMYK 印刷色彩模式，平台按屏幕色彩（RGB）显示，颜色会失真，公安照片比对也可能失败。${fixHint}`;
    case 'tooLarge':
      return `文件有 ${formatMegabytes(finding.bytes)}，超过平台上限 ${spec.maxBytesLabel}（按 ${formatMegabytes(spec.maxBytes)} 计）。${fixHint}`;
    case 'wrongAspect':
      return `照片为 ${finding.width}×${finding.height} 像素，宽高比例与 ${pixels(spec)}（小一寸）不同。向导可以从中间裁剪并缩放为 ${pixels(spec)}，请在预览中确认头部完整。`;
    case 'notExactSize':
      return `照片为 ${finding.width}×${finding.height} 像素，比例正确，但平台要求 ${pixels(spec)}。${fixHint}`;
    case 'lowResolution':
      return `照片只有 ${finding.width}×${finding.height} 像素，比 ${pixels(spec)} 小，放大后会模糊；最好换一张更清晰的照片。`;
    case 'rotated':
      return `照片带有「旋转」标记，有的系统会把它显示成横躺的。向导可以按正确方向重新保存。`;
    case 'png':
      return `照片是 PNG 格式。平台接受 PNG，但要求文件名为「证件号码.jpg」。向导可以转换为 JPEG；不修复则按「证件号码.png」打包。`;
    case 'notRedBackground': {
      const { redShare, colourName, meanColour } = finding.background;
      return `背景不是${spec.background}：照片边缘只有 ${formatPercent(redShare)} 是红色，整体接近${colourName}（${meanColour}）。平台要求${spec.background}底，可能审核不通过，建议换${spec.background}底照片。这只是提醒，照片仍会打包。`;
    }
  }
}

/**
 * Return the Chinese message for a finding the wizard has fixed (the photo was re-encoded as a
 * 295×413 RGB JPEG, `isFixable`): what was wrong and what was done, with no offer left to fix it.
 * Findings that cannot be fixed keep `describeFinding`'s message.
 */
export function describeFixedFinding(finding: PhotoFinding, spec: ImageSpec = studentPhoto): string {
  switch (finding.code) {
    case 'heic':
      return '原照片是苹果手机的 HEIC 格式，已转换为 JPEG。';
    case 'wrongFormat':
      return `原照片实际是 ${imageFormatLabels[finding.format]} 格式，已转换为 JPEG。`;
    case 'cmyk':
      return '原照片是 CMYK 印刷色彩模式，已转换为屏幕色彩（RGB）。';
    case 'tooLarge':
      return `原文件有 ${formatMegabytes(finding.bytes)}，已压缩到平台上限 ${spec.maxBytesLabel}以内。`;
    case 'wrongAspect':
      return `原照片为 ${finding.width}×${finding.height} 像素，已从中间裁剪并缩放为 ${pixels(spec)}，请在预览中确认头部完整。`;
    case 'notExactSize':
      return `原照片为 ${finding.width}×${finding.height} 像素，已缩放为 ${pixels(spec)}。`;
    case 'rotated':
      return '原照片带有「旋转」标记，已按正确方向重新保存。';
    case 'png':
      return '原照片是 PNG 格式，已转换为 JPEG，按「证件号码.jpg」打包。';
    default:
      return describeFinding(finding, spec);
  }
}

/** Return the Chinese message for a photo file that was not assigned to a student. */
export function describeUnmatched(unmatched: UnmatchedPhoto, students: readonly PhotoStudent[]): string {
  const names = unmatched.studentIndexes.map((index) => `${students[index].name}（${students[index].documentNumber}）`);
  switch (unmatched.reason) {
    case 'noStudent':
      return '文件名既不是名单中的证件号码，也不是名单中的学生姓名。请把文件改名为「证件号码.jpg」，或先把这名学生加入考生名单。';
    case 'ambiguousName':
      return `名单中有 ${names.length} 名同名学生：${names.join('、')}，无法确定是谁。请把文件改名为「证件号码.jpg」。`;
    case 'duplicate':
      return `${names.join('、')} 已经有一张照片，这张是多余的。请只保留一张。`;
  }
}
