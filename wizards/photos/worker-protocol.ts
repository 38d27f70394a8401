/**
 * Messages between the photo wizard and its worker. The page sends one photo at a time
 * and waits for its answer before sending the next, so the worker never holds more than
 * one decoded image: that is what keeps 1 000 photos of 4000×3000 px within memory.
 */
import type { Background, ImageHeader, PhotoFinding } from '../../src/domain/photos/schema';

/** What the worker learned about one photo, and the images it made from it. */
export interface PhotoInspection {
  /** File size in bytes. */
  byteLength: number;
  header: ImageHeader;
  /** Present when the browser could decode the photo. */
  decoded?: { width: number; height: number; background: Background };
  findings: PhotoFinding[];
  /** The photo as a 295×413 RGB JPEG under the byte limit, when a fix would change it. */
  fixed?: Blob;
  /** The whole original, small, for the before/after view; absent when it could not be decoded. */
  preview?: Blob;
}

/** Page → worker: check this photo. */
export interface InspectRequest {
  id: number;
  photo: Blob;
}

/** Worker → page: the answer to one request. */
export type InspectResponse = { id: number; inspection: PhotoInspection } | { id: number; error: string };
