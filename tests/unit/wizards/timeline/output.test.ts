import { describe, expect, test } from 'vitest';
import { buildTimelineEvents } from '../../../../src/domain/timeline/events';
import { buildCalendar, escapeText, foldLine, getCalendarFileName } from '../../../../wizards/timeline/output';

const events = buildTimelineEvents('2036-06-28', {
  registration: { start: '2036-04-16', end: '2036-06-10' },
  scheduling: null,
  scoreEntry: null,
  scorePublication: null,
});
const ics = buildCalendar(events, {
  name: '2036年第三次网店运营推广全国统考',
  origin: 'http://127.0.0.1:4450',
  now: new Date('2036-05-01T08:30:00Z'),
});

/** Unfold and split the calendar into VEVENT property maps (enough of RFC 5545 to read our own file). */
function readEvents(text: string): Array<Record<string, string>> {
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  const found: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      found.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

describe('buildCalendar', () => {
  test('ends every line with CRLF and has no bare line feed', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('keeps every line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test('wraps the events in one VCALENDAR with version and product id', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  test('writes one event per milestone and plan window, each with a unique UID and a DTSTAMP', () => {
    const read = readEvents(ics);
    expect(read).toHaveLength(events.length);
    expect(new Set(read.map((event) => event.UID)).size).toBe(events.length);
    for (const event of read) expect(event.DTSTAMP).toBe('20360501T083000Z');
  });

  test('writes whole-day events with DTEND the day after the last day', () => {
    const publication = readEvents(ics).find((event) => event.SUMMARY === '成绩公示')!;
    expect(publication['DTSTART;VALUE=DATE']).toBe('20360714');
    expect(publication['DTEND;VALUE=DATE']).toBe('20360721');
    const registration = readEvents(ics).find((event) => event.SUMMARY === '考试报名截止')!;
    expect([registration['DTSTART;VALUE=DATE'], registration['DTEND;VALUE=DATE']]).toEqual(['20360610', '20360611']);
  });

  test('names the responsible role and links the guide on the site’s origin', () => {
    const registration = readEvents(ics).find((event) => event.SUMMARY === '考试报名截止')!;
    expect(registration.DESCRIPTION).toContain('负责：试点院校考务人员');
    expect(registration.URL).toBe('http://127.0.0.1:4450/registration/enrolment/');
  });
});

describe('foldLine', () => {
  test('splits a long Chinese line between characters, not inside one', () => {
    const folded = foldLine(`DESCRIPTION:${'考'.repeat(40)}`);
    const parts = folded.split('\r\n ');
    expect(parts.join('')).toBe(`DESCRIPTION:${'考'.repeat(40)}`);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(74 + (part === parts[0] ? 1 : 0));
  });

  test('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('getCalendarFileName', () => {
  test('names the file after the plan', () => {
    expect(getCalendarFileName('2036年第三次')).toBe('考务时间表-2036年第三次.ics');
  });
});
