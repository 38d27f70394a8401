/**
 * Keep the wizard's step in the URL hash and in the browser's history, so the
 * browser's Back and Forward move between screens, a reload shows the same
 * screen, and a link to `…/candidates/#review` opens that screen when the
 * machine allows it.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { AnyActorRef } from 'xstate';
import { busyTag, getStepId } from './wizard-machine';

function readHashStep(): string {
  return decodeURIComponent(window.location.hash.slice(1));
}

// The hash the page was opened with is a request once; after an import or a restart the saved step wins.
let hasFollowedEntryHash = false;

/** Sync `actor`'s step with the URL; `step` and `isBusy` come from the current snapshot. */
export function useStepHistory(actor: AnyActorRef, step: string, isBusy: boolean): void {
  const lastStep = useRef<string | null>(null);

  // Entering with a hash: ask the machine for that step (it refuses steps not yet reachable). A layout
  // effect, declared first, so it reads the hash before the one below writes the current step over it.
  useLayoutEffect(() => {
    if (hasFollowedEntryHash) return;
    hasFollowedEntryHash = true;
    const requested = readHashStep();
    if (requested && requested !== step) actor.send({ type: 'step.goto', step: requested });
  }, [actor]);

  // Written as the screen renders, in the same task as the step change: an effect after paint could come
  // after autosave had stored the new step, and a reload in between (the URL still naming the step before)
  // would take the user one step back, away from what was saved.
  useLayoutEffect(() => {
    if (isBusy) return;
    const url = `#${encodeURIComponent(step)}`;
    if (readHashStep() !== step) {
      // The first screen of a run replaces the current entry; later ones add entries.
      if (lastStep.current === null) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(null, '', url);
    }
    lastStep.current = step;
  }, [step, isBusy]);

  useEffect(() => {
    const follow = () => {
      const requested = readHashStep();
      const current = () => actor.getSnapshot() as { value: Parameters<typeof getStepId>[0]; hasTag: (tag: string) => boolean };
      if (!requested || requested === getStepId(current().value)) return;
      actor.send({ type: 'step.goto', step: requested });
      const now = current();
      // The machine refused (a step not reachable yet): keep the URL truthful.
      if (!now.hasTag(busyTag) && getStepId(now.value) !== requested) {
        window.history.replaceState(window.history.state, '', `#${encodeURIComponent(getStepId(now.value))}`);
      }
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [actor]);
}
