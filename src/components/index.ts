/**
 * Components that guides (MDX) may import. Guides import from here only, never from
 * a component file directly, so components can move without touching content.
 */
export { Aside } from '@astrojs/starlight/components';
export { Steps } from '@astrojs/starlight/components';
export { default as Checklist } from './Checklist.astro';
export { default as CommonMistakes } from './CommonMistakes.astro';
export { default as DutyList } from './DutyList.astro';
export { default as EmergencyCards } from './EmergencyCards.astro';
export { default as EpidemicRules } from './EpidemicRules.astro';
export { default as FactList } from './FactList.astro';
export { default as FaqList } from './FaqList.astro';
export { default as GlossaryList } from './GlossaryList.astro';
export { default as LifecycleDiagram } from './LifecycleDiagram.astro';
export { default as MaterialsTable } from './MaterialsTable.astro';
export { default as PageTerms } from './PageTerms.astro';
export { default as ProcessChecklist } from './ProcessChecklist.astro';
export { default as RunSheetExample } from './RunSheetExample.astro';
export { default as RunSheetTimeline } from './RunSheetTimeline.astro';
export { default as SiteRolesTable } from './SiteRolesTable.astro';
export { default as TaskSummary } from './TaskSummary.astro';
export { default as WizardButton } from './WizardButton.astro';
