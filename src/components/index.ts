/**
 * Components that guides (MDX) may import. Guides import from here only, never from
 * a component file directly, so components can move without touching content.
 */
export { default as Checklist } from './Checklist.astro';
export { default as LifecycleDiagram } from './LifecycleDiagram.astro';
