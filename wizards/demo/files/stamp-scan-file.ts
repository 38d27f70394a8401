/**
 * The sample 负责人签名章 as a school would scan it: a red round seal with a name
 * block in the middle, on slightly grey paper, larger than the platform's 95×95
 * pixels, so the certificate wizard's stamp step has real work to do (crop, clear
 * the paper, scale). Drawn at build time.
 */
import { writePng } from './png-file';

/** Side of the scan in pixels. */
export const stampScanSide = 320;

const paper = [244, 242, 238] as const;
const ink = [200, 30, 40] as const;

/** Return the RGB pixels of the scan. */
export function drawStampScan(side = stampScanSide): Uint8Array {
  const pixels = new Uint8Array(side * side * 3);
  const centre = side / 2;
  const outer = side * 0.4;
  const ring = side * 0.035;
  // The name: two columns of three strokes each inside the ring, like a seal's carved characters.
  const strokes = [0, 1].flatMap((column) =>
    [0, 1, 2].map((row) => ({
      x: centre - side * 0.17 + column * side * 0.2,
      y: centre - side * 0.18 + row * side * 0.13,
    })),
  );
  const inStroke = (x: number, y: number) =>
    strokes.some(
      (stroke) =>
        x >= stroke.x &&
        x <= stroke.x + side * 0.14 &&
        y >= stroke.y &&
        y <= stroke.y + side * 0.06,
    );
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const distance = Math.hypot(x - centre, y - centre);
      const isInk =
        (distance <= outer && distance >= outer - ring) || inStroke(x, y);
      pixels.set(isInk ? ink : paper, (y * side + x) * 3);
    }
  }
  return pixels;
}

/** Return the scan as PNG bytes. */
export function writeStampScanFile(): Uint8Array {
  return writePng(stampScanSide, stampScanSide, drawStampScan());
}
