/** The 成绩复查申请 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { lazyScreen } from '../kit/lazy-screen';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import { reviewMachine } from './machine';
import { DeadlineScreen, PlanScreen } from './Screens';
import { reviewSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ reviewDraftSpec }) => reviewDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

export const screens: WizardScreens<typeof reviewMachine> = {
  plan: PlanScreen,
  deadline: DeadlineScreen,
  // The score table and its readers load when first shown.
  students: lazyScreen(() => import('./StudentsScreen').then((module) => module.StudentsScreen)),
  // The request screens (reasons, contact, the check) load when first shown.
  reasons: lazyScreen(() => import('./RequestScreens').then((module) => module.ReasonsScreen)),
  contact: lazyScreen(() => import('./RequestScreens').then((module) => module.ContactScreen)),
  check: lazyScreen(() => import('./RequestScreens').then((module) => module.CheckScreen)),
  // The result (its file and mail) loads when first shown, outside the page's first JavaScript.
  result: lazyScreen(() => import('./ResultScreen').then((module) => module.ResultScreen)),
};

/** The island. */
export default function ReviewIsland() {
  return <WizardHost machine={reviewMachine} steps={reviewSteps} screens={screens} draft={draftIdentity('review')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="review" />} />;
}
