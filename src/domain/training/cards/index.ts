/** Every quick-reference card of the 培训 section, in the order a school meets the work in a year. */
import { candidatesCard } from './candidates';
import { certificatesCard } from './certificates';
import { examDayCard } from './exam-day';
import { photosCard } from './photos';
import { pilotCard } from './pilot';
import { proctorsCard } from './proctors';
import { registrationCard } from './registration';
import { reviewCard } from './review';
import { roomsCard } from './rooms';
import { siteCard } from './site';
import type { QuickCardInput } from '../schema';

export const quickCards: readonly QuickCardInput[] = [
  pilotCard,
  siteCard,
  candidatesCard,
  photosCard,
  registrationCard,
  roomsCard,
  proctorsCard,
  examDayCard,
  reviewCard,
  certificatesCard,
];
