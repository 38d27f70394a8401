/** The 监考与考务人员 wizard as a page island: the kit's host around this wizard's machine and screens. */
import { WizardHost, type WizardViewProps } from '../kit/WizardHost';
import '../print/exam-run.css';
import { staffMachine } from './machine';
import { AssignmentScreen, StartScreen, TeachersScreen } from './InputScreens';
import { ResultScreen, ReviewScreen, RosterScreen } from './ResultScreens';
import type { StaffStep } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ staffDraftSpec }) => staffDraftSpec);

/** Props every screen of this wizard receives. */
export type StaffScreenProps = WizardViewProps<typeof staffMachine>;

const screens: Record<StaffStep, (props: StaffScreenProps) => preact.JSX.Element> = {
  start: StartScreen,
  teachers: TeachersScreen,
  assignment: AssignmentScreen,
  review: ReviewScreen,
  result: ResultScreen,
  roster: RosterScreen,
};

function StaffView(props: StaffScreenProps) {
  const Screen = screens[props.snapshot.value as StaffStep];
  return <Screen {...props} />;
}

/** The island. */
export default function StaffWizard() {
  return <WizardHost machine={staffMachine} loadDraftSpec={loadDraftSpec} view={StaffView} />;
}
