import { describe, expect, test } from 'vitest';
import { certificate } from '../../../../src/domain/certificate/facts';
import { summarizeReadiness } from '../../../../src/domain/site/readiness';
import { ReadinessAnswersSchema } from '../../../../src/domain/site/schema';
import { checkReadiness, formatSiteName, judgeSiteEligibility } from '../../../../src/domain/site/rules';
import { failingSite, minimumSite, recommendedSite } from '../../../fixtures/site';

describe('judgeSiteEligibility', () => {
  test.each([
    { isPilotSchool: true, hasFiledBefore: false, expected: { isEligible: true } },
    { isPilotSchool: false, hasFiledBefore: false, expected: { isEligible: false, reason: 'notPilotSchool' } },
    { isPilotSchool: true, hasFiledBefore: true, expected: { isEligible: false, reason: 'alreadyFiled' } },
    { isPilotSchool: false, hasFiledBefore: true, expected: { isEligible: false, reason: 'notPilotSchool' } },
  ])('returns $expected.isEligible for pilot $isPilotSchool, filed $hasFiledBefore', ({ expected, ...answers }) => {
    expect(judgeSiteEligibility(answers)).toMatchObject(expected);
  });

  test('tells a school that filed before where to find its application', () => {
    const result = judgeSiteEligibility({ isPilotSchool: true, hasFiledBefore: true });
    expect(result.isEligible === false && result.message).toContain('「考务管理-考核站点」');
  });
});

describe('formatSiteName', () => {
  test('joins the school name and the certificate name', () => {
    expect(formatSiteName(' 南京金陵中等专业学校 ')).toBe(`南京金陵中等专业学校${certificate.name}`);
  });
});

describe('checkReadiness', () => {
  test('returns no failing item for a site at the recommended configuration', () => {
    const items = checkReadiness(recommendedSite);
    expect(items.filter((item) => item.status === 'fails')).toEqual([]);
    expect(items.filter((item) => item.status === 'minimum')).toEqual([]);
  });

  test('returns minimum items, each with advice, for a site at the minimum configuration', () => {
    const items = checkReadiness(minimumSite);
    expect(summarizeReadiness(items).isReady).toBe(true);
    expect(items.filter((item) => item.status === 'minimum').map((item) => item.key)).toEqual([
      'machine.server.cpuCores',
      'machine.server.memoryGb',
      'machine.server.note.1',
      'machine.proctor.memoryGb',
      'machine.candidate.memoryGb',
      'venue.spacing',
      'venue.power',
    ]);
    expect(items.filter((item) => item.status === 'minimum').every((item) => item.fix)).toBe(true);
  });

  test('returns each failing item with what to fix', () => {
    const failing = checkReadiness(failingSite).filter((item) => item.status === 'fails');
    expect(failing.map(({ key, found, fix }) => ({ key, found, fix }))).toEqual([
      { key: 'room.0.seats', found: '38 个', fix: '增加到至少 40 个' },
      { key: 'room.0.candidateMachines', found: '38 台', fix: '增加到至少 40 台' },
      { key: 'machine.candidate.memoryGb', found: '3 GB', fix: '升级到至少 4 GB（建议 8 GB）' },
      { key: 'machine.candidate.graphicsGb', found: '0 GB', fix: '升级到至少 2 GB' },
      { key: 'equipment.surveillance.channels', found: '1 路', fix: '增加到至少 2 路' },
      { key: 'venue.spacing', found: '间距 0.2 米', fix: '把座位间距拉开到至少 30 厘米（条件允许时 1 米以上），或加装隔板等其它隔离方式' },
      { key: 'venue.power', found: '4 小时', fix: '保证所有终端运行状态下持续供电不少于 5 小时（例如配备 UPS 电源）' },
      { key: 'team.考务管理人员', found: '2 名，其中 1 名已培训并通过考试', fix: '还需 1 名考务管理人员参加鸿科经纬培训并通过考试' },
    ]);
  });

  test.each([
    { metres: 1.2, hasOtherIsolation: false, expected: 'recommended' },
    { metres: 0.5, hasOtherIsolation: true, expected: 'minimum' },
    { metres: 0.5, hasOtherIsolation: false, expected: 'minimum' },
    { metres: 0.3, hasOtherIsolation: false, expected: 'minimum' },
    { metres: 0.2, hasOtherIsolation: false, expected: 'fails' },
    { metres: 0.2, hasOtherIsolation: true, expected: 'minimum' },
  ])('judges seats $metres m apart (other isolation: $hasOtherIsolation) as $expected, by both of the manual’s spacing rules', ({ metres, hasOtherIsolation, expected }) => {
    const items = checkReadiness({ ...recommendedSite, venue: { ...recommendedSite.venue, seatSpacingMetres: metres, hasOtherIsolation } });
    expect(items.find((item) => item.key === 'venue.spacing')?.status).toBe(expected);
  });

  test('fails every item of an empty answer set', () => {
    const items = checkReadiness(ReadinessAnswersSchema.parse({}));
    expect(items.every((item) => item.status === 'fails' || item.status === 'minimum')).toBe(true);
    expect(items.find((item) => item.key === 'room.none')?.fix).toBe('添加至少一个考场');
  });

  test('checks every machine attribute the manual gives', () => {
    const keys = checkReadiness(recommendedSite).map((item) => item.key);
    expect(keys.filter((key) => key.startsWith('machine.server.') && !/software|note/.test(key))).toEqual([
      'machine.server.cpuCores',
      'machine.server.memoryGb',
      'machine.server.diskGb',
      'machine.server.diskRpm',
      'machine.server.network',
    ]);
    expect(keys.filter((key) => key.startsWith('machine.candidate.') && !/software|note/.test(key))).toEqual([
      'machine.candidate.cpuCores',
      'machine.candidate.cpuGhz',
      'machine.candidate.memoryGb',
      'machine.candidate.diskGb',
      'machine.candidate.graphicsGb',
      'machine.candidate.network',
    ]);
  });
});

describe('summarizeReadiness', () => {
  test('counts items by status and is not ready with a failing item', () => {
    const summary = summarizeReadiness(checkReadiness(failingSite));
    expect(summary.isReady).toBe(false);
    expect(summary.counts.fails).toBe(8);
  });
});
