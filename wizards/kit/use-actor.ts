import { useEffect, useState } from 'preact/hooks';
import {
  createActor,
  type Actor,
  type ActorOptions,
  type AnyStateMachine,
  type SnapshotFrom,
} from 'xstate';

/**
 * Run an XState machine for the life of a Preact component and re-render on every
 * new snapshot. Returns the current snapshot, `send`, and the actor itself.
 *
 * This replaces `@xstate/react`, which breaks Astro's server prerendering under
 * preact/compat. On the server the actor is created but never started, so the
 * first HTML shows the machine's initial snapshot.
 */
export function useActor<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options?: ActorOptions<TMachine>,
): [SnapshotFrom<TMachine>, Actor<TMachine>['send'], Actor<TMachine>] {
  const [actor] = useState(() => createActor(machine, options));
  const [snapshot, setSnapshot] = useState(() => actor.getSnapshot());

  useEffect(() => {
    const subscription = actor.subscribe((next) => setSnapshot(next));
    actor.start();
    // A snapshot may have changed between the first render and start(): pick it up.
    setSnapshot(actor.getSnapshot());
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);

  return [snapshot, actor.send, actor];
}
