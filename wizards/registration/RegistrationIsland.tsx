/** The 为学生报考 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { LevelsScreen, StatusScreen } from './LevelScreens';
import { registrationMachine } from './machine';
import { PlanScreen, StartScreen, TimesScreen } from './PlanScreens';
import { ResultScreen, ReviewScreen } from './ResultScreens';
import { FeesScreen, SiteScreen } from './SiteScreens';
import { registrationSteps } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ registrationDraftSpec }) => registrationDraftSpec);

const screens: WizardScreens<typeof registrationMachine> = {
  start: StartScreen,
  plan: PlanScreen,
  times: TimesScreen,
  levels: LevelsScreen,
  status: StatusScreen,
  site: SiteScreen,
  fees: FeesScreen,
  review: ReviewScreen,
  result: ResultScreen,
};

/** The island. */
export default function RegistrationIsland() {
  return <WizardHost machine={registrationMachine} steps={registrationSteps} screens={screens} loadDraftSpec={loadDraftSpec} seedDemo={loadDemoSeeder} />;
}
