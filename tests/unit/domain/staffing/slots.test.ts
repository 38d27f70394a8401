import { describe, expect, test } from 'vitest';
import { listProctorSlots } from '../../../../src/domain/staffing/slots';
import { roomsPlanned } from '../../../fixtures/workspace';

describe('listProctorSlots', () => {
  test('returns each room and level with its candidates and its level’s span', () => {
    const slots = listProctorSlots(roomsPlanned.roomPlan, roomsPlanned.examPlan.levels);
    expect(slots.map((slot) => [slot.roomName, slot.level, slot.candidates, `${slot.span.from.time}–${slot.span.to.time}`])).toEqual([
      ['实训楼 301 机房', '初级', 40, '14:00–17:45'],
      ['实训楼 302 机房', '初级', 40, '14:00–17:45'],
      ['实训楼 301 机房', '中级', 10, '08:30–11:45'],
    ]);
  });

  test('leaves out a level the plan has no times for', () => {
    expect(listProctorSlots(roomsPlanned.roomPlan, roomsPlanned.examPlan.levels.slice(1))).toHaveLength(1);
  });
});
