/** The 考务时间表 wizard as a page island: the kit's host around this wizard's machine and screens. */
import { WizardHost, type WizardViewProps } from '../kit/WizardHost';
import '../print/exam-run.css';
import { timelineMachine } from './machine';
import { ExamDateScreen, PrintoutScreen, ResultScreen, WindowsScreen } from './Screens';
import type { TimelineStep } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ timelineDraftSpec }) => timelineDraftSpec);

/** Props every screen of this wizard receives. */
export type TimelineScreenProps = WizardViewProps<typeof timelineMachine>;

const screens: Record<TimelineStep, (props: TimelineScreenProps) => preact.JSX.Element> = {
  examDate: ExamDateScreen,
  windows: WindowsScreen,
  result: ResultScreen,
  printout: PrintoutScreen,
};

function TimelineView(props: TimelineScreenProps) {
  const Screen = screens[props.snapshot.value as TimelineStep];
  return <Screen {...props} />;
}

/** The island. */
export default function TimelineWizard() {
  return <WizardHost machine={timelineMachine} loadDraftSpec={loadDraftSpec} view={TimelineView} />;
}
