/**
 * Putting the sample school into the demo's store (never the user's own: the
 * kit opens a separate database in demo mode). Loaded on demand, the first time
 * a page runs in demo mode and when the user chooses 「重新载入演示数据」.
 */
import { workspaceKey, type KeyValueStore } from '../kit/storage';
import { buildSampleWorkspace } from './sample-workspace';

/** Replace everything in the demo store with the sample school, dated from `now`. */
export function seedDemoStore(store: KeyValueStore, now: Date): Promise<void> {
  return store.replaceAll([[workspaceKey, buildSampleWorkspace(now)]]);
}
