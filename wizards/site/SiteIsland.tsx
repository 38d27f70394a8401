/** The island the site page mounts: the kit's host with this wizard's machine and view. */
import { WizardHost } from '../kit/WizardHost';
import { siteMachine } from './machine';
import { SiteWizard } from './SiteWizard';

/** Mount the site wizard. */
export default function SiteIsland() {
  return <WizardHost machine={siteMachine} loadDraftSpec={() => import('./draft-spec').then((module) => module.siteDraftSpec)} view={SiteWizard} />;
}
