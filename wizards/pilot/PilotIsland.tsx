/** The 试点申报 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import { pilotMachine } from './machine';
import { BatchScreen, CheckScreen, DescriptionsScreen, FacilitiesScreen, MajorsScreen, ResultScreen, TeachersScreen } from './PilotScreens';
import { pilotSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ pilotDraftSpec }) => pilotDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

export const screens: WizardScreens<typeof pilotMachine> = {
  batch: BatchScreen,
  majors: MajorsScreen,
  teachers: TeachersScreen,
  facilities: FacilitiesScreen,
  descriptions: DescriptionsScreen,
  check: CheckScreen,
  result: ResultScreen,
};

/** The island. */
export default function PilotIsland() {
  return <WizardHost machine={pilotMachine} steps={pilotSteps} screens={screens} draft={draftIdentity('pilot')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="pilot" />} />;
}
