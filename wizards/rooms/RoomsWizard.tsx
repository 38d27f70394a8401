/** The 考场设置 wizard as a page island: the kit's host around this wizard's machine and screens. */
import { WizardHost, type WizardViewProps } from '../kit/WizardHost';
import '../print/exam-run.css';
import { roomsMachine } from './machine';
import { AllocationScreen, RoomsScreen, StartScreen } from './InputScreens';
import { ResultScreen, ReviewScreen, RoomPlanScreen } from './ResultScreens';
import type { RoomsStep } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ roomsDraftSpec }) => roomsDraftSpec);

/** Props every screen of this wizard receives. */
export type RoomsScreenProps = WizardViewProps<typeof roomsMachine>;

const screens: Record<RoomsStep, (props: RoomsScreenProps) => preact.JSX.Element> = {
  start: StartScreen,
  rooms: RoomsScreen,
  allocation: AllocationScreen,
  review: ReviewScreen,
  result: ResultScreen,
  roomPlan: RoomPlanScreen,
};

function RoomsView(props: RoomsScreenProps) {
  const Screen = screens[props.snapshot.value as RoomsStep];
  return <Screen {...props} />;
}

/** The island. */
export default function RoomsWizard() {
  return <WizardHost machine={roomsMachine} loadDraftSpec={loadDraftSpec} view={RoomsView} />;
}
