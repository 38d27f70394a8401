/**
 * Each wizard's draft version, apart from its zod schema (`<wizard>/context-schema.ts`): autosave writes the version
 * into every draft, and a page on a first visit saves its first draft before any schema has loaded (the schemas load
 * only when there is saved work to check). Raise a wizard's version, with a migration in its context-schema, when its
 * machine's context changes shape.
 */
import type { WizardSlug } from './catalog';
import type { DraftIdentity } from './kit/draft-envelope';

const draftVersions: Record<WizardSlug, number> = {
  pilot: 1,
  site: 1,
  candidates: 1,
  photos: 1,
  registration: 1,
  rooms: 1,
  staff: 1,
  materials: 1,
  timeline: 1,
  review: 1,
  certificates: 1,
};

/** The slug and draft version of a wizard, as its drafts are written. */
export function draftIdentity(slug: WizardSlug): DraftIdentity {
  return { slug, version: draftVersions[slug] };
}
