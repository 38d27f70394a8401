/**
 * Turning a scan or photo of a signature stamp into a transparent square: estimate the
 * paper's brightness across the picture (so a shadow is paper, not ink), make paper
 * transparent and keep the ink's colour, drop marks that touch the picture's edge
 * (a table or the paper's border in a photo), and crop a square around the rest.
 * Pure functions on RGBA pixels, so the worker and the tests run the same code.
 */

/** RGBA pixels, row by row (the shape of `ImageData`). */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Darkness relative to the paper below which a pixel is paper (transparent), and above which it is solid ink. */
const inkRamp = { transparentBelow: 0.12, solidAbove: 0.45 } as const;

/** Return an empty (transparent) image. */
export function createPixels(width: number, height: number): Pixels {
  return { width, height, data: new Uint8ClampedArray(width * height * 4) };
}

const luminance = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b;

/**
 * Estimate the paper colour under every pixel: the bright end of each cell of a coarse grid,
 * spread to neighbouring cells (a cell full of ink takes its neighbours' paper), then
 * interpolated. Returns RGB per pixel.
 */
export function estimatePaper(image: Pixels): Float32Array {
  const { width, height, data } = image;
  const cell = Math.max(8, Math.round(Math.max(width, height) / 24));
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const grid = new Float32Array(cols * rows * 3);
  for (let cy = 0; cy < rows; cy += 1) {
    for (let cx = 0; cx < cols; cx += 1) {
      const x0 = cx * cell;
      const y0 = cy * cell;
      const x1 = Math.min(width, x0 + cell);
      const y1 = Math.min(height, y0 + cell);
      const histogram = new Uint32Array(256);
      for (let y = y0; y < y1; y += 1) {
        for (let x = x0; x < x1; x += 1) {
          const i = (y * width + x) * 4;
          histogram[Math.round(luminance(data[i]!, data[i + 1]!, data[i + 2]!))]! += 1;
        }
      }
      // The brightest fifth of the cell is paper unless the whole cell is ink.
      let threshold = 255;
      for (let seen = 0, wanted = ((x1 - x0) * (y1 - y0)) / 5; threshold > 0; threshold -= 1) {
        seen += histogram[threshold]!;
        if (seen >= wanted) break;
      }
      const sum = [0, 0, 0];
      let count = 0;
      for (let y = y0; y < y1; y += 1) {
        for (let x = x0; x < x1; x += 1) {
          const i = (y * width + x) * 4;
          if (Math.round(luminance(data[i]!, data[i + 1]!, data[i + 2]!)) < threshold) continue;
          for (let c = 0; c < 3; c += 1) sum[c]! += data[i + c]!;
          count += 1;
        }
      }
      for (let c = 0; c < 3; c += 1) grid[(cy * cols + cx) * 3 + c] = sum[c]! / count;
    }
  }
  const spread = new Float32Array(grid.length);
  for (let cy = 0; cy < rows; cy += 1) {
    for (let cx = 0; cx < cols; cx += 1) {
      let best = cy * cols + cx;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const ny = cy + dy;
          const nx = cx + dx;
          if (ny < 0 || nx < 0 || ny >= rows || nx >= cols) continue;
          const n = ny * cols + nx;
          if (luminance(grid[n * 3]!, grid[n * 3 + 1]!, grid[n * 3 + 2]!) > luminance(grid[best * 3]!, grid[best * 3 + 1]!, grid[best * 3 + 2]!)) best = n;
        }
      }
      for (let c = 0; c < 3; c += 1) spread[(cy * cols + cx) * 3 + c] = grid[best * 3 + c]!;
    }
  }
  const paper = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    const gy = Math.min(rows - 1, Math.max(0, (y + 0.5) / cell - 0.5));
    const y0 = Math.floor(gy);
    const y1 = Math.min(rows - 1, y0 + 1);
    const fy = gy - y0;
    for (let x = 0; x < width; x += 1) {
      const gx = Math.min(cols - 1, Math.max(0, (x + 0.5) / cell - 0.5));
      const x0 = Math.floor(gx);
      const x1 = Math.min(cols - 1, x0 + 1);
      const fx = gx - x0;
      for (let c = 0; c < 3; c += 1) {
        const top = spread[(y0 * cols + x0) * 3 + c]! * (1 - fx) + spread[(y0 * cols + x1) * 3 + c]! * fx;
        const bottom = spread[(y1 * cols + x0) * 3 + c]! * (1 - fx) + spread[(y1 * cols + x1) * 3 + c]! * fx;
        paper[(y * width + x) * 3 + c] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return paper;
}

/** Return the image with paper made transparent and ink kept in its own colour. */
export function removePaper(image: Pixels): Pixels {
  const paper = estimatePaper(image);
  const out = createPixels(image.width, image.height);
  const { transparentBelow, solidAbove } = inkRamp;
  for (let p = 0; p < image.width * image.height; p += 1) {
    const r = Math.min(1, image.data[p * 4]! / Math.max(1, paper[p * 3]!));
    const g = Math.min(1, image.data[p * 4 + 1]! / Math.max(1, paper[p * 3 + 1]!));
    const b = Math.min(1, image.data[p * 4 + 2]! / Math.max(1, paper[p * 3 + 2]!));
    const darkness = 1 - Math.min(r, g, b);
    const alpha = Math.min(1, Math.max(0, (darkness - transparentBelow) / (solidAbove - transparentBelow)));
    if (alpha === 0) continue;
    // Unmix the ink from white paper: observed = darkness·ink + (1 − darkness)·white.
    const paperShare = 1 - darkness;
    out.data[p * 4] = Math.round(((r - paperShare) / darkness) * 255);
    out.data[p * 4 + 1] = Math.round(((g - paperShare) / darkness) * 255);
    out.data[p * 4 + 2] = Math.round(((b - paperShare) / darkness) * 255);
    out.data[p * 4 + 3] = Math.round(alpha * 255);
  }
  return out;
}
