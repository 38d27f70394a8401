/** The 为学生报考 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { lazyScreen } from '../kit/lazy-screen';
import type { RegistrationScreenProps } from './screen-props';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { registrationMachine } from './machine';
import { PlanScreen, StartScreen, TimesScreen } from './PlanScreens';
import { registrationSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ registrationDraftSpec }) => registrationDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

// The screens after the plan and its times (levels, site, fees, review, the files) load when first shown, keeping the page's first JavaScript small.
const LevelsScreen = lazyScreen<RegistrationScreenProps>(() => import('./LevelScreens').then((module) => module.LevelsScreen));
const StatusScreen = lazyScreen<RegistrationScreenProps>(() => import('./LevelScreens').then((module) => module.StatusScreen));
const FeesScreen = lazyScreen<RegistrationScreenProps>(() => import('./SiteScreens').then((module) => module.FeesScreen));
const SiteScreen = lazyScreen<RegistrationScreenProps>(() => import('./SiteScreens').then((module) => module.SiteScreen));
const ResultScreen = lazyScreen<RegistrationScreenProps>(() => import('./ResultScreens').then((module) => module.ResultScreen));
const ReviewScreen = lazyScreen<RegistrationScreenProps>(() => import('./ResultScreens').then((module) => module.ReviewScreen));

export const screens: WizardScreens<typeof registrationMachine> = {
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
  return <WizardHost machine={registrationMachine} steps={registrationSteps} screens={screens} draft={draftIdentity('registration')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="registration" />} />;
}
