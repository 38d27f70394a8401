/** The 为学生报考 wizard as a page island: the kit's host around this wizard's machine and screens. */
import { WizardHost, type WizardViewProps } from '../kit/WizardHost';
import '../print/exam-run.css';
import { registrationMachine } from './machine';
import { PlanScreen, StartScreen, TimesScreen } from './PlanScreens';
import { LevelsScreen, StatusScreen } from './LevelScreens';
import { FeesScreen, SiteScreen } from './SiteScreens';
import { ResultScreen, ReviewScreen } from './ResultScreens';
import type { RegistrationStep } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ registrationDraftSpec }) => registrationDraftSpec);

/** Props every screen of this wizard receives. */
export type RegistrationScreenProps = WizardViewProps<typeof registrationMachine>;

const screens: Record<RegistrationStep, (props: RegistrationScreenProps) => preact.JSX.Element> = {
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

function RegistrationView(props: RegistrationScreenProps) {
  const Screen = screens[props.snapshot.value as RegistrationStep];
  return <Screen {...props} />;
}

/** The island. */
export default function RegistrationWizard() {
  return <WizardHost machine={registrationMachine} loadDraftSpec={loadDraftSpec} view={RegistrationView} />;
}
