/**
 * Walking every path of a wizard machine with `xstate/graph`, for any wizard's
 * tests. Events carry no data by default, so guarded steps would never be
 * reached: each test passes representative events (a valid and an invalid
 * answer, a task's done and error) for the guards to take both branches.
 * Snapshot keys include the context, so `serializeContext` projects the context
 * to the few values that matter, keeping the graph small.
 */
import { expect } from 'vitest';
import type { AnyStateMachine, EventFromLogic, InputFrom, SnapshotFrom, StateValue } from 'xstate';
import { getShortestPaths } from 'xstate/graph';

/** Options for walking a machine. */
export interface WalkOptions<TMachine extends AnyStateMachine> {
  input: InputFrom<TMachine>;
  /** Representative events, possibly depending on the current snapshot. */
  events: ReadonlyArray<EventFromLogic<TMachine>> | ((snapshot: SnapshotFrom<TMachine>) => ReadonlyArray<EventFromLogic<TMachine>>);
  /** The part of the context that tells two snapshots apart. Default: the whole context as JSON. */
  serializeContext?: (context: SnapshotFrom<TMachine>['context']) => unknown;
  /** Most snapshots to explore. Default: 5 000. */
  limit?: number;
}

/** Return the shortest path to every distinct snapshot reachable with the given events. */
export function walkMachine<TMachine extends AnyStateMachine>(machine: TMachine, options: WalkOptions<TMachine>) {
  const { input, events, serializeContext = (context) => context, limit = 5000 } = options;
  return getShortestPaths(machine, {
    input,
    events: events as never,
    limit,
    serializeState: (snapshot) => JSON.stringify([snapshot.value, serializeContext(snapshot.context)]),
  });
}

/** Return every state of a machine as dotted paths of atomic states, e.g. `input.reading`. */
export function listAtomicStates(machine: AnyStateMachine): string[] {
  const result: string[] = [];
  const visit = (node: AnyStateMachine['root'], prefix: string) => {
    const children = Object.entries(node.states);
    if (children.length === 0) result.push(prefix);
    for (const [key, child] of children) visit(child, prefix ? `${prefix}.${key}` : key);
  };
  visit(machine.root, '');
  return result.sort();
}

/** Return the dotted atomic state paths a state value is in. */
export function flattenStateValue(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
  return Object.entries(value).flatMap(([key, child]) => flattenStateValue(child as StateValue, prefix ? `${prefix}.${key}` : key));
}

/** Assert that the walk reaches every atomic state of the machine, naming the ones it misses. */
export function expectEveryStateReached<TMachine extends AnyStateMachine>(machine: TMachine, options: WalkOptions<TMachine>) {
  const reached = new Set(walkMachine(machine, options).flatMap((path) => flattenStateValue(path.state.value)));
  const missed = listAtomicStates(machine).filter((state) => !reached.has(state));
  expect(missed, 'states no path reaches').toEqual([]);
}
