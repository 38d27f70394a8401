import { describe, expect, test } from 'vitest';
import { checkRoomChoices, checkRoomDrafts, toRoomCapacities } from '../../../../src/domain/rooms/checks';
import { manualExampleLevels } from '../../../fixtures/exam-plan';

const draft = (name: string, machines: string) => ({ name, address: '北京市朝阳区', detailAddress: '实训楼 3 层', machines });

describe('checkRoomDrafts', () => {
  test('asks for a room when there is none', () => {
    expect(checkRoomDrafts([])).toEqual([{ field: 'room-add', message: '还没有填写任何考场。请至少填写一个考场（机房）和它的可用考生机数。' }]);
  });

  test('returns nothing for complete rooms', () => {
    expect(checkRoomDrafts([draft('301', '45'), draft('302', '40')])).toEqual([]);
  });

  test.each([
    { name: 'an empty name', rooms: [draft(' ', '45')], field: 'room-0-name' },
    { name: 'a repeated name', rooms: [draft('301', '45'), draft('301 ', '40')], field: 'room-1-name' },
    { name: 'no address', rooms: [{ ...draft('301', '45'), address: '' }], field: 'room-0-address' },
    { name: 'no detailed address', rooms: [{ ...draft('301', '45'), detailAddress: '' }], field: 'room-0-detailAddress' },
    { name: 'zero machines', rooms: [draft('301', '0')], field: 'room-0-machines' },
    { name: 'a fraction of machines', rooms: [draft('301', '4.5')], field: 'room-0-machines' },
  ])('reports $name on $field', ({ rooms, field }) => {
    expect(checkRoomDrafts(rooms).map((problem) => problem.field)).toEqual([field]);
  });

  test('names the room by its position', () => {
    expect(checkRoomDrafts([draft('301', '45'), draft('', '45')])[0]!.message).toBe('第 2 个考场：请填写考场名称，例如“实训楼 301 机房”。');
  });
});

describe('toRoomCapacities', () => {
  test('trims names and reads machines as numbers', () => {
    expect(toRoomCapacities([draft(' 301 ', ' 45 ')])).toEqual([{ name: '301', machines: 45 }]);
  });
});

describe('checkRoomChoices', () => {
  const rooms = [
    { name: '301', machines: 75 },
    { name: '302', machines: 75 },
    { name: '303', machines: 40 },
  ];

  test('accepts the manual’s 90 candidates in two rooms', () => {
    const result = checkRoomChoices(rooms, [{ level: '初级', candidates: 90, roomNames: ['301', '302'] }], manualExampleLevels);
    expect(result.errors).toEqual([]);
  });

  test('refuses a level without rooms', () => {
    const result = checkRoomChoices(rooms, [{ level: '初级', candidates: 30, roomNames: [] }], manualExampleLevels);
    expect(result.errors).toEqual([{ field: 'rooms-初级', message: '请为初级的 30 名考生至少选择一个考场。' }]);
  });

  test('refuses more candidates than machines and says how many are missing', () => {
    const result = checkRoomChoices(rooms, [{ level: '初级', candidates: 90, roomNames: ['301'] }], manualExampleLevels);
    expect(result.errors[0]!.message).toBe(
      '初级有 90 名考生，所选考场共有 75 台可用考生机，还差 15 台。请再选一个考场，或核对各考场的可用考生机数。',
    );
  });

  test('refuses one room for two levels at overlapping times', () => {
    const result = checkRoomChoices(
      rooms,
      [
        { level: '初级', candidates: 30, roomNames: ['301'] },
        { level: '高级', candidates: 10, roomNames: ['301'] },
      ],
      manualExampleLevels,
    );
    expect(result.errors).toEqual([
      {
        field: 'rooms-高级',
        message: '“301”同时安排给了初级（14:00–17:45）和高级（14:00–19:15），时间重叠。请给其中一个级别换一个考场。',
      },
    ]);
  });

  test('accepts one room for a morning and an afternoon level', () => {
    const result = checkRoomChoices(
      rooms,
      [
        { level: '中级', candidates: 30, roomNames: ['301'] },
        { level: '初级', candidates: 30, roomNames: ['301'] },
      ],
      manualExampleLevels,
    );
    expect(result.errors).toEqual([]);
  });

  test.each([
    { name: 'a room over 40', candidates: 50, roomNames: ['301'], fragment: '超过原则上每考场 40 人' },
    { name: 'a room with no spare machine', candidates: 40, roomNames: ['303'], fragment: '没有备用机' },
  ])('warns about $name', ({ candidates, roomNames, fragment }) => {
    const result = checkRoomChoices(rooms, [{ level: '初级', candidates, roomNames }], manualExampleLevels);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => warning.message).join()).toContain(fragment);
  });

  test('ignores a level without candidates', () => {
    expect(checkRoomChoices(rooms, [{ level: '高级', candidates: 0, roomNames: [] }], manualExampleLevels)).toEqual({
      errors: [],
      warnings: [],
    });
  });
});
