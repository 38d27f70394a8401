/** The 考务时间表 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { timelineMachine } from './machine';
import { ExamDateScreen, PrintoutScreen, ResultScreen, WindowsScreen } from './Screens';
import { timelineSteps } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ timelineDraftSpec }) => timelineDraftSpec);

const screens: WizardScreens<typeof timelineMachine> = {
  examDate: ExamDateScreen,
  windows: WindowsScreen,
  result: ResultScreen,
  printout: PrintoutScreen,
};

/** The island. */
export default function TimelineIsland() {
  return <WizardHost machine={timelineMachine} steps={timelineSteps} screens={screens} loadDraftSpec={loadDraftSpec} seedDemo={loadDemoSeeder} />;
}
