/** What every screen of the review wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { reviewMachine } from './machine';

export type ReviewScreenProps = ScreenProps<typeof reviewMachine>;
