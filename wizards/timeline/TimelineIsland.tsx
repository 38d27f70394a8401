/** The 考务时间表 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import '../shared/exam-run.css';
import { timelineMachine } from './machine';
import { ExamDateScreen, PrintoutScreen, ResultScreen, WindowsScreen } from './Screens';
import { timelineSteps } from './steps';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ timelineDraftSpec }) => timelineDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

export const screens: WizardScreens<typeof timelineMachine> = {
  examDate: ExamDateScreen,
  windows: WindowsScreen,
  result: ResultScreen,
  printout: PrintoutScreen,
};

/** The island. */
export default function TimelineIsland() {
  return <WizardHost machine={timelineMachine} steps={timelineSteps} screens={screens} draft={draftIdentity('timeline')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="timeline" />} />;
}
