/** The 考点申报与考场条件自查 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost } from '../kit/WizardHost';
import { siteMachine } from './machine';
import { siteScreens } from './SiteScreens';
import { siteSteps } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ siteDraftSpec }) => siteDraftSpec);

/** The island. */
export default function SiteIsland() {
  return <WizardHost machine={siteMachine} steps={siteSteps} screens={siteScreens} loadDraftSpec={loadDraftSpec} seedDemo={loadDemoSeeder} />;
}
