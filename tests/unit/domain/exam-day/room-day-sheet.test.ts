import { describe, expect, test } from 'vitest';
import { buildExamDayPlan } from '../../../../src/domain/exam-day/day-plan';
import { buildRoomDaySheet, buildRoomDaySheets, type RoomDaySheet } from '../../../../src/domain/exam-day/room-day-sheet';
import { listSessions, type ExamSession } from '../../../../src/domain/plan/rules';
import { countMinutesBetween } from '../../../../src/domain/plan/time-of-day';
import { manualExampleLevels } from '../../../fixtures/exam-plan';
import { staffed } from '../../../fixtures/workspace';

const sessions = listSessions(manualExampleLevels);
const byId = (id: string) => sessions.find((session) => session.id === id)!;
/** The sample plan: 初级理论 14:00–15:00, then 初级实操 15:15–17:45 in the same room. */
const backToBack = buildRoomDaySheet('实训楼 302 机房', '2021-06-26', [byId('初级理论'), byId('初级实操')]);
/** A day with a lunch gap: 中级 in the morning, 初级 in the afternoon, in one room. */
const lunchGap = buildRoomDaySheet('实训楼 301 机房', '2021-06-26', [byId('初级实操'), byId('中级理论'), byId('初级理论'), byId('中级实操')]);

const timesOf = (sheet: RoomDaySheet, sessionId: string) =>
  Object.fromEntries(sheet.lines.filter((line) => line.session.id === sessionId).map((line) => [line.point.key, line.time]));

/** True when a line's time falls strictly inside another session held in the room. */
const isInsideOtherSession = (sheet: RoomDaySheet, line: RoomDaySheet['lines'][number]) =>
  sheet.sessions.some(
    (session: ExamSession) =>
      session.id !== line.session.id &&
      countMinutesBetween({ date: session.date, time: session.start }, line) > 0 &&
      countMinutesBetween(line, { date: session.date, time: session.end }) > 0,
  );

describe('buildRoomDaySheet for back-to-back sessions', () => {
  test('prepares the first session the manual’s way: 开机 90, 入场 30, 守则 15 minutes before', () => {
    expect(timesOf(backToBack, '初级理论')).toMatchObject({ bootMachines: '12:30', recheckHardware: '13:30', admitCandidates: '13:30', login: '13:30', readRules: '13:45', start: '14:00' });
  });

  test('does not start the machines again for the second session', () => {
    expect(backToBack.lines.filter((line) => line.point.key === 'bootMachines').map((line) => line.session.id)).toEqual(['初级理论']);
  });

  test('moves what does not fit the 15-minute break to the end of the first session, and says why', () => {
    const admit = backToBack.lines.find((line) => line.session.id === '初级实操' && line.point.key === 'admitCandidates')!;
    expect([admit.time, admit.relative, admit.note]).toEqual(['15:00', '上一场结束后', '手册为开考前 30 分钟；两场之间只有 15 分钟，上一场结束后立即做']);
    expect(timesOf(backToBack, '初级实操')).toMatchObject({ recheckHardware: '15:00', login: '15:00', readRules: '15:00', start: '15:15' });
  });

  test('never times a step inside the other session', () => {
    expect(backToBack.lines.filter((line) => isInsideOtherSession(backToBack, line))).toEqual([]);
  });

  test('lists the lines in time order, the first session’s end before the second’s preparation', () => {
    const keys = backToBack.lines.map((line) => `${line.time} ${line.session.id} ${line.point.key}`);
    expect(keys.indexOf('15:00 初级理论 stop')).toBeLessThan(keys.indexOf('15:00 初级实操 admitCandidates'));
    expect(backToBack.lines.map((line) => line.time)).toEqual(backToBack.lines.map((line) => line.time).sort());
  });

  test('reports no overlap for sessions that follow each other', () => {
    expect(backToBack.overlaps).toEqual([]);
  });
});

describe('buildRoomDaySheet for a day with a lunch gap', () => {
  test('orders the sessions by time', () => {
    expect(lunchGap.sessions.map((session) => session.id)).toEqual(['中级理论', '中级实操', '初级理论', '初级实操']);
  });

  test('starts the machines once, before the morning’s first session', () => {
    expect(lunchGap.lines.filter((line) => line.point.key === 'bootMachines').map((line) => [line.session.id, line.time])).toEqual([['中级理论', '07:00']]);
  });

  test('keeps the manual’s times after the lunch break, where they fit', () => {
    expect(timesOf(lunchGap, '初级理论')).toMatchObject({ recheckHardware: '13:30', admitCandidates: '13:30', readRules: '13:45', start: '14:00' });
    expect(lunchGap.lines.filter((line) => line.session.id === '初级理论').every((line) => line.note === undefined)).toBe(true);
  });

  test('never times a step inside another session', () => {
    expect(lunchGap.lines.filter((line) => isInsideOtherSession(lunchGap, line))).toEqual([]);
  });
});

describe('buildRoomDaySheet with overlapping sessions', () => {
  test('names the overlap so the plan can be corrected', () => {
    const sheet = buildRoomDaySheet('实训楼 301 机房', '2021-06-26', [byId('初级理论'), byId('高级理论')]);
    expect(sheet.overlaps).toEqual(['初级理论（14:00–15:00）与高级理论（14:00–15:00）在实训楼 301 机房的时间重叠：请核对考核计划或考场安排']);
  });
});

describe('buildRoomDaySheets', () => {
  test('makes one sheet per room and day from the exam-day plan', () => {
    const sheets = buildRoomDaySheets(buildExamDayPlan(staffed));
    expect(sheets.map((sheet) => [sheet.roomName, sheet.sessions.map((session) => session.id)])).toEqual([
      ['实训楼 301 机房', ['中级理论', '中级实操', '初级理论', '初级实操']],
      ['实训楼 302 机房', ['初级理论', '初级实操']],
    ]);
  });
});
