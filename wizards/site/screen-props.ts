/** What every screen of the site wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { siteMachine } from './machine';

export type SiteScreenProps = ScreenProps<typeof siteMachine>;
