import { reviewContact, reviewForm, reviewReceipt, reviewScope } from '../domain/scores/facts';

/** Return the footnote of the 成绩复查表 with the organisation's e-mail and phone filled in. */
export function formatReviewNote(): string {
  return reviewForm.noteTemplate.replace('{email}', reviewContact.email).replace('{phone}', reviewContact.phone);
}

/** Return the e-mail subject the organisation asks for, for a school (or the manual's placeholder). */
export function formatReviewMailSubject(school = 'XX 院校'): string {
  return reviewContact.mailSubjectTemplate.replace('{school}', school);
}

/** Return the points of the review scope split into what is reviewed and what is not. */
export function splitReviewScope(): { covered: string[]; excluded: string[] } {
  return {
    covered: reviewScope.filter((item) => item.isCovered).map((item) => item.point),
    excluded: reviewScope.filter((item) => !item.isCovered).map((item) => item.point),
  };
}

/** Return the title of the receipt the organisation sends back, for a school (or the manual's placeholder). */
export function formatReviewReceiptTitle(school = 'XX 学校/院校'): string {
  return reviewReceipt.titleTemplate.replace('{school}', school);
}
