/** The island mounted on /wizards/photos/: the kit's host running the photo pack wizard. */
import { WizardHost } from '../kit/WizardHost';
import { photosMachine } from './machine';
import { PhotosWizard } from './PhotosWizard';

// The context's zod schema loads with the rest of the persistence code, after the page is interactive.
const loadDraftSpec = () => import('./context-schema').then(({ photosDraftSpec }) => photosDraftSpec);

/** Render the photo pack wizard with autosave, resume and the work file. */
export default function PhotosIsland() {
  return <WizardHost machine={photosMachine} loadDraftSpec={loadDraftSpec} view={PhotosWizard} />;
}
