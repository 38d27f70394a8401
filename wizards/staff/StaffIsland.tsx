/** The 监考与考务人员 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { lazyScreen } from '../kit/lazy-screen';
import type { StaffScreenProps } from './screen-props';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { AssignmentScreen, StartScreen, TeachersScreen } from './InputScreens';
import { staffMachine } from './machine';
import { staffSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ staffDraftSpec }) => staffDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

// The review, the files and the printed roster load when first shown, keeping the page's first JavaScript small.
const ResultScreen = lazyScreen<StaffScreenProps>(() => import('./ResultScreens').then((module) => module.ResultScreen));
const ReviewScreen = lazyScreen<StaffScreenProps>(() => import('./ResultScreens').then((module) => module.ReviewScreen));
const RosterScreen = lazyScreen<StaffScreenProps>(() => import('./ResultScreens').then((module) => module.RosterScreen));

export const screens: WizardScreens<typeof staffMachine> = {
  start: StartScreen,
  teachers: TeachersScreen,
  assignment: AssignmentScreen,
  review: ReviewScreen,
  result: ResultScreen,
  roster: RosterScreen,
};

/** The island. */
export default function StaffIsland() {
  return <WizardHost machine={staffMachine} steps={staffSteps} screens={screens} draft={draftIdentity('staff')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="staff" />} />;
}
