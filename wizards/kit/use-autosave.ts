/**
 * Save the machine's step and context after every change: a new step at once,
 * anything else a moment after the last change (typing a name is one save, not
 * one per key), and at once when the page is hidden or closed. A save is only
 * written when no other tab saved this wizard's progress since this tab read it;
 * otherwise it is kept here, and the user chooses (`OtherTabNotice`): load the
 * newer progress, or keep this tab's.
 * What is on screen and not saved yet is at hand (`unsaved`), so 导出工作文件
 * writes it even when saving failed (storage full).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyActorRef, StateValue } from 'xstate';
import { codeLoadFailureMessage, isCodeLoadFailure } from './code-loading';
import { createDraftEnvelope, type DraftEnvelope, type DraftIdentity } from './draft-envelope';
import type { SaveState } from './SaveStatus';
import { draftKey } from './storage';
import { busyTag } from './wizard-machine';
import type { WorkStore } from './work-store';

const quietMs = 300;

/** What the host gets from autosave. */
export interface Autosave {
  state: SaveState;
  /** The draft of what is on screen (the last step that was not busy) when it holds changes not saved yet, else null. */
  unsaved: () => DraftEnvelope | null;
  /** Save what is waiting now, without the quiet delay. */
  flush: () => Promise<void>;
  /** Write this tab's progress over a newer one saved by another tab: the user chose to. */
  keepMine: () => Promise<void>;
}

/** Autosave `actor` into `store`. */
export function useAutosave(actor: AnyActorRef, store: WorkStore, spec: DraftIdentity, initial: SaveState): Autosave {
  const [state, setState] = useState<SaveState>(store.isPersistent ? initial : { kind: 'memoryOnly', cause: store.memoryCause ?? 'refused' });
  const saveNow = useRef<(force: boolean) => Promise<void>>(async () => undefined);
  const unsaved = useRef<() => DraftEnvelope | null>(() => null);

  useEffect(() => {
    let lastValue = JSON.stringify(actor.getSnapshot().value);
    let lastContext: unknown = actor.getSnapshot().context;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The change not yet written: kept after a failed or refused save, so the next attempt (or 保留) writes it. */
    let pending: { value: StateValue; context: unknown } | null = null;

    const save = async (force = false) => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      const written = pending;
      const now = new Date();
      try {
        const outcome = await store.saveIfUnchanged(draftKey(spec.slug), createDraftEnvelope(spec, written.value, written.context, now), { force });
        if (outcome === 'conflict') return setState({ kind: 'conflict' });
        if (pending === written) pending = null;
        if (store.isPersistent) setState({ kind: 'saved', at: now });
      } catch (error) {
        setState({ kind: 'failed', reason: describeStorageError(error) });
      }
    };
    saveNow.current = save;
    unsaved.current = () => pending && createDraftEnvelope(spec, pending.value, pending.context, new Date());

    const subscription = actor.subscribe((snapshot: { value: StateValue; context: unknown; hasTag: (tag: string) => boolean }) => {
      if (snapshot.hasTag(busyTag)) return;
      const value = JSON.stringify(snapshot.value);
      if (value === lastValue && holdsSameDraft(snapshot.context, lastContext)) return;
      const isNewStep = value !== lastValue;
      lastValue = value;
      lastContext = snapshot.context;
      pending = { value: snapshot.value, context: snapshot.context };
      if (timer) clearTimeout(timer);
      // A new step is saved at once: a page left right after 下一步 (a link, a reload) would otherwise lose it, as
      // a save started while the page unloads may never finish. Typing waits for a quiet moment instead.
      if (isNewStep) void save();
      else timer = setTimeout(() => void save(), quietMs);
    });
    const flush = () => document.visibilityState === 'hidden' && void save();
    const onPageHide = () => void save();
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', flush);
    return () => {
      void save();
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [actor, store, spec]);

  return {
    state,
    unsaved: () => unsaved.current(),
    flush: () => saveNow.current(false),
    keepMine: () => saveNow.current(true),
  };
}

/**
 * True when two contexts hold the same draft: the same value in every part but the shared workspace. A
 * machine's actions replace only the parts they change, so comparing parts by identity is enough; the
 * workspace handed over on start (`workspace.loaded`) is then no reason to save, which in a second tab
 * would have looked like newer progress to the first.
 */
export function holdsSameDraft(context: unknown, previous: unknown): boolean {
  if (context === previous) return true;
  if (typeof context !== 'object' || typeof previous !== 'object' || context === null || previous === null) return false;
  const parts = (record: object) => Object.keys(record).filter((key) => key !== 'workspace');
  const current = context as Record<string, unknown>;
  const before = previous as Record<string, unknown>;
  return parts(current).length === parts(before).length && parts(current).every((key) => key in before && current[key] === before[key]);
}

/** Return why a save failed, in words the user can act on. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return '浏览器的存储空间已满';
  if (isCodeLoadFailure(error)) return codeLoadFailureMessage;
  return error instanceof Error ? error.message : '浏览器拒绝保存';
}
