/**
 * Components that guides (MDX) may import. Guides import from here only, never from
 * a component file directly, so components can move without touching content.
 * Keep one export per line, sorted by exported name.
 */
export { Aside } from '@astrojs/starlight/components';
export { default as ButtonLabel } from './ButtonLabel.astro';
export { Card } from '@astrojs/starlight/components';
export { CardGrid } from '@astrojs/starlight/components';
export { default as Checklist } from './Checklist.astro';
export { default as CommonMistakes } from './CommonMistakes.astro';
export { default as CourseOutline } from './CourseOutline.astro';
export { default as DemoFiles } from './DemoFiles.astro';
export { default as DutyList } from './DutyList.astro';
export { default as EmergencyCards } from './EmergencyCards.astro';
export { default as EpidemicRules } from './EpidemicRules.astro';
export { default as EquipmentTable } from './EquipmentTable.astro';
export { default as FactList } from './FactList.astro';
export { default as FaqList } from './FaqList.astro';
export { default as GlossaryList } from './GlossaryList.astro';
export { default as ImageSpecTable } from './ImageSpecTable.astro';
export { default as InstallChecklist } from './InstallChecklist.astro';
export { default as LevelTable } from './LevelTable.astro';
export { default as LifecycleDiagram } from './LifecycleDiagram.astro';
export { LinkCard } from '@astrojs/starlight/components';
export { default as MachineSpecTable } from './MachineSpecTable.astro';
export { default as MaterialsTable } from './MaterialsTable.astro';
export { default as MenuPath } from './MenuPath.astro';
export { default as MilestoneList } from './MilestoneList.astro';
export { default as PageTerms } from './PageTerms.astro';
export { default as PlanExample } from './PlanExample.astro';
export { default as ProcessChecklist } from './ProcessChecklist.astro';
export { default as ProctorExamples } from './ProctorExamples.astro';
export { default as QuickCard } from './QuickCard.astro';
export { default as QuickCardList } from './QuickCardList.astro';
export { default as ReviewForm } from './ReviewForm.astro';
export { default as ReviewScope } from './ReviewScope.astro';
export { default as RunSheetExample } from './RunSheetExample.astro';
export { default as RunSheetTimeline } from './RunSheetTimeline.astro';
export { default as SiteChecklist } from './SiteChecklist.astro';
export { default as SiteRoleTable } from './SiteRoleTable.astro';
export { default as SiteTeamTable } from './SiteTeamTable.astro';
export { Steps } from '@astrojs/starlight/components';
export { default as TaskSummary } from './TaskSummary.astro';
export { default as TemplateTable } from './TemplateTable.astro';
export { default as WizardLink } from './WizardLink.astro';
export { findRunSheetPoint } from './exam-day-lookup';
export { formatChineseCount } from './chinese-numeral';
export { getMilestone } from './milestone-rows';
export { listCompoundSurnameReadings, listSurnameReadings } from './surname-readings';
