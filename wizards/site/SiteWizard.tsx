/** The site wizard's view: renders the machine's screen and sends its events. */
import { StepPage } from '../kit/StepPage';
import type { WizardViewProps } from '../kit/WizardHost';
import { getStepId } from '../kit/wizard-machine';
import type { SiteStep } from './form';
import type { siteMachine } from './machine';
import { ReadinessReport } from './ReadinessReport';
import { EligibilityQuestions, IneligibleNotice, SiteNameNotice } from './SiteGate';
import { MachineQuestions } from './SiteMachineQuestions';
import { RoomQuestions } from './SiteRooms';
import { EquipmentQuestions, FacilityQuestions, TeamQuestions, VenueQuestions } from './SiteVenueQuestions';
import type { SiteScreenProps } from './site-fields';
import './site.css';

const screens: Record<SiteStep, { title: string; render: (props: SiteScreenProps) => preact.JSX.Element }> = {
  eligibility: { title: '本校可以申报考核站点吗？', render: EligibilityQuestions },
  ineligible: { title: '现在还不能申报考核站点', render: IneligibleNotice },
  siteName: { title: '考核站点名称', render: SiteNameNotice },
  rooms: { title: '考场（机房）', render: RoomQuestions },
  server: { title: '服务器配置', render: (props) => <MachineQuestions {...props} machine="server" /> },
  proctor: { title: '监考机配置', render: (props) => <MachineQuestions {...props} machine="proctor" /> },
  candidate: { title: '考生机配置', render: (props) => <MachineQuestions {...props} machine="candidate" /> },
  equipment: { title: '交换机、屏蔽、身份认证和监控设备', render: EquipmentQuestions },
  venue: { title: '场地条件', render: VenueQuestions },
  team: { title: '考试管理团队', render: TeamQuestions },
  facilities: { title: '办公环境和其他要求', render: FacilityQuestions },
  report: { title: '考场条件自查报告', render: ReadinessReport },
};

/** Render the current screen of the site wizard. */
export function SiteWizard({ snapshot, send }: WizardViewProps<typeof siteMachine>) {
  const step = getStepId(snapshot.value) as SiteStep;
  const screen = screens[step];
  const canGoOn = snapshot.can({ type: 'step.next' });
  return (
    <StepPage
      title={screen.title}
      errors={snapshot.context.errors}
      onBack={snapshot.can({ type: 'step.back' }) ? () => send({ type: 'step.back' }) : undefined}
      onNext={canGoOn ? () => send({ type: 'step.next' }) : undefined}
      nextLabel={step === 'facilities' ? '生成自查报告' : undefined}
    >
      <screen.render context={snapshot.context} send={send} />
    </StepPage>
  );
}
