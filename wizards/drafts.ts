/**
 * Every wizard's draft spec, by slug, for the kit to check a 工作文件 before it
 * replaces anything (`wizards/kit/work-file-import.ts`): each wizard's progress in
 * the file is read with that wizard's own schema. The kit knows no wizard, so each
 * island hands it this module, loaded only when a file is imported; each spec loads
 * with its wizard's `context-schema.ts`, the chunk the wizard's own page loads.
 */
import type { DraftSpec } from './kit/draft-envelope';
import type { DraftRegistry } from './kit/draft-registry';
import { wizards, type WizardSlug } from './catalog';

const loaders: Record<WizardSlug, () => Promise<DraftSpec<unknown>>> = {
  pilot: () => import('./pilot/context-schema').then((module) => module.pilotDraftSpec),
  site: () => import('./site/context-schema').then((module) => module.siteDraftSpec),
  candidates: () => import('./candidates/context-schema').then((module) => module.candidatesDraftSpec),
  photos: () => import('./photos/context-schema').then((module) => module.photosDraftSpec as DraftSpec<unknown>),
  registration: () => import('./registration/context-schema').then((module) => module.registrationDraftSpec),
  rooms: () => import('./rooms/context-schema').then((module) => module.roomsDraftSpec),
  staff: () => import('./staff/context-schema').then((module) => module.staffDraftSpec),
  materials: () => import('./materials/context-schema').then((module) => module.materialsDraftSpec),
  timeline: () => import('./timeline/context-schema').then((module) => module.timelineDraftSpec),
  review: () => import('./review/context-schema').then((module) => module.reviewDraftSpec),
  certificates: () => import('./certificates/context-schema').then((module) => module.certificatesDraftSpec),
};

/** The registry the islands hand `WizardHost`: every wizard's title and draft spec, in the site's order. */
export const wizardDrafts: DraftRegistry = Object.fromEntries(wizards.map((wizard) => [wizard.slug, { title: wizard.title, loadSpec: loaders[wizard.slug] }]));
