/**
 * The second half of stamp processing: keep the ink that belongs to the stamp, crop a
 * square around it with a transparent margin, and scale it to the platform's size.
 */
import { createPixels, removePaper, type Pixels } from './stamp-image';

/** A rectangle of pixels, right and bottom edges exclusive. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Below this share of all ink, marks away from the edges are not the stamp: then edge marks are kept. */
const innerInkMinShare = 0.1;
/** Marks smaller than this share of the picture are specks of dust or noise. */
const speckMaxShare = 0.00002;

/**
 * Make transparent every mark that touches the picture's edge (the table or the paper's
 * border in a photo) and every speck, unless that would leave almost no ink.
 */
export function keepInnerInk(image: Pixels): Pixels {
  const { width, height, data } = image;
  const labels = new Int32Array(width * height).fill(-1);
  const components: { size: number; touchesEdge: boolean }[] = [];
  const stack = new Int32Array(width * height);
  for (let start = 0; start < width * height; start += 1) {
    if (labels[start] !== -1 || data[start * 4 + 3] === 0) continue;
    const label = components.length;
    const component = { size: 0, touchesEdge: false };
    components.push(component);
    let top = 0;
    stack[top++] = start;
    labels[start] = label;
    while (top > 0) {
      const p = stack[--top]!;
      component.size += 1;
      const x = p % width;
      const y = (p - x) / width;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) component.touchesEdge = true;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const n = ny * width + nx;
          if (labels[n] !== -1 || data[n * 4 + 3] === 0) continue;
          labels[n] = label;
          stack[top++] = n;
        }
      }
    }
  }
  const total = components.reduce((sum, c) => sum + c.size, 0);
  const inner = components.filter((c) => !c.touchesEdge).reduce((sum, c) => sum + c.size, 0);
  const dropEdges = inner >= total * innerInkMinShare;
  const minSize = Math.max(3, width * height * speckMaxShare);
  const out = createPixels(width, height);
  for (let p = 0; p < width * height; p += 1) {
    const component = labels[p] === -1 ? undefined : components[labels[p]!];
    if (!component || component.size < minSize || (dropEdges && component.touchesEdge)) continue;
    out.data.set(data.subarray(p * 4, p * 4 + 4), p * 4);
  }
  return out;
}

/** Return the smallest rectangle holding every visible pixel, or null when there is none. */
export function findInkBounds(image: Pixels): Bounds | null {
  let bounds: Bounds | null = null;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (image.data[(y * image.width + x) * 4 + 3] === 0) continue;
      bounds = bounds
        ? { x0: Math.min(bounds.x0, x), y0: Math.min(bounds.y0, y), x1: Math.max(bounds.x1, x + 1), y1: Math.max(bounds.y1, y + 1) }
        : { x0: x, y0: y, x1: x + 1, y1: y + 1 };
    }
  }
  return bounds;
}

/** Return a square around `bounds` with a transparent margin; parts beyond the picture stay transparent. */
export function cropSquare(image: Pixels, bounds: Bounds, marginShare: number): Pixels {
  const longSide = Math.max(bounds.x1 - bounds.x0, bounds.y1 - bounds.y0);
  const side = Math.ceil(longSide * (1 + 2 * marginShare));
  const left = Math.round((bounds.x0 + bounds.x1 - side) / 2);
  const top = Math.round((bounds.y0 + bounds.y1 - side) / 2);
  const out = createPixels(side, side);
  for (let y = 0; y < side; y += 1) {
    const sy = top + y;
    if (sy < 0 || sy >= image.height) continue;
    for (let x = 0; x < side; x += 1) {
      const sx = left + x;
      if (sx < 0 || sx >= image.width) continue;
      const s = (sy * image.width + sx) * 4;
      out.data.set(image.data.subarray(s, s + 4), (y * side + x) * 4);
    }
  }
  return out;
}

/** Scale a square image to `size`×`size` by averaging the pixels each output pixel covers (alpha-weighted). */
export function resizeSquare(image: Pixels, size: number): Pixels {
  const out = createPixels(size, size);
  const scale = image.width / size;
  for (let y = 0; y < size; y += 1) {
    const sy0 = Math.floor(y * scale);
    const sy1 = Math.max(sy0 + 1, Math.ceil((y + 1) * scale));
    for (let x = 0; x < size; x += 1) {
      const sx0 = Math.floor(x * scale);
      const sx1 = Math.max(sx0 + 1, Math.ceil((x + 1) * scale));
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let count = 0;
      for (let sy = sy0; sy < Math.min(sy1, image.height); sy += 1) {
        for (let sx = sx0; sx < Math.min(sx1, image.width); sx += 1) {
          const i = (sy * image.width + sx) * 4;
          const alpha = image.data[i + 3]!;
          // Weight colour by alpha so transparent pixels (black, alpha 0) do not darken the edges.
          r += image.data[i]! * alpha;
          g += image.data[i + 1]! * alpha;
          b += image.data[i + 2]! * alpha;
          a += alpha;
          count += 1;
        }
      }
      const o = (y * size + x) * 4;
      if (a > 0) out.data.set([r / a, g / a, b / a, a / count], o);
    }
  }
  return out;
}

/** True when the four corner pixels are fully transparent. */
export function hasTransparentCorners(image: Pixels): boolean {
  const { width, height, data } = image;
  return [0, width - 1, (height - 1) * width, height * width - 1].every((p) => data[p * 4 + 3] === 0);
}

/** Thrown when a picture holds no stamp the tool can find. */
export class NoStampFoundError extends Error {
  override name = 'NoStampFoundError';
}

/** Run the whole processing: paper out, edge marks out, square crop, scale to `size`. */
export function processStamp(image: Pixels, size: number, marginShare: number): { pixels: Pixels; stampSidePx: number } {
  const ink = keepInnerInk(removePaper(image));
  const bounds = findInkBounds(ink);
  if (!bounds) throw new NoStampFoundError('no ink found');
  const square = cropSquare(ink, bounds, marginShare);
  return { pixels: resizeSquare(square, size), stampSidePx: Math.max(bounds.x1 - bounds.x0, bounds.y1 - bounds.y0) };
}
