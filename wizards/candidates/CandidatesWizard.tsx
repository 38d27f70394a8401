/** The candidate wizard's view: picks the screen for the machine's step. It renders and sends; nothing more. */
import type { FunctionComponent } from 'preact';
import type { AnyMachineSnapshot } from 'xstate';
import { busyTag, getStepId } from '../kit/wizard-machine';
import type { WizardViewProps } from '../kit/WizardHost';
import { lazyScreen } from '../kit/lazy-screen';
import type { CandidatesContext } from './context';
import type { candidatesMachine } from './machine';
import type { ScreenProps } from './screen-props';
import { PilotScreen, UmlautScreen } from './SettingsScreens';
import { EntryScreen, PasteScreen, SchoolScreen, SourceScreen, UploadScreen } from './StartScreens';

// Screens after the list is read load when first shown, keeping the page's initial JavaScript small.
const MappingScreen = lazyScreen(() => import('./MappingScreen').then((module) => module.MappingScreen));
const ReviewScreen = lazyScreen(() => import('./ReviewScreen').then((module) => module.ReviewScreen));
const ClassifyScreen = lazyScreen(() => import('./ClassifyScreen').then((module) => module.ClassifyScreen));
const AnswersScreen = lazyScreen(() => import('./FinishScreens').then((module) => module.AnswersScreen));
const ResultScreen = lazyScreen(() => import('./FinishScreens').then((module) => module.ResultScreen));

const screens: Record<string, FunctionComponent<ScreenProps>> = {
  school: SchoolScreen,
  source: SourceScreen,
  upload: UploadScreen,
  paste: PasteScreen,
  entry: EntryScreen,
  mapping: MappingScreen,
  umlaut: UmlautScreen,
  review: ReviewScreen,
  pilot: PilotScreen,
  classify: ClassifyScreen,
  answers: AnswersScreen,
  result: ResultScreen,
};

// Busy states show their progress on the screen that started them.
const busyScreens: Record<string, (context: CandidatesContext) => string> = {
  reading: (context) => (context.sourceKind === 'paste' ? 'paste' : 'upload'),
  checking: () => 'review',
};

/** Render the current screen of the candidate wizard. */
export function CandidatesWizard({ snapshot, send }: WizardViewProps<typeof candidatesMachine>) {
  const machineSnapshot = snapshot as unknown as AnyMachineSnapshot;
  const step = getStepId(machineSnapshot.value);
  const context = snapshot.context;
  const screen = busyScreens[step]?.(context) ?? step;
  const Screen = screens[screen]!;
  return <Screen context={context} send={send} isBusy={machineSnapshot.hasTag(busyTag)} />;
}
