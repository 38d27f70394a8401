/**
 * The windows of an exam plan as typed (报考时间, 排考时间, 成绩登记时间, 成绩公示时间):
 * each optional, but when given both ends must be real dates in order.
 */
import { isIsoDate } from '../timeline/iso-date';
import { planWindows } from './facts';
import type { Problem } from './problem';

/** Key of one of the plan's windows. */
export type PlanWindowKey = keyof typeof planWindows;

/** The plan's window keys in the platform's order. */
export const planWindowKeys = Object.keys(planWindows) as PlanWindowKey[];

/** A window as typed: both ends strings, both empty when not entered. */
export interface WindowDraft {
  start: string;
  end: string;
}

/** The plan's windows as checked date ranges (as the workspace keeps them), each null when not entered. */
export type PlanWindows = Record<PlanWindowKey, { start: string; end: string } | null>;

/** The plan's windows as typed, one draft each. */
export type WindowDrafts = Record<PlanWindowKey, WindowDraft>;

/** The ids of every window input (both ends of each), in the order of the form. */
export const windowFieldIds: readonly string[] = planWindowKeys.flatMap((key) => [getWindowFieldId(key, 'start'), getWindowFieldId(key, 'end')]);

/** Return the id of the input for one end of a window, e.g. window-registration-start. */
export function getWindowFieldId(key: PlanWindowKey, end: keyof WindowDraft): string {
  return `window-${key}-${end}`;
}

/** Check one window as typed: empty, or two real dates with the start not after the end. */
export function checkWindowDraft(key: PlanWindowKey, draft: WindowDraft): Problem[] {
  const [start, end] = [draft.start.trim(), draft.end.trim()];
  if (!start && !end) return [];
  const name = planWindows[key].name;
  const problems: Problem[] = [];
  if (!isIsoDate(start))
    problems.push({ field: getWindowFieldId(key, 'start'), message: `请填写${name}的开始日期，例如 2036-04-16；不填就把两个日期都留空。` });
  if (!isIsoDate(end))
    problems.push({ field: getWindowFieldId(key, 'end'), message: `请填写${name}的结束日期，例如 2036-06-10；不填就把两个日期都留空。` });
  if (problems.length === 0 && start > end) {
    problems.push({ field: getWindowFieldId(key, 'end'), message: `${name}的结束日期 ${end} 早于开始日期 ${start}，请核对考核计划。` });
  }
  return problems;
}

/** Return a checked window as a date range, or null when it was left empty. */
export function toDateRange(draft: WindowDraft): { start: string; end: string } | null {
  const [start, end] = [draft.start.trim(), draft.end.trim()];
  return start && end ? { start, end } : null;
}

/** Return a stored window as typed text (empty when not entered). */
export function toWindowDraft(range: { start: string; end: string } | null): WindowDraft {
  return range ? { ...range } : { start: '', end: '' };
}

/** Check every window as typed (see `checkWindowDraft`). */
export function checkWindowDrafts(drafts: Readonly<WindowDrafts>): Problem[] {
  return planWindowKeys.flatMap((key) => checkWindowDraft(key, drafts[key]));
}

/** Return every window as a checked range or null (call once `checkWindowDrafts` finds nothing). */
export function toPlanWindows(drafts: Readonly<WindowDrafts>): PlanWindows {
  return Object.fromEntries(planWindowKeys.map((key) => [key, toDateRange(drafts[key])])) as PlanWindows;
}

/** Return the stored windows (of the workspace's exam plan) as typed text. */
export function toWindowDrafts(windows: Readonly<PlanWindows>): WindowDrafts {
  return Object.fromEntries(planWindowKeys.map((key) => [key, toWindowDraft(windows[key])])) as WindowDrafts;
}

/**
 * Return the windows as typed with each window left wholly empty filled from the stored
 * ones (another wizard may have saved them since): a window with either end typed is kept
 * as typed, so what the user typed wins and two sources are never mixed in one window.
 * Returns `drafts` itself when nothing is filled, so an unchanged draft is not saved again.
 */
export function fillWindowDrafts(drafts: WindowDrafts, windows: Readonly<PlanWindows>): WindowDrafts {
  const fillable = planWindowKeys.filter((key) => windows[key] !== null && !drafts[key].start.trim() && !drafts[key].end.trim());
  if (fillable.length === 0) return drafts;
  return { ...drafts, ...Object.fromEntries(fillable.map((key) => [key, toWindowDraft(windows[key])])) };
}
