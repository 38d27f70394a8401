/** The 证书签发准备 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { lazyScreen } from '../kit/lazy-screen';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import { certificatesMachine } from './machine';
import { ScoresScreen } from './ScoresScreen';
import { certificatesSteps } from './steps';
import './certificates.css';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ certificatesDraftSpec }) => certificatesDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

// The screens after the scores load when first shown, keeping them out of the page's first JavaScript.
export const screens: WizardScreens<typeof certificatesMachine> = {
  scores: ScoresScreen,
  results: lazyScreen(() => import('./ResultsScreen').then((module) => module.ResultsScreen)),
  stamp: lazyScreen(() => import('./StampScreen').then((module) => module.StampScreen)),
  issuance: lazyScreen(() => import('./IssuanceScreen').then((module) => module.IssuanceScreen)),
};

/** The island. */
export default function CertificatesIsland() {
  return <WizardHost machine={certificatesMachine} steps={certificatesSteps} screens={screens} draft={draftIdentity('certificates')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} />;
}
