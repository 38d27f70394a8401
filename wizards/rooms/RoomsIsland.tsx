/** The 考场设置 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { lazyScreen } from '../kit/lazy-screen';
import type { RoomsScreenProps } from './screen-props';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { AllocationScreen, RoomsScreen, StartScreen } from './InputScreens';
import { roomsMachine } from './machine';
import { roomsSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ roomsDraftSpec }) => roomsDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

// The review, the files and the printed room plan load when first shown, keeping the page's first JavaScript small.
const ResultScreen = lazyScreen<RoomsScreenProps>(() => import('./ResultScreens').then((module) => module.ResultScreen));
const ReviewScreen = lazyScreen<RoomsScreenProps>(() => import('./ResultScreens').then((module) => module.ReviewScreen));
const RoomPlanScreen = lazyScreen<RoomsScreenProps>(() => import('./ResultScreens').then((module) => module.RoomPlanScreen));

export const screens: WizardScreens<typeof roomsMachine> = {
  start: StartScreen,
  rooms: RoomsScreen,
  allocation: AllocationScreen,
  review: ReviewScreen,
  result: ResultScreen,
  roomPlan: RoomPlanScreen,
};

/** The island. */
export default function RoomsIsland() {
  return <WizardHost machine={roomsMachine} steps={roomsSteps} screens={screens} draft={draftIdentity('rooms')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="rooms" />} />;
}
