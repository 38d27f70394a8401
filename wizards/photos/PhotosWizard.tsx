/**
 * The photo pack wizard's view: picks the screen for the machine's step. Screens only
 * render the snapshot and send events; what they show is worked out in selectors.ts.
 */
import type { WizardViewProps } from '../kit/WizardHost';
import { ProgressBar } from '../kit/ProgressBar';
import type { photosMachine } from './machine';
import { ConfirmScreen } from './ConfirmScreen';
import { MatchingScreen } from './MatchingScreen';
import { PhotosScreen } from './PhotosScreen';
import { ResultScreen } from './ResultScreen';
import { ReviewScreen } from './ReviewScreen';
import { StudentsScreen } from './StudentsScreen';
import './photos.css';

/** Props every screen of the photo wizard receives. */
export type PhotoScreenProps = WizardViewProps<typeof photosMachine>;

/** Render the screen of the current step. */
export function PhotosWizard(props: PhotoScreenProps) {
  const { snapshot, send } = props;
  const cancel = () => send({ type: 'task.cancel' });
  if (snapshot.matches('students')) return <StudentsScreen {...props} />;
  if (snapshot.matches('photos')) return <PhotosScreen {...props} />;
  if (snapshot.matches('opening')) return <ProgressBar label="正在读取照片…" progress={snapshot.context.progress} unit="张" onCancel={cancel} />;
  if (snapshot.matches('matching')) return <MatchingScreen {...props} />;
  if (snapshot.matches('checking')) {
    return <ProgressBar label="正在逐张检查照片（照片只在本机处理，不会上传）…" progress={snapshot.context.progress} unit="张" onCancel={cancel} />;
  }
  if (snapshot.matches('review')) return <ReviewScreen {...props} />;
  if (snapshot.matches('confirm')) return <ConfirmScreen {...props} />;
  return <ResultScreen {...props} />;
}
