/** The 考场设置 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { AllocationScreen, RoomsScreen, StartScreen } from './InputScreens';
import { roomsMachine } from './machine';
import { ResultScreen, ReviewScreen, RoomPlanScreen } from './ResultScreens';
import { roomsSteps } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ roomsDraftSpec }) => roomsDraftSpec);

const screens: WizardScreens<typeof roomsMachine> = {
  start: StartScreen,
  rooms: RoomsScreen,
  allocation: AllocationScreen,
  review: ReviewScreen,
  result: ResultScreen,
  roomPlan: RoomPlanScreen,
};

/** The island. */
export default function RoomsIsland() {
  return <WizardHost machine={roomsMachine} steps={roomsSteps} screens={screens} loadDraftSpec={loadDraftSpec} seedDemo={loadDemoSeeder} />;
}
