import { describe, expect, test } from 'vitest';
import { readScoreTable } from '../../../../src/domain/scores/score-export';
import { buildSampleEnrolments } from '../../../../wizards/demo/sample-exam-run';
import { listReviewSittings, listSampleSittings, scoreExportHeaders, toScoreExportRows, wronglyAbsentCount } from '../../../../wizards/demo/score-export';

const sittings = listSampleSittings(2027);

describe('listSampleSittings', () => {
  test('returns a sitting for every enrolled student with a photo, at the level they enrolled for', () => {
    const enrolled = buildSampleEnrolments().filter((enrolment) => enrolment.isInfoAccurate);
    expect(sittings.map((sitting) => [sitting.documentNumber, sitting.level])).toEqual(enrolled.map((enrolment) => [enrolment.documentNumber, enrolment.level]));
  });

  test('returns mostly passes, a few short in 实操, and the students shown 缺考 in 理论', () => {
    const short = sittings.filter((sitting) => Number(sitting.practical) < 60);
    expect(short.length).toBeGreaterThan(2);
    expect(short.length).toBeLessThan(sittings.length / 5);
    expect(sittings.filter((sitting) => sitting.theory === '缺考')).toHaveLength(wronglyAbsentCount);
    expect(new Set(sittings.map((sitting) => sitting.ticketNumber)).size).toBe(sittings.length);
    expect(sittings.every((sitting) => /^2027\d{12}$/.test(sitting.ticketNumber))).toBe(true);
  });
});

describe('toScoreExportRows', () => {
  test('writes the platform’s columns, two rows a candidate, numbered from 1', () => {
    const rows = toScoreExportRows(sittings.slice(0, 2));
    expect(rows[0]).toEqual([...scoreExportHeaders]);
    expect(rows.slice(1).map((row) => [row[0], row[4]])).toEqual([
      ['1', `${sittings[0]!.level}理论`],
      ['2', `${sittings[0]!.level}实操`],
      ['3', `${sittings[1]!.level}理论`],
      ['4', `${sittings[1]!.level}实操`],
    ]);
  });
});

describe('the sample export read by the score readers', () => {
  test('reads every sitting without a problem', () => {
    const reading = readScoreTable(toScoreExportRows(sittings));
    expect(reading.problems).toEqual([]);
    expect(reading.sittings.map((sitting) => [sitting.idNumber, sitting.level, sitting.theory])).toEqual(
      sittings.map((sitting) => [sitting.documentNumber, sitting.level, sitting.theory === '缺考' ? null : Number(sitting.theory)]),
    );
  });
});

describe('listReviewSittings', () => {
  test('returns only the students shown 缺考 in 理论', () => {
    expect(listReviewSittings(2027).map((sitting) => sitting.theory)).toEqual(Array(wronglyAbsentCount).fill('缺考'));
  });
});
