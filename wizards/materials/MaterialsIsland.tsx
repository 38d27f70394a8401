/** The 考试当天物料 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { lazyScreen } from '../kit/lazy-screen';
import type { MaterialsScreenProps } from './screen-props';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { materialsMachine } from './machine';
import { DocumentsScreen, QuantitiesScreen, StartScreen } from './Screens';
import { materialsSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ materialsDraftSpec }) => materialsDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

// The printing screen (every document's print code) loads when first shown, keeping the page's first JavaScript small.
const PrintScreen = lazyScreen<MaterialsScreenProps>(() => import('./PrintScreen').then((module) => module.PrintScreen));

export const screens: WizardScreens<typeof materialsMachine> = {
  start: StartScreen,
  quantities: QuantitiesScreen,
  documents: DocumentsScreen,
  printing: PrintScreen,
};

/** The island. */
export default function MaterialsIsland() {
  return <WizardHost machine={materialsMachine} steps={materialsSteps} screens={screens} draft={draftIdentity('materials')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="materials" />} />;
}
