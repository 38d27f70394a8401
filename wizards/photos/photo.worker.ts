/**
 * The photo wizard's worker: checks each photo it is sent (see worker-protocol.ts) and
 * answers with the inspection. Loaded with `new Worker(new URL(...), { type: 'module' })`.
 */
import { inspectPhoto } from './inspect-photo';
import type { InspectRequest, InspectResponse } from './worker-protocol';

// The project's TypeScript lib is the DOM's; a worker's global scope needs only these two.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<InspectRequest>) => void) | null;
  postMessage(message: InspectResponse): void;
};

scope.onmessage = async ({ data: { id, photo } }) => {
  try {
    scope.postMessage({ id, inspection: await inspectPhoto(photo) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
