/** The 考生信息导入 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { lazyScreen } from '../kit/lazy-screen';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import { candidatesMachine } from './machine';
import type { CandidatesScreenProps } from './screen-props';
import { PilotScreen, UmlautScreen } from './SettingsScreens';
import { PasteScreen, SchoolScreen, SourceScreen, UploadScreen } from './StartScreens';
import { candidatesSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ candidatesDraftSpec }) => candidatesDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

// Typing the list, and the screens after the list is read, load when first shown, keeping the page's initial JavaScript small.
const EntryScreen = lazyScreen<CandidatesScreenProps>(() => import('./EntryScreen').then((module) => module.EntryScreen));
const MappingScreen = lazyScreen<CandidatesScreenProps>(() => import('./MappingScreen').then((module) => module.MappingScreen));
const ReviewScreen = lazyScreen<CandidatesScreenProps>(() => import('./ReviewScreen').then((module) => module.ReviewScreen));
const ClassifyScreen = lazyScreen<CandidatesScreenProps>(() => import('./ClassifyScreen').then((module) => module.ClassifyScreen));
const AnswersScreen = lazyScreen<CandidatesScreenProps>(() => import('./FinishScreens').then((module) => module.AnswersScreen));
const ResultScreen = lazyScreen<CandidatesScreenProps>(() => import('./FinishScreens').then((module) => module.ResultScreen));

// Reading a list shows its progress on the screen it came from (the host's default for a busy state);
// checking shows it on the review screen, also when the first check starts from 拼音写法.
export const screens: WizardScreens<typeof candidatesMachine> = {
  school: SchoolScreen,
  source: SourceScreen,
  upload: UploadScreen,
  paste: PasteScreen,
  entry: EntryScreen,
  mapping: MappingScreen,
  umlaut: UmlautScreen,
  checking: ReviewScreen,
  review: ReviewScreen,
  pilot: PilotScreen,
  classify: ClassifyScreen,
  answers: AnswersScreen,
  result: ResultScreen,
};

/** The island. */
export default function CandidatesIsland() {
  return <WizardHost machine={candidatesMachine} steps={candidatesSteps} screens={screens} draft={draftIdentity('candidates')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="candidates" />} />;
}
