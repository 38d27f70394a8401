import type { AnyStateMachine } from 'xstate';
import { LifecycleMetaSchema, StatusMetaSchema, TransitionMetaSchema, type LifecycleDescription } from './schema';

/**
 * Turn a lifecycle machine into a list of statuses with their meaning, allowed
 * actions and outgoing transitions, in breadth-first order from the initial status.
 * Guides render diagrams from this, so a diagram can never drift from the machine.
 * Throws when a state or transition lacks the labels a diagram needs.
 */
export function describeLifecycle(machine: AnyStateMachine): LifecycleDescription {
  const root = machine.root;
  const meta = LifecycleMetaSchema.parse(root.meta);
  const initialKey = String(root.config.initial);
  const order = orderStatesBreadthFirst(machine, initialKey);

  const statuses = order.map((key) => {
    const node = root.states[key]!;
    const status = StatusMetaSchema.parse(node.meta);
    const transitions = [...node.transitions.values()].flat().flatMap((transition) => {
      if (!transition.target?.length) return [];
      if (!transition.description) {
        throw new Error(`${machine.id}.${key}: transition on "${transition.eventType}" needs a description`);
      }
      const { isInferred } = TransitionMetaSchema.parse(transition.meta ?? {});
      return transition.target.map((target) => ({ cause: transition.description!, to: target.key, isInferred }));
    });
    return {
      key,
      label: status.label,
      meaning: status.meaning,
      allowed: status.allowed,
      isInferred: status.isInferred,
      isInitial: key === initialKey,
      isFinal: node.type === 'final',
      transitions,
    };
  });

  return { id: machine.id, ...meta, statuses };
}

function orderStatesBreadthFirst(machine: AnyStateMachine, initialKey: string): string[] {
  const root = machine.root;
  const seen = [initialKey];
  for (let i = 0; i < seen.length; i += 1) {
    for (const transition of [...root.states[seen[i]!]!.transitions.values()].flat()) {
      for (const target of transition.target ?? []) if (!seen.includes(target.key)) seen.push(target.key);
    }
  }
  // States no transition reaches (e.g. 缺考, set by the platform) come last, in declared order.
  for (const key of Object.keys(root.states)) if (!seen.includes(key)) seen.push(key);
  return seen;
}

/** Return each status's column in a left-to-right diagram: its distance from the initial status. */
export function layoutColumns(description: LifecycleDescription): Map<string, number> {
  const columns = new Map<string, number>();
  const initial = description.statuses.find((status) => status.isInitial)!;
  columns.set(initial.key, 0);
  const queue = [initial.key];
  while (queue.length) {
    const key = queue.shift()!;
    const status = description.statuses.find((s) => s.key === key)!;
    for (const { to } of status.transitions) {
      if (!columns.has(to)) {
        columns.set(to, columns.get(key)! + 1);
        queue.push(to);
      }
    }
  }
  for (const status of description.statuses) if (!columns.has(status.key)) columns.set(status.key, 1);
  return columns;
}
