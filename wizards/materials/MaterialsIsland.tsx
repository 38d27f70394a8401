/** The 考试当天物料 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { materialsMachine } from './machine';
import { PrintScreen } from './PrintScreen';
import { DocumentsScreen, QuantitiesScreen, StartScreen } from './Screens';
import { materialsSteps } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ materialsDraftSpec }) => materialsDraftSpec);

const screens: WizardScreens<typeof materialsMachine> = {
  start: StartScreen,
  quantities: QuantitiesScreen,
  documents: DocumentsScreen,
  printing: PrintScreen,
};

/** The island. */
export default function MaterialsIsland() {
  return <WizardHost machine={materialsMachine} steps={materialsSteps} screens={screens} loadDraftSpec={loadDraftSpec} seedDemo={loadDemoSeeder} />;
}
