/**
 * The timeline as an iCalendar file (RFC 5545) that imports into common
 * calendar apps: CRLF line ends, lines folded at 75 octets, a UID and DTSTAMP
 * per event, whole-day events (VALUE=DATE, DTEND the day after the last day).
 */
import { addDays } from '../../src/domain/timeline/iso-date';
import type { TimelineEvent } from '../../src/domain/timeline/events';
import { toSafeFileName } from '../../src/domain/spreadsheet/rules';
import { withBase } from '../../src/paths';
import type { OutputEnvironment, ResultFile } from '../kit/result-file';
import type { TimelineContext } from './context-schema';
import { buildEvents } from './steps';

/** What the calendar file needs besides its events. */
export interface CalendarOptions {
  /** Calendar name shown by the app, e.g. the plan's name. */
  name: string;
  /** The site's origin, for absolute guide links (the site may be served from anywhere). */
  origin: string;
  /** When the file is made: the DTSTAMP of every event. */
  now: Date;
}

const maxLineOctets = 75;
const encoder = new TextEncoder();

/** Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? maxLineOctets : maxLineOctets - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function toIcsDate(iso: string): string {
  return iso.replaceAll('-', '');
}

function toIcsTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Return the .ics text of the timeline's events. */
export function buildCalendar(events: readonly TimelineEvent[], options: CalendarOptions): string {
  const stamp = toIcsTimestamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kaowu-xiangdao//timeline//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...events.flatMap((event) => {
      const link = new URL(withBase(event.guide), options.origin).href;
      const description = [...event.details, `负责：${event.who}`, `指南：${link}`].join('\n');
      return [
        'BEGIN:VEVENT',
        `UID:${event.key}-${toIcsDate(event.start)}@kaowu-xiangdao`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${toIcsDate(event.start)}`,
        `DTEND;VALUE=DATE:${toIcsDate(addDays(event.end, 1))}`,
        `SUMMARY:${escapeText(event.title)}`,
        `DESCRIPTION:${escapeText(description)}`,
        `URL:${link}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Return the file name, e.g. 考务时间表-2036年第三次网店运营推广全国统考.ics. */
export function getCalendarFileName(name: string): string {
  return toSafeFileName(`考务时间表-${name}.ics`);
}

/** MIME type of an .ics file, for the download Blob. */
export const icsMimeType = 'text/calendar;charset=utf-8';

/** Return the calendar's name: the plan's, or the exam date's when the plan has none. */
function getCalendarName(context: TimelineContext): string {
  return context.workspace.examPlan.name || `考试 ${context.examDate.trim()}`;
}

/** Return the files of the result screen. */
export function listResultFiles(context: TimelineContext): ResultFile[] {
  const events = buildEvents(context);
  return [
    {
      id: 'calendar',
      fileName: getCalendarFileName(context.workspace.examPlan.name || context.examDate.trim()),
      description: `日历文件：${events.length} 个全天事件，可导入手机或电脑的日历，每个事件写明负责人和指南链接。`,
    },
  ];
}

/** Build a file of the result screen (the calendar is instant; the kit still handles a failure like any other). */
export async function buildResultFile(_id: string, context: TimelineContext, environment: OutputEnvironment): Promise<Blob> {
  return new Blob([buildCalendar(buildEvents(context), { name: getCalendarName(context), ...environment })], { type: icsMimeType });
}
