import { describe, expect, test } from 'vitest';
import type { CandidateRecord } from '../../../../../src/domain/candidates/schema';
import type { EnrolmentChoice } from '../../../../../src/domain/enrolment/schema';
import { listKnownStudents, listPlanStudents, listStudentsNotInRows } from '../../../../../wizards/shared/scores/known-students';

const candidate = (name: string, documentNumber: string) => ({ name, documentNumber }) as CandidateRecord;
const candidates = [candidate('张三', '440106200001011234'), candidate('李四', '11010519491231002X'), candidate('王五', '130503196704010016')];
const choice = (documentNumber: string, level: EnrolmentChoice['level'], isInfoAccurate = true): EnrolmentChoice => ({ documentNumber, level, isInfoAccurate });

describe('listKnownStudents', () => {
  test('gives each workspace student the level the registration wizard chose, or none', () => {
    expect(listKnownStudents({ candidates, enrolments: [choice('11010519491231002X', '中级', false)] })).toEqual([
      { name: '张三', idNumber: '440106200001011234', level: '' },
      { name: '李四', idNumber: '11010519491231002X', level: '中级' },
      { name: '王五', idNumber: '130503196704010016', level: '' },
    ]);
  });
});

describe('listPlanStudents', () => {
  test('offers the registered students (a level and 信息准确) with their level', () => {
    const enrolments = [choice('440106200001011234', '初级'), choice('11010519491231002X', '中级', false), choice('130503196704010016', '中级')];
    expect(listPlanStudents({ candidates, enrolments })).toEqual({
      areRegistered: true,
      students: [
        { name: '张三', idNumber: '440106200001011234', level: '初级' },
        { name: '王五', idNumber: '130503196704010016', level: '中级' },
      ],
    });
  });

  test('offers every student, saying so, when none is registered here', () => {
    const { students, areRegistered } = listPlanStudents({ candidates, enrolments: [choice('11010519491231002X', '中级', false)] });
    expect(areRegistered).toBe(false);
    expect(students.map((student) => [student.name, student.level])).toEqual([
      ['张三', ''],
      ['李四', '中级'],
      ['王五', ''],
    ]);
  });
});

describe('listStudentsNotInRows', () => {
  test('leaves out students a row already holds, whatever the case and spaces of its 证件号码', () => {
    const students = listKnownStudents({ candidates, enrolments: [] });
    expect(listStudentsNotInRows(students, [{ idNumber: ' 11010519491231002x ' }]).map((student) => student.name)).toEqual(['张三', '王五']);
  });
});
