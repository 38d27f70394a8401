import { z } from '../zod';

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
  /** Where in the platform the status is shown, e.g. 「考务管理-考场管理」. */
  where: z.string().check(z.minLength(1)),
});
export type LifecycleMeta = z.infer<typeof LifecycleMetaSchema>;

/** One status of a described lifecycle, ready to render. */
export interface LifecycleStatus {
  key: string;
  label: string;
  meaning: string;
  allowed: string[];
  isInferred: boolean;
  isInitial: boolean;
  isFinal: boolean;
  /** Outgoing changes: what causes them and the status they lead to. */
  transitions: Array<{ cause: string; to: string }>;
}

/** A lifecycle machine turned into data a guide can render. */
export interface LifecycleDescription extends LifecycleMeta {
  id: string;
  statuses: LifecycleStatus[];
}

/** What any node of a lifecycle machine may carry in `meta`: the root has lifecycle meta, states status meta. */
export type LifecycleNodeMeta = StatusMeta | LifecycleMeta;
