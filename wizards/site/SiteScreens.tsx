/** The site wizard's screens: each asks its questions under its heading, with 上一步 and 下一步 from the machine. */
import type { FunctionComponent } from 'preact';
import { lazyScreen } from '../kit/lazy-screen';
import { StepPage } from '../kit/StepPage';
import type { SiteScreenProps } from './screen-props';
import type { SiteQuestionProps } from './site-fields';
import { EligibilityQuestions, IneligibleNotice, SiteNameNotice } from './SiteGate';
import { MachineQuestions } from './SiteMachineQuestions';
import { RoomQuestions } from './SiteRooms';
import { EquipmentQuestions, FacilityQuestions, TeamQuestions, VenueQuestions } from './SiteVenueQuestions';
import './site.css';

// The self-check report (the readiness rules, the application form's notes) loads when first shown.
const ReadinessReport = lazyScreen(() => import('./ReadinessReport').then((module) => module.ReadinessReport));

/** Return a screen with `title` whose content is `Questions`; 下一步 only where the machine offers it. */
function siteScreen(title: string, Questions: FunctionComponent<SiteQuestionProps>, nextLabel?: string): FunctionComponent<SiteScreenProps> {
  return function SiteScreen({ snapshot, send, context }) {
    return (
      <StepPage
        title={title}
        errors={context.errors}
        onBack={snapshot.can({ type: 'step.back' }) ? () => send({ type: 'step.back' }) : undefined}
        onNext={snapshot.can({ type: 'step.next' }) ? () => send({ type: 'step.next' }) : undefined}
        nextLabel={nextLabel}
      >
        <Questions context={context} send={send} />
      </StepPage>
    );
  };
}

/** The screen of each step. */
export const siteScreens: Record<string, FunctionComponent<SiteScreenProps>> = {
  eligibility: siteScreen('本校可以申报考核站点吗？', EligibilityQuestions),
  ineligible: siteScreen('现在还不能申报考核站点', IneligibleNotice),
  siteName: siteScreen('考核站点名称', SiteNameNotice),
  rooms: siteScreen('考场（机房）', RoomQuestions),
  server: siteScreen('服务器配置', (props) => <MachineQuestions {...props} machine="server" />),
  proctor: siteScreen('监考机配置', (props) => <MachineQuestions {...props} machine="proctor" />),
  candidate: siteScreen('考生机配置', (props) => <MachineQuestions {...props} machine="candidate" />),
  equipment: siteScreen('交换机、屏蔽、身份认证和监控设备', EquipmentQuestions),
  venue: siteScreen('场地条件', VenueQuestions),
  team: siteScreen('考试管理团队', TeamQuestions),
  facilities: siteScreen('办公环境和其他要求', FacilityQuestions, '生成自查报告'),
  report: siteScreen('考场条件自查报告', ReadinessReport),
};
