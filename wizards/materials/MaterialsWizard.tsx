/** The 考试当天物料 wizard as a page island: the kit's host around this wizard's machine and screens. */
import { WizardHost, type WizardViewProps } from '../kit/WizardHost';
import '../print/exam-run.css';
import { materialsMachine } from './machine';
import { PrintScreen } from './PrintScreen';
import { DocumentsScreen, QuantitiesScreen, StartScreen } from './Screens';
import type { MaterialsStep } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ materialsDraftSpec }) => materialsDraftSpec);

/** Props every screen of this wizard receives. */
export type MaterialsScreenProps = WizardViewProps<typeof materialsMachine>;

const screens: Record<MaterialsStep, (props: MaterialsScreenProps) => preact.JSX.Element> = {
  start: StartScreen,
  quantities: QuantitiesScreen,
  documents: DocumentsScreen,
  printing: PrintScreen,
};

function MaterialsView(props: MaterialsScreenProps) {
  const Screen = screens[props.snapshot.value as MaterialsStep];
  return <Screen {...props} />;
}

/** The island. */
export default function MaterialsWizard() {
  return <WizardHost machine={materialsMachine} loadDraftSpec={loadDraftSpec} view={MaterialsView} />;
}
