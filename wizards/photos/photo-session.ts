/**
 * The photos of this page: the chosen files and the fixed photos and previews the worker
 * made. They stay in memory only, never in the saved progress (which must be JSON, and
 * photos of a whole school would fill the browser's storage): a reload forgets them, and
 * the wizard then asks for the photos again.
 */
import type { PhotoSource } from './photo-processor';
import type { PhotoInspection } from './worker-protocol';

/** Object URLs of a photo's previews: the original, and the fixed photo when there is one. */
export interface PhotoPreview {
  before: string;
  after?: string;
}

/** The photos chosen on this page and what was made from them. */
export interface PhotoSession {
  /** Saved in the wizard's context, to tell whether the photos it refers to are still here. */
  id: string;
  sources: readonly PhotoSource[];
  /** Fixed photos by file index. */
  fixed: Map<number, Blob>;
  previews: Map<number, PhotoPreview>;
}

let current: PhotoSession | undefined;

function endPreview(preview: PhotoPreview) {
  URL.revokeObjectURL(preview.before);
  if (preview.after) URL.revokeObjectURL(preview.after);
}

/** Forget the current photos and release their previews. */
export function endPhotoSession(): void {
  for (const preview of current?.previews.values() ?? []) endPreview(preview);
  current = undefined;
}

/** Start a session for newly chosen photos, replacing any earlier one. */
export function startPhotoSession(sources: readonly PhotoSource[]): PhotoSession {
  endPhotoSession();
  current = { id: crypto.randomUUID(), sources, fixed: new Map(), previews: new Map() };
  return current;
}

/** Return the session with this id, or undefined when the page was reloaded since. */
export function getPhotoSession(id: string | null | undefined): PhotoSession | undefined {
  return id && current?.id === id ? current : undefined;
}

/** Keep what the worker made from one photo. */
export function keepInspection(session: PhotoSession, fileIndex: number, { fixed, preview }: PhotoInspection): void {
  const old = session.previews.get(fileIndex);
  if (old) endPreview(old);
  if (fixed) session.fixed.set(fileIndex, fixed);
  else session.fixed.delete(fileIndex);
  if (preview) session.previews.set(fileIndex, { before: URL.createObjectURL(preview), after: fixed && URL.createObjectURL(fixed) });
  else session.previews.delete(fileIndex);
}

/** True when photos were chosen but are gone (the page was reloaded since). */
export function arePhotosGone(sessionId: string | null): boolean {
  return sessionId !== null && getPhotoSession(sessionId) === undefined;
}
