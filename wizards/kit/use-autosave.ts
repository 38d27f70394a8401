/**
 * Save the machine's step and context after every change, a moment after the
 * last one (typing a name is one save, not one per key), and at once when the
 * page is hidden or closed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnyActorRef, StateValue } from 'xstate';
import { createDraftEnvelope, type DraftSpec } from './draft-envelope';
import type { SaveState } from './SaveStatus';
import { draftKey, type KeyValueStore } from './storage';
import { busyTag } from './wizard-machine';

const quietMs = 300;

/** Autosave `actor` into `store`; returns the state to show in `SaveStatus`. */
export function useAutosave(actor: AnyActorRef, store: KeyValueStore, spec: DraftSpec<unknown>, initial: SaveState): SaveState {
  const [state, setState] = useState<SaveState>(store.isPersistent ? initial : { kind: 'memoryOnly' });

  useEffect(() => {
    let lastValue = JSON.stringify(actor.getSnapshot().value);
    let lastContext: unknown = actor.getSnapshot().context;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: { value: StateValue; context: unknown } | null = null;

    const save = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      const { value, context } = pending;
      pending = null;
      const now = new Date();
      store.put(draftKey(spec.slug), createDraftEnvelope(spec, value, context, now)).then(
        () => store.isPersistent && setState({ kind: 'saved', at: now }),
        (error: unknown) => setState({ kind: 'failed', reason: describeStorageError(error) }),
      );
    };

    const subscription = actor.subscribe((snapshot: { value: StateValue; context: unknown; hasTag: (tag: string) => boolean }) => {
      if (snapshot.hasTag(busyTag)) return;
      const value = JSON.stringify(snapshot.value);
      if (value === lastValue && snapshot.context === lastContext) return;
      lastValue = value;
      lastContext = snapshot.context;
      pending = { value: snapshot.value, context: snapshot.context };
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, quietMs);
    });
    const flush = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', flush);
    return () => {
      save();
      subscription.unsubscribe();
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [actor, store, spec]);

  return state;
}

/** Return why a save failed, in words the user can act on. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return '浏览器的存储空间已满';
  return error instanceof Error ? error.message : '浏览器拒绝保存';
}
