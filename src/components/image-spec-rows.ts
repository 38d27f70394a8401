import type { ImageSpec } from '../domain/photos/schema';

/** One requirement of an image, as a label and the value to meet. */
export interface ImageSpecRow {
  label: string;
  value: string;
}

/** Return an image's requirements in the order the manual lists them for photos. */
export function listImageSpecRows(spec: ImageSpec): ImageSpecRow[] {
  return [
    { label: '格式', value: spec.formats.join('、') },
    { label: '大小', value: `${spec.maxBytesLabel} 以内` },
    { label: '像素', value: `${spec.widthPx} × ${spec.heightPx}（宽 × 高）` },
    ...(spec.printSize ? [{ label: '尺寸', value: spec.printSize }] : []),
    { label: '底色', value: spec.background },
  ];
}
