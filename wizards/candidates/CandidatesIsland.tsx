/** The island mounted on /wizards/candidates/: the kit's host running this wizard. */
import { WizardHost } from '../kit/WizardHost';
import { CandidatesWizard } from './CandidatesWizard';
import { candidatesMachine } from './machine';

// The context's zod schema loads with the rest of the persistence code, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ candidatesDraftSpec }) => candidatesDraftSpec);

/** Render the candidate wizard with autosave, resume and the work file. */
export default function CandidatesIsland() {
  return <WizardHost machine={candidatesMachine} loadDraftSpec={loadDraftSpec} view={CandidatesWizard} />;
}
