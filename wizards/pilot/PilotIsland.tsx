/** The 试点申报 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import { pilotMachine } from './machine';
import { BatchScreen, CheckScreen, DescriptionsScreen, FacilitiesScreen, MajorsScreen, ResultScreen, TeachersScreen } from './PilotScreens';
import { pilotSteps } from './steps';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ pilotDraftSpec }) => pilotDraftSpec);

const screens: WizardScreens<typeof pilotMachine> = {
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
  return <WizardHost machine={pilotMachine} steps={pilotSteps} screens={screens} loadDraftSpec={loadDraftSpec} seedDemo={loadDemoSeeder} />;
}
