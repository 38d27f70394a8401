import { signing } from './facts';

/** Return the manual's batch-signing tip with the suggested page size filled in. */
export function formatBatchSigningTip(): string {
  return signing.batchTemplate.replace('{pageSize}', String(signing.batchPageSize));
}
