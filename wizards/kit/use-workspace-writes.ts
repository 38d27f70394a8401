/**
 * Write the machine's workspace updates (`workspace.update`) to the store, one
 * after another, each applied to the workspace as stored now (`workspace-merge.ts`).
 * An update that could not be written (storage full, or another tab changed the
 * same fields) is kept: the next write, 保留这个标签页的内容 and 导出工作文件 all
 * include it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyActorRef } from 'xstate';
import type { Workspace, WorkspacePatch } from '../../src/domain/workspace/schema';
import type { SaveState } from './SaveStatus';
import { workspaceKey } from './storage';
import { describeStorageError } from './use-autosave';
import type { WorkspaceUpdateEmitted } from './wizard-machine';
import { planWorkspaceWrite, type WorkspaceWritePlan } from './workspace-merge';
import type { WorkStore } from './work-store';

/** What the host gets: the state to show, the fields in conflict, and the workspace as on screen. */
export interface WorkspaceWrites {
  state: SaveState;
  /** Fields another tab changed that this tab's unsaved updates also write; empty when there is no conflict. */
  conflictFields: string[];
  /** The stored workspace with this tab's unsaved updates applied (what 导出工作文件 writes). */
  live: (stored: Workspace | undefined) => Promise<Workspace | undefined>;
  /** Wait until the updates so far are written (or held). */
  flush: () => Promise<void>;
  /** Write this tab's updates over another tab's change of the same fields: the user chose to. */
  keepMine: () => Promise<void>;
}

/** Write `actor`'s workspace updates into `store`; `onChangedElsewhere` is called when a write found another tab's changes. */
export function useWorkspaceWrites(
  actor: AnyActorRef,
  store: WorkStore,
  initial: Workspace,
  /**
   * Load the function that applies an update and checks the result against the schema (`applyWorkspacePatch`): on a
   * first visit (nothing saved to check) the schema code is not loaded with the page; the host starts loading it at the
   * user's first action, and a write waits for it.
   */
  loadApply: () => Promise<(workspace: Workspace, patch: WorkspacePatch) => Workspace>,
  onChangedElsewhere: () => void,
): WorkspaceWrites {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [conflictFields, setConflictFields] = useState<string[]>([]);
  const base = useRef(initial);
  const pending = useRef<WorkspacePatch[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const write = (force: boolean) => {
    queue.current = queue.current.then(async () => {
      const patches = pending.current;
      if (patches.length === 0) return;
      try {
        const apply = await loadApply();
        const plan = await store.transactTracked([workspaceKey], (current, changedElsewhere): { put?: Array<[string, unknown]>; result: WorkspaceWritePlan } => {
          const outcome = planWorkspaceWrite({ stored: current.get(workspaceKey) as Workspace | undefined, base: base.current, patches, changedElsewhere: changedElsewhere.has(workspaceKey), force, apply });
          return outcome.kind === 'write' ? { put: [[workspaceKey, outcome.workspace]], result: outcome } : { result: outcome };
        });
        if (plan.kind === 'conflict') {
          setConflictFields(plan.fields);
          setState({ kind: 'conflict' });
          return;
        }
        base.current = plan.workspace;
        pending.current = pending.current.slice(patches.length);
        setConflictFields([]);
        setState({ kind: 'saved', at: new Date() });
        if (plan.includesOtherChanges) onChangedElsewhere();
      } catch (error) {
        setState({ kind: 'failed', reason: describeStorageError(error) });
      }
    });
    return queue.current;
  };

  useEffect(() => {
    const subscription = actor.on('workspace.update', (event: WorkspaceUpdateEmitted) => {
      pending.current = [...pending.current, event.patch];
      void write(false);
    });
    actor.send({ type: 'workspace.loaded', workspace: initial });
    return () => subscription.unsubscribe();
  }, [actor]);

  return {
    state,
    conflictFields,
    live: async (stored) => {
      if (pending.current.length === 0) return stored;
      // Code that does not load fails the export with its reason: the updates are never left out without a word.
      const apply = await loadApply();
      try {
        return pending.current.reduce(apply, stored ?? base.current);
      } catch {
        // An update the schema refuses was never stored either: the file holds what is stored.
        return stored;
      }
    },
    flush: () => queue.current,
    keepMine: () => write(true),
  };
}
