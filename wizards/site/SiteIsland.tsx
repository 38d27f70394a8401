/** The 考点申报与考场条件自查 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost } from '../kit/WizardHost';
import { siteMachine } from './machine';
import { siteScreens } from './SiteScreens';
import { siteSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

/** The screen of each state (the error-link test renders them). */
export const screens = siteScreens;

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ siteDraftSpec }) => siteDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

/** The island. */
export default function SiteIsland() {
  return <WizardHost machine={siteMachine} steps={siteSteps} screens={siteScreens} draft={draftIdentity('site')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="site" />} />;
}
