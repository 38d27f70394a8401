import { describe, expect, test } from 'vitest';
import { buildTimelineEvents } from '../../../../src/domain/timeline/events';
import { buildCalendar, escapeText, foldLine, getCalendarFileName } from '../../../../wizards/timeline/output';
import { checkContentLines, readCalendarEvents } from '../../../fixtures/read-calendar';

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

describe('buildCalendar', () => {
  test('ends every line with CRLF and keeps it within 75 octets', () => {
    expect(() => checkContentLines(ics)).not.toThrow();
  });

  test('wraps the events in one VCALENDAR with version and product id', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  test('writes one event per milestone and plan window, each with a unique UID and a DTSTAMP', () => {
    const read = readCalendarEvents(ics);
    expect(read).toHaveLength(events.length);
    expect(new Set(read.map((event) => event.uid)).size).toBe(events.length);
    for (const event of read) expect(event.stamp).toBe('2036-05-01T08:30:00Z');
  });

  test.each([
    { summary: '成绩公示（按手册推算）', start: '2036-07-14', end: '2036-07-21' },
    { summary: '考试报名截止', start: '2036-06-10', end: '2036-06-11' },
    { summary: '正式考试', start: '2036-06-28', end: '2036-06-29' },
  ])('writes $summary as whole days from $start, DTEND the day after the last', ({ summary, start, end }) => {
    const event = readCalendarEvents(ics).find((read) => read.summary === summary)!;
    expect([event.start, event.end, event.isAllDay]).toEqual([start, end, true]);
  });

  test('names the responsible role and links the guide on the site’s origin', () => {
    const registration = readCalendarEvents(ics).find((event) => event.summary === '考试报名截止')!;
    expect(registration.description).toContain('负责：试点院校考务人员');
    expect(registration.description).toContain('指南：http://127.0.0.1:4450/registration/enrolment/');
    expect(registration.url).toBe('http://127.0.0.1:4450/registration/enrolment/');
  });

  test('reads back text with commas, semicolons, backslashes and line breaks as written', () => {
    const tricky = { ...events[0]!, title: '报名, 截止; 见\\说明', details: ['第一行', '第二行, 含逗号'] };
    const [read] = readCalendarEvents(buildCalendar([tricky], { name: '计划; 名称', origin: 'http://127.0.0.1:4450', now: new Date('2036-05-01T08:30:00Z') }));
    expect(read!.summary).toBe(tricky.title);
    expect(read!.description.split('\n').slice(0, 2)).toEqual(tricky.details);
  });
});

describe('buildCalendar with the plan’s 报考时间 and the manual’s rule disagreeing', () => {
  // Issue 11's sample: the rule gives 2026-12-29, the plan's 报考时间 ends 2026-12-24.
  const read = readCalendarEvents(
    buildCalendar(buildTimelineEvents('2027-01-16', { registration: { start: '2026-11-04', end: '2026-12-24' }, scheduling: null, scoreEntry: null, scorePublication: null }), {
      name: '演示',
      origin: 'http://127.0.0.1:4450',
      now: new Date('2026-11-01T08:30:00Z'),
    }),
  );

  test('writes one registration event, on the plan’s deadline', () => {
    const registration = read.filter((event) => event.summary.includes('报名') || event.summary.includes('报考'));
    expect(registration.map((event) => [event.summary, event.start])).toEqual([['考试报名截止', '2026-12-24']]);
  });

  test('opens its description with the warning that the rule gives another date', () => {
    const registration = read.find((event) => event.summary === '考试报名截止')!;
    expect(registration.description.split('\n')[0]).toBe('注意：考核计划的报考时间截止于 2026年12月24日（周四），按手册“考前第二周周二截止”推算是 2026年12月29日（周二），两者不同：以考核计划为准，请在 2026年12月24日（周四）当天或之前完成考试报名。');
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
