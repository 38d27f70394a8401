/** The island the pilot page mounts: the kit's host with this wizard's machine and view. */
import { WizardHost } from '../kit/WizardHost';
import { pilotMachine } from './machine';
import { PilotWizard } from './PilotWizard';

/** Mount the pilot wizard. */
export default function PilotIsland() {
  return <WizardHost machine={pilotMachine} loadDraftSpec={() => import('./draft-spec').then((module) => module.pilotDraftSpec)} view={PilotWizard} />;
}
