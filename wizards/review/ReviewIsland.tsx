/** The island the review page mounts: the kit's host with this wizard's machine and view. */
import { WizardHost } from '../kit/WizardHost';
import { reviewMachine } from './machine';
import { ReviewWizard } from './ReviewWizard';

/** Mount the review wizard. */
export default function ReviewIsland() {
  return <WizardHost machine={reviewMachine} loadDraftSpec={() => import('./draft-spec').then((module) => module.reviewDraftSpec)} view={ReviewWizard} />;
}
