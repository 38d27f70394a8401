/** Messages between the page and the stamp worker. */

/** Sent to the worker: the picture as chosen. */
export interface StampRequest {
  picture: Blob;
}

/** The processed stamp, or a message for the user. */
export type StampResponse =
  | { ok: true; png: Uint8Array; width: number; height: number; hasTransparentCorners: boolean; stampSidePx: number }
  | { ok: false; message: string };
