/** What every screen of the staff wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { staffMachine } from './machine';

export type StaffScreenProps = ScreenProps<typeof staffMachine>;
