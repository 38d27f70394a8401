/** What every screen of the pilot wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { pilotMachine } from './machine';

export type PilotScreenProps = ScreenProps<typeof pilotMachine>;
