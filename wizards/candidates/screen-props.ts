/** What every screen of the candidate wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { candidatesMachine } from './machine';

export type CandidatesScreenProps = ScreenProps<typeof candidatesMachine>;
