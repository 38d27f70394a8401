import { z } from '../zod';
import { menus } from '../platform/facts';

/**
 * What a lifecycle machine's state carries in `meta`: the platform's status name,
 * what it means, and what the school may do while a record is in it.
 */
export const StatusMetaSchema = z.object({
  /** The status as the platform shows it, e.g. 未排考. */
  label: z.string().check(z.minLength(1)),
  /** One sentence: when a record is in this status. */
  meaning: z.string().check(z.minLength(1)),
  /** What the school may do in this status; empty when nothing can be changed. */
  allowed: z.array(z.string()),
  /**
   * True when the manual does not name this status and the label is our reading
   * of it; the diagram marks it so users know. Default: false.
   */
  isInferred: z._default(z.optional(z.boolean()), false),
});
export type StatusMeta = z.input<typeof StatusMetaSchema>;

/** What a lifecycle machine carries in its root `meta`. */
export const LifecycleMetaSchema = z.object({
  /** Heading for the diagram, e.g. 考场状态. */
  title: z.string().check(z.minLength(1)),
  /** Manual section the statuses come from. */
  source: z.string().check(z.minLength(1)),
  /** The menu of the platform where the status is shown, by its key in `menus` (e.g. `rooms`). */
  where: z.enum(Object.keys(menus) as [keyof typeof menus, ...Array<keyof typeof menus>]),
});
export type LifecycleMeta = z.infer<typeof LifecycleMetaSchema>;

/** What a transition may carry in `meta`. */
export const TransitionMetaSchema = z.object({
  /**
   * True when the manual does not say the record moves this way and the change is
   * our reading of it; the diagram marks it like an inferred status. Default: false.
   */
  isInferred: z._default(z.optional(z.boolean()), false),
});
export type TransitionMeta = z.input<typeof TransitionMetaSchema>;

/** One status of a described lifecycle, ready to render. */
export interface LifecycleStatus {
  key: string;
  label: string;
  meaning: string;
  allowed: string[];
  isInferred: boolean;
  isInitial: boolean;
  isFinal: boolean;
  /** Outgoing changes: what causes them, the status they lead to, and whether the change is our reading. */
  transitions: Array<{ cause: string; to: string; isInferred: boolean }>;
}

/** A lifecycle machine turned into data a guide can render. */
export interface LifecycleDescription extends LifecycleMeta {
  id: string;
  statuses: LifecycleStatus[];
}

/** What any part of a lifecycle machine may carry in `meta`: the root lifecycle meta, states status meta, transitions transition meta. */
export type LifecycleNodeMeta = StatusMeta | LifecycleMeta | TransitionMeta;
