/**
 * What a wizard's island hands the kit to seed the demo's store: the seeding code
 * (the whole sample school) loads only when a page runs in demo mode.
 */
import type { DemoSeeder } from '../kit/WizardHost';

/** Load the function that puts the sample school into a store. */
export const loadDemoSeeder = (): Promise<DemoSeeder> => import('./seed').then((module) => module.seedDemoStore);
