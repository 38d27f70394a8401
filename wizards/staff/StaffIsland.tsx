/** The 监考与考务人员 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { AssignmentScreen, StartScreen, TeachersScreen } from './InputScreens';
import { staffMachine } from './machine';
import { ResultScreen, ReviewScreen, RosterScreen } from './ResultScreens';
import { staffSteps } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ staffDraftSpec }) => staffDraftSpec);

const screens: WizardScreens<typeof staffMachine> = {
  start: StartScreen,
  teachers: TeachersScreen,
  assignment: AssignmentScreen,
  review: ReviewScreen,
  result: ResultScreen,
  roster: RosterScreen,
};

/** The island. */
export default function StaffIsland() {
  return <WizardHost machine={staffMachine} steps={staffSteps} screens={screens} loadDraftSpec={loadDraftSpec} seedDemo={loadDemoSeeder} />;
}
