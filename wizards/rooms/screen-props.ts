/** What every screen of the rooms wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { roomsMachine } from './machine';

export type RoomsScreenProps = ScreenProps<typeof roomsMachine>;
