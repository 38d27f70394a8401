/** What every screen of the timeline wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { timelineMachine } from './machine';

export type TimelineScreenProps = ScreenProps<typeof timelineMachine>;
