/**
 * Putting the sample school into the demo's store (never the user's own: the
 * kit opens a separate database in demo mode). Loaded on demand, the first time
 * a page runs in demo mode and when the user chooses 「重新载入演示数据」.
 */
import { toChinaDate } from '../../src/domain/identity/rules';
import { workspaceKey, type KeyValueStore } from '../kit/storage';
import { buildSampleApplicationDrafts } from './sample-applications';
import { buildSampleReviewDraft } from './sample-review';
import { buildSampleWorkspace } from './sample-workspace';

/**
 * Replace everything in the demo store with the sample school, dated from `now`: its
 * workspace, and the pilot application, site self-check and review request it has
 * begun (the answers only those wizards ask for).
 */
export function seedDemoStore(store: KeyValueStore, now: Date): Promise<void> {
  const workspace = buildSampleWorkspace(now);
  return store.replaceAll([[workspaceKey, workspace], ...buildSampleApplicationDrafts(workspace, toChinaDate(now), now), buildSampleReviewDraft(workspace, now)]);
}
