/** The 考场设置 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { AllocationScreen, RoomsScreen, StartScreen } from './InputScreens';
import { roomsMachine } from './machine';
import { ResultScreen, ReviewScreen, RoomPlanScreen } from './ResultScreens';
import { roomsSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ roomsDraftSpec }) => roomsDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

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
