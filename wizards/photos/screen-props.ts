/** What every screen of the photo wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { photosMachine } from './machine';

export type PhotosScreenProps = ScreenProps<typeof photosMachine>;
