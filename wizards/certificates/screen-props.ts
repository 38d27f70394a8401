/** What every screen of the certificate wizard receives from the kit. */
import type { ScreenProps } from '../kit/WizardHost';
import type { certificatesMachine } from './machine';

export type CertificatesScreenProps = ScreenProps<typeof certificatesMachine>;
