/** The island the certificates page mounts: the kit's host with this wizard's machine and view. */
import { WizardHost } from '../kit/WizardHost';
import { certificateMachine } from './machine';
import { CertificatesWizard } from './CertificatesWizard';

/** Mount the certificate wizard. */
export default function CertificatesIsland() {
  return <WizardHost machine={certificateMachine} loadDraftSpec={() => import('./draft-spec').then((module) => module.certificateDraftSpec)} view={CertificatesWizard} />;
}
