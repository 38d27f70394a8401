import type { Actor } from 'xstate';
import type { CandidatesContext } from './context';
import type { candidatesMachine } from './machine';

/** What every screen of the candidate wizard receives from the view. */
export interface ScreenProps {
  context: CandidatesContext;
  send: Actor<typeof candidatesMachine>['send'];
  /** True while the machine is in a `busy` state started from this screen. */
  isBusy: boolean;
}
