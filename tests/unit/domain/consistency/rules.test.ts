import { describe, expect, test } from 'vitest';
import { checkEnrolmentChoices, checkPlanLevels } from '../../../../src/domain/consistency/enrolments';
import { checkRegisteredPhotos } from '../../../../src/domain/consistency/photos';
import { checkProctorRooms } from '../../../../src/domain/consistency/proctors';
import { listRegisteredCandidates } from '../../../../src/domain/enrolment/rules';
import { checkRoomPlan } from '../../../../src/domain/consistency/room-plan';
import { checkWorkspaceConsistency } from '../../../../src/domain/consistency/rules';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { WorkspaceSchema, type Workspace } from '../../../../src/domain/workspace/schema';
import { buildSampleWorkspace } from '../../../../wizards/demo/sample-workspace';
import { registered, staffed } from '../../../fixtures/workspace';

/** Return the staffed fixture with some parts replaced. */
function change(parts: Partial<Workspace>): Workspace {
  return WorkspaceSchema.parse({ ...staffed, ...parts });
}

const [first, second] = staffed.candidates;
const juniorRooms = staffed.roomPlan.filter((entry) => entry.level === '初级');

describe('checkWorkspaceConsistency', () => {
  test.each([
    { name: 'an empty workspace', workspace: createEmptyWorkspace() },
    { name: 'registrations with no seat plan or proctors yet', workspace: registered },
    { name: 'a staffed workspace made in order', workspace: staffed },
    { name: 'the sample school', workspace: buildSampleWorkspace(new Date('2026-10-01T00:00:00+08:00')) },
  ])('finds nothing in $name', ({ workspace }) => {
    expect(checkWorkspaceConsistency(workspace)).toEqual([]);
  });

  test('returns the findings in wizard order: registration, rooms, staff', () => {
    const workspace = change({
      candidates: staffed.candidates.slice(1),
      rooms: staffed.rooms.filter((room) => room.name !== '实训楼 302 机房'),
    });
    expect(checkWorkspaceConsistency(workspace).map(({ key, fixIn }) => `${fixIn}:${key}`)).toEqual([
      'registration:enrolment-unknown-candidates',
      'rooms:room-plan-unlisted',
      'rooms:room-plan-room-removed',
      'staff:proctors-room-removed',
    ]);
  });
});

describe('checkEnrolmentChoices', () => {
  test.each([
    { name: 'a choice for a removed candidate', workspace: change({ candidates: staffed.candidates.slice(1) }), keys: ['enrolment-unknown-candidates'] },
    {
      name: 'nothing for a removed candidate with no level chosen',
      workspace: change({
        candidates: staffed.candidates.slice(1),
        enrolments: staffed.enrolments.map((choice, index) => (index === 0 ? { ...choice, level: null } : choice)),
      }),
      keys: [],
    },
    { name: 'nothing when every choice is for a listed candidate', workspace: staffed, keys: [] },
  ])('reports $name', ({ workspace, keys }) => {
    expect(checkEnrolmentChoices(workspace).map((finding) => finding.key)).toEqual(keys);
  });

  test('names the 证件号码 and the wizard and platform menu to fix it in', () => {
    const [finding] = checkEnrolmentChoices(change({ candidates: staffed.candidates.slice(2) }));
    expect(finding).toMatchObject({ fixIn: 'registration' });
    expect(finding!.message).toContain(`有 2 条报考选择的证件号码已不在考生名单中：${first!.documentNumber}、${second!.documentNumber}。`);
    expect(finding!.message).toContain('「为学生报考」向导');
    expect(finding!.message).toContain('「考务管理-报考管理」');
  });
});

describe('checkPlanLevels', () => {
  const juniorTimesOnly = { ...staffed.examPlan, levels: staffed.examPlan.levels.filter((entry) => entry.level === '初级') };

  test.each([
    { name: 'a registered level with no times', workspace: change({ examPlan: juniorTimesOnly }), count: 1 },
    { name: 'no plan times at all while candidates are registered', workspace: change({ examPlan: { ...staffed.examPlan, levels: [] } }), count: 1 },
    {
      name: 'nothing for a level without times whose candidates are not 信息准确',
      workspace: change({
        examPlan: juniorTimesOnly,
        enrolments: staffed.enrolments.map((choice) => (choice.level === '中级' ? { ...choice, isInfoAccurate: false } : choice)),
      }),
      count: 0,
    },
    { name: 'nothing when every registered level has times', workspace: staffed, count: 0 },
  ])('reports $name', ({ workspace, count }) => {
    expect(checkPlanLevels(workspace)).toHaveLength(count);
  });

  test('names the level, its candidates up to five and the wizard', () => {
    const [finding] = checkPlanLevels(change({ examPlan: juniorTimesOnly }));
    const middles = staffed.candidates.slice(80, 85).map((candidate) => candidate.name);
    expect(finding).toMatchObject({ key: 'plan-level-without-times', fixIn: 'registration' });
    expect(finding!.message).toContain(`考核计划中没有中级的考试时间，但有考生报考：中级 ${middles.join('、')}等 10 人。`);
    expect(finding!.message).toContain('「为学生报考」向导');
  });
});

describe('checkRoomPlan', () => {
  const unaccurateFirst = staffed.enrolments.map((choice, index) => (index === 0 ? { ...choice, isInfoAccurate: false } : choice));
  const newCandidate = { ...first!, name: '新同学', documentNumber: '110101200001019999' };

  test.each([
    {
      name: 'a newly registered candidate with no seat',
      workspace: change({
        candidates: [...staffed.candidates, newCandidate],
        enrolments: [...staffed.enrolments, { documentNumber: newCandidate.documentNumber, level: '初级' as const, isInfoAccurate: true }],
      }),
      keys: ['room-plan-unseated'],
    },
    { name: 'a seated candidate no longer registered', workspace: change({ enrolments: unaccurateFirst }), keys: ['room-plan-unregistered'] },
    { name: 'a seated 证件号码 gone from the candidate list', workspace: change({ candidates: staffed.candidates.slice(1) }), keys: ['room-plan-unlisted'] },
    {
      name: 'a candidate seated at the level they no longer sit',
      workspace: change({ enrolments: staffed.enrolments.map((choice, index) => (index === 0 ? { ...choice, level: '中级' as const } : choice)) }),
      keys: ['room-plan-level-changed'],
    },
    { name: 'a room of the seat plan gone from the rooms', workspace: change({ rooms: staffed.rooms.slice(1) }), keys: ['room-plan-room-removed'] },
    {
      name: 'nothing for unseated candidates of a level the plan has no times for (checkPlanLevels reports it)',
      workspace: change({ examPlan: { ...staffed.examPlan, levels: staffed.examPlan.levels.filter((entry) => entry.level === '初级') }, roomPlan: juniorRooms }),
      keys: [],
    },
    { name: 'nothing while there is no seat plan', workspace: change({ roomPlan: [], proctorAssignments: [] }), keys: [] },
    { name: 'nothing when the seat plan matches', workspace: staffed, keys: [] },
  ])('reports $name', ({ workspace, keys }) => {
    expect(checkRoomPlan(workspace).map((finding) => finding.key)).toEqual(keys);
  });

  test('names the candidates, their levels and the wizard to reseat them in', () => {
    const workspace = change({ enrolments: staffed.enrolments.map((choice, index) => (index === 0 ? { ...choice, level: '中级' as const } : choice)) });
    const [finding] = checkRoomPlan(workspace);
    expect(finding).toMatchObject({ fixIn: 'rooms' });
    expect(finding!.message).toContain(`1 名考生在考场安排中的级别与报考级别不同：${first!.name}（安排在初级考场，报考中级）。`);
    expect(finding!.message).toContain('「考场设置」向导');
  });

  test('counts every unregistered candidate and names five of them', () => {
    const [finding] = checkRoomPlan(change({ enrolments: staffed.enrolments.map((choice, index) => (index < 7 ? { ...choice, level: null } : choice)) }));
    const names = staffed.candidates.slice(0, 5).map((candidate) => candidate.name);
    expect(finding!.message).toContain(`考场安排中有 7 名考生已不在报考名单中（没有报考级别或还不是“信息准确”）：${names.join('、')}等 7 人。`);
  });
});

describe('checkProctorRooms', () => {
  test.each([
    { name: 'proctors in a room gone from the rooms', workspace: change({ rooms: staffed.rooms.filter((room) => room.name !== '实训楼 302 机房') }), keys: ['proctors-room-removed'] },
    { name: 'proctors in a room the seat plan no longer uses for that level', workspace: change({ roomPlan: juniorRooms }), keys: ['proctors-room-unplanned'] },
    {
      name: 'nothing for an empty assignment of a gone room',
      workspace: change({ roomPlan: juniorRooms, proctorAssignments: staffed.proctorAssignments.map((entry) => (entry.level === '中级' ? { ...entry, proctors: [] } : entry)) }),
      keys: [],
    },
    { name: 'nothing when every assigned room is in the seat plan', workspace: staffed, keys: [] },
  ])('reports $name', ({ workspace, keys }) => {
    expect(checkProctorRooms(workspace).map((finding) => finding.key)).toEqual(keys);
  });

  test('names the room and level and the wizard to reassign in', () => {
    const [finding] = checkProctorRooms(change({ roomPlan: juniorRooms }));
    expect(finding).toMatchObject({ fixIn: 'staff' });
    expect(finding!.message).toBe('监考安排中有 1 个考场在考场安排中已不用于该级别：实训楼 301 机房（中级）。请打开「监考与考务人员」向导重新安排监考员。');
  });
});

describe('checkRegisteredPhotos', () => {
  const registeredNumbers = listRegisteredCandidates(registered.candidates, registered.enrolments).map((candidate) => candidate.documentNumber);
  const allNumbers = registered.candidates.map((candidate) => candidate.documentNumber);

  test('says nothing before photos were matched, or when every registered candidate had a photo', () => {
    expect(checkRegisteredPhotos(registered, undefined)).toEqual([]);
    expect(checkRegisteredPhotos(registered, { checked: allNumbers, withoutPhoto: [] })).toEqual([]);
  });

  test('names the registered candidates the last check found without a photo, to be fixed in 考生照片打包', () => {
    const [missing] = registeredNumbers;
    const name = registered.candidates.find((candidate) => candidate.documentNumber === missing)!.name;
    expect(checkRegisteredPhotos(registered, { checked: allNumbers, withoutPhoto: [missing!] })).toEqual([
      { key: 'photos-registered-missing', message: `1 名报考考生在上次照片核对中没有照片：${name}。请补齐照片，再打开「考生照片打包」向导重新打包。`, fixIn: 'photos' },
    ]);
  });

  test('names the registered candidates added to the list after the last check', () => {
    const [added] = registeredNumbers;
    const name = registered.candidates.find((candidate) => candidate.documentNumber === added)!.name;
    const findings = checkRegisteredPhotos(registered, { checked: allNumbers.filter((number) => number !== added), withoutPhoto: [] });
    expect(findings.map((finding) => finding.key)).toEqual(['photos-registered-unchecked']);
    expect(findings[0]!.message).toContain(`1 名报考考生是上次照片核对之后才加入考生名单的：${name}。`);
  });

  test('comes first in the workspace’s findings: photos are met before registration', () => {
    const workspace = change({ candidates: staffed.candidates.slice(1) });
    const photoCheck = { checked: staffed.candidates.map((candidate) => candidate.documentNumber), withoutPhoto: [staffed.candidates[1]!.documentNumber] };
    const fixers = checkWorkspaceConsistency(workspace, photoCheck).map((finding) => finding.fixIn);
    expect(fixers[0]).toBe('photos');
    expect(fixers).toContain('registration');
  });
});
