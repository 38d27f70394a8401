/** What every screen of the registration wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { registrationMachine } from './machine';

export type RegistrationScreenProps = ScreenProps<typeof registrationMachine>;
