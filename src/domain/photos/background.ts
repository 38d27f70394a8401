/**
 * Measure how red a photo's background is. The border of a 小一寸 photo is background
 * except at the bottom, where the shoulders reach the edge: so the top band and the upper
 * part of both side bands are sampled, and the bottom is not.
 */
import { photoChecks } from './facts';
import type { Background, ColourName } from './schema';

/** RGBA pixels, row by row, as `ImageData` holds them. */
export interface RgbaPixels {
  data: ArrayLike<number>;
  width: number;
  height: number;
}

interface Hsv {
  hueDeg: number;
  saturation: number;
  value: number;
}

function toHsv(r: number, g: number, b: number): Hsv {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const delta = max - min;
  let hueDeg = 0;
  if (delta > 0) {
    if (max === r) hueDeg = 60 * (((g - b) / delta + 6) % 6);
    else if (max === g) hueDeg = 60 * ((b - r) / delta + 2);
    else hueDeg = 60 * ((r - g) / delta + 4);
  }
  return { hueDeg, saturation: max === 0 ? 0 : delta / max, value: max / 255 };
}

/** True when an RGB colour counts as red. */
export function isRedColour(r: number, g: number, b: number): boolean {
  const { hueDeg, saturation, value } = toHsv(r, g, b);
  const { maxHueDistanceDeg, minSaturation, minValue } = photoChecks.red;
  const hueDistance = Math.min(hueDeg, 360 - hueDeg);
  return hueDistance <= maxHueDistanceDeg && saturation >= minSaturation && value >= minValue;
}

/** Return the name of an RGB colour: 红色, 白色, 蓝色, 灰色, 黑色 or 其他颜色. */
export function nameColour(r: number, g: number, b: number): ColourName {
  if (isRedColour(r, g, b)) return '红色';
  const { hueDeg, saturation, value } = toHsv(r, g, b);
  const { maxSaturation, minWhiteValue, maxBlackValue } = photoChecks.neutral;
  if (value <= maxBlackValue) return '黑色';
  if (saturation <= maxSaturation) return value >= minWhiteValue ? '白色' : '灰色';
  const [blueFrom, blueTo] = photoChecks.blueHueDeg;
  if (hueDeg >= blueFrom && hueDeg <= blueTo) return '蓝色';
  return '其他颜色';
}

function toHex(value: number): string {
  return Math.round(value).toString(16).padStart(2, '0');
}

/** True when a pixel lies in the sampled border: the top band, or a side band above the shoulders. */
function isBorderPixel(x: number, y: number, width: number, height: number): boolean {
  const bandX = Math.max(1, Math.round(width * photoChecks.borderBand));
  const bandY = Math.max(1, Math.round(height * photoChecks.borderBand));
  if (y < bandY) return true;
  const isSide = x < bandX || x >= width - bandX;
  return isSide && y < height * photoChecks.sideBorderHeightShare;
}

/** Measure the background on the border pixels of a photo. */
export function measureBackground({ data, width, height }: RgbaPixels): Background {
  let red = 0;
  let count = 0;
  const sum = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!isBorderPixel(x, y, width, height)) continue;
      const at = (y * width + x) * 4;
      const [r, g, b] = [data[at], data[at + 1], data[at + 2]];
      if (isRedColour(r, g, b)) red++;
      sum[0] += r;
      sum[1] += g;
      sum[2] += b;
      count++;
    }
  }
  const mean = sum.map((channel) => channel / Math.max(1, count));
  return {
    redShare: count === 0 ? 0 : red / count,
    meanColour: `#${mean.map(toHex).join('')}`,
    colourName: nameColour(mean[0], mean[1], mean[2]),
  };
}

/** True when a measured background is red enough for the platform's 红色 requirement. */
export function isRedBackground(background: Background): boolean {
  return background.redShare >= photoChecks.redBackgroundMinShare;
}
