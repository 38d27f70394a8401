/** The 为学生报考 wizard as a page island: the kit's host around this wizard's machine and screens. */
import { WizardHost, type WizardViewProps } from '../kit/WizardHost';
import type { DraftSpec } from '../kit/saved-work';
import '../print/exam-run.css';
import { RegistrationContextSchema } from './context-schema';
import { registrationMachine } from './machine';
import { PlanScreen, StartScreen, TimesScreen } from './PlanScreens';
import { LevelsScreen, StatusScreen } from './LevelScreens';
import { FeesScreen, SiteScreen } from './SiteScreens';
import { ResultScreen, ReviewScreen } from './ResultScreens';
import type { RegistrationStep } from './steps';

/** How the wizard's progress is saved. */
export const registrationDraftSpec: DraftSpec<unknown> = { slug: 'registration', version: 1, schema: RegistrationContextSchema, migrations: {} };

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
  return <WizardHost machine={registrationMachine} draftSpec={registrationDraftSpec} view={RegistrationView} />;
}
