/** The certificate wizard's view: renders the machine's screen and sends its events. */
import { lazyScreen } from '../kit/lazy-screen';
import { StepPage } from '../kit/StepPage';
import type { WizardViewProps } from '../kit/WizardHost';
import { getStepId } from '../kit/wizard-machine';
import { CertificateScores } from './CertificateScores';
import type { CertificateStep } from './form';
import type { certificateMachine } from './machine';
import '../review/score-table.css';
import './certificates.css';

// The screens after the scores load when first shown, keeping them out of the page's first JavaScript.
const CertificateResults = lazyScreen(() => import('./CertificateResults').then((module) => module.CertificateResults));
const CertificateStamp = lazyScreen(() => import('./CertificateStamp').then((module) => module.CertificateStamp));
const IssuanceChecklist = lazyScreen(() => import('./IssuanceChecklist').then((module) => module.IssuanceChecklist));

const titles: Record<CertificateStep, string> = {
  scores: '考试成绩',
  results: '考证结果',
  stamp: '负责人签名章',
  issuance: '签发和发证清单',
};

/** Render the current screen of the certificate wizard. */
export function CertificatesWizard({ snapshot, send }: WizardViewProps<typeof certificateMachine>) {
  const step = getStepId(snapshot.value) as CertificateStep;
  const props = { context: snapshot.context, send };
  return (
    <StepPage
      title={titles[step]}
      errors={snapshot.context.errors}
      onBack={snapshot.can({ type: 'step.back' }) ? () => send({ type: 'step.back' }) : undefined}
      onNext={snapshot.can({ type: 'step.next' }) ? () => send({ type: 'step.next' }) : undefined}
    >
      {step === 'scores' && <CertificateScores {...props} isReading={snapshot.matches({ scores: 'reading' })} />}
      {step === 'results' && <CertificateResults {...props} />}
      {step === 'stamp' && <CertificateStamp {...props} isProcessing={snapshot.matches({ stamp: 'processing' })} />}
      {step === 'issuance' && <IssuanceChecklist {...props} />}
    </StepPage>
  );
}
