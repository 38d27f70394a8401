/** The 考生照片打包 wizard as a page island: the kit's host with this wizard's machine, steps and screens. */
import { loadDemoSeeder } from '../demo/load-seeder';
import { ProgressBar } from '../kit/ProgressBar';
import { lazyScreen } from '../kit/lazy-screen';
import { WizardHost, type WizardScreens } from '../kit/WizardHost';
import { photosMachine } from './machine';
import { PhotosScreen } from './PhotosScreen';
import type { PhotosScreenProps } from './screen-props';
import { photosSteps } from './steps';
import { StudentsScreen } from './StudentsScreen';
import './photos.css';
import { NextWizard } from '../shared/NextWizard';
import { draftIdentity } from '../draft-identity';

// The draft's zod schema loads only when there is saved work to check.
const loadDraftSpec = () => import('./context-schema').then(({ photosDraftSpec }) => photosDraftSpec);
// Every wizard's draft spec, to check a work file's entries: loaded only when one is imported.
const loadDraftRegistry = () => import('../drafts').then(({ wizardDrafts }) => wizardDrafts);

/** Return the screen of a busy state: its progress, and 取消. */
const progressScreen = (label: string) =>
  function PhotoProgress({ context, send }: PhotosScreenProps) {
    return <ProgressBar label={label} progress={context.progress} unit="张" onCancel={() => send({ type: 'task.cancel' })} />;
  };

// The screens after the photos are read (matching, review, the files) load when first shown, keeping the page's first JavaScript small.
const MatchingScreen = lazyScreen<PhotosScreenProps>(() => import('./MatchingScreen').then((module) => module.MatchingScreen));
const ReviewScreen = lazyScreen<PhotosScreenProps>(() => import('./ReviewScreen').then((module) => module.ReviewScreen));
const ConfirmScreen = lazyScreen<PhotosScreenProps>(() => import('./ConfirmScreen').then((module) => module.ConfirmScreen));
const ResultScreen = lazyScreen<PhotosScreenProps>(() => import('./ResultScreen').then((module) => module.ResultScreen));

export const screens: WizardScreens<typeof photosMachine> = {
  students: StudentsScreen,
  photos: PhotosScreen,
  opening: progressScreen('正在读取照片…'),
  matching: MatchingScreen,
  checking: progressScreen('正在逐张检查照片（照片只在本机处理，不会上传）…'),
  review: ReviewScreen,
  confirm: ConfirmScreen,
  result: ResultScreen,
};

/** The island. */
export default function PhotosIsland() {
  return <WizardHost machine={photosMachine} steps={photosSteps} screens={screens} draft={draftIdentity('photos')} loadDraftSpec={loadDraftSpec} loadDraftRegistry={loadDraftRegistry} seedDemo={loadDemoSeeder} nextWizard={<NextWizard current="photos" />} />;
}
