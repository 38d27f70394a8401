/** What every screen of the materials wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { materialsMachine } from './machine';

export type MaterialsScreenProps = ScreenProps<typeof materialsMachine>;
