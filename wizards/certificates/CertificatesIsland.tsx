/** The 证书签发准备 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { lazyScreen } from '../kit/lazy-screen';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import { certificatesMachine } from './machine';
import { ScoresScreen } from './ScoresScreen';
import { certificatesSteps } from './steps';
import './certificates.css';

// The draft's zod schema loads with persistence, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ certificatesDraftSpec }) => certificatesDraftSpec);

// The screens after the scores load when first shown, keeping them out of the page's first JavaScript.
const screens: WizardScreens<typeof certificatesMachine> = {
  scores: ScoresScreen,
  results: lazyScreen(() => import('./ResultsScreen').then((module) => module.ResultsScreen)),
  stamp: lazyScreen(() => import('./StampScreen').then((module) => module.StampScreen)),
  issuance: lazyScreen(() => import('./IssuanceScreen').then((module) => module.IssuanceScreen)),
};

/** The island. */
export default function CertificatesIsland() {
  return <WizardHost machine={certificatesMachine} steps={certificatesSteps} screens={screens} loadDraftSpec={loadDraftSpec} seedDemo={loadDemoSeeder} />;
}
