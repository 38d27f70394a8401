/** The island the site page mounts: the kit's host with this wizard's machine and view. */
import { WizardHost } from '../kit/WizardHost';
import { siteDraftSpec } from './draft-spec';
import { siteMachine } from './machine';
import { SiteWizard } from './SiteWizard';

/** Mount the site wizard. */
export default function SiteIsland() {
  return <WizardHost machine={siteMachine} draftSpec={siteDraftSpec} view={SiteWizard} />;
}
