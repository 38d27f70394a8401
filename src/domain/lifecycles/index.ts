/** Every record lifecycle of the platform, by the key guides use to show it. */
import { candidateInfoLifecycle } from './candidate-info';
import { certificateIssuanceLifecycle } from './certificate-issuance';
import { enrolmentLifecycle } from './enrolment';
import { examRoomLifecycle } from './exam-room';
import { examSiteLifecycle } from './exam-site';
import { pilotApplicationLifecycle } from './pilot-application';

export const lifecycles = {
  pilotApplication: pilotApplicationLifecycle,
  examSite: examSiteLifecycle,
  candidateInfo: candidateInfoLifecycle,
  enrolment: enrolmentLifecycle,
  examRoom: examRoomLifecycle,
  certificateIssuance: certificateIssuanceLifecycle,
};

export type LifecycleKey = keyof typeof lifecycles;
