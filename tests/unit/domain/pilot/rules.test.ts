import { describe, expect, test } from 'vitest';
import { pilotFormFields } from '../../../../src/domain/pilot/facts';
import {
  draftFacilityDescription,
  draftTeacherDescription,
  judgeWindow,
  listPilotFormValues,
  normalizeMajors,
} from '../../../../src/domain/pilot/rules';
import { completePilot, minimalPilot } from '../../../fixtures/pilot';

describe('judgeWindow', () => {
  const window = { start: '2026-04-01', end: '2026-04-15' };
  test.each([
    { today: '2026-03-31', expected: 'notOpenYet' },
    { today: '2026-04-01', expected: 'open' },
    { today: '2026-04-15', expected: 'open' },
    { today: '2026-04-16', expected: 'closed' },
  ])('returns $expected on $today', ({ today, expected }) => {
    expect(judgeWindow(window, today)).toBe(expected);
  });
});

describe('normalizeMajors', () => {
  test('trims, drops empty entries and repeats, and keeps the order typed', () => {
    expect(normalizeMajors([' 电子商务', '', '市场营销', '电子商务 '])).toEqual(['电子商务', '市场营销']);
  });
});

describe('draftTeacherDescription', () => {
  test('names the majors, titles and teachers trained by the organisation', () => {
    expect(draftTeacherDescription(completePilot)).toMatchInlineSnapshot(`"我校现有电子商务、网络营销与直播电商等相关专业专任教师 12 名，其中具有高级职称的 3 名、“双师型”教师 8 名。已有 4 名教师参加北京鸿科经纬科技有限公司组织的网店运营推广职业技能等级证书师资培训。"`);
  });

  test('leaves out zero counts and promises training when nobody is trained yet', () => {
    expect(draftTeacherDescription(minimalPilot)).toMatchInlineSnapshot(`"我校现有相关专业专任教师 3 名。我校将安排教师参加北京鸿科经纬科技有限公司组织的网店运营推广职业技能等级证书师资培训。"`);
  });
});

describe('draftFacilityDescription', () => {
  test('drafts the rooms, machines and software', () => {
    expect(draftFacilityDescription(completePilot)).toMatchInlineSnapshot(`"我校现有可用于网店运营推广实训和考核的计算机机房 2 间，共有计算机 100 台。机房已安装Photoshop CS6、Dreamweaver CS6等软件。"`);
  });

  test('leaves out the software sentence when none is listed', () => {
    expect(draftFacilityDescription(minimalPilot)).toMatchInlineSnapshot(`"我校现有可用于网店运营推广实训和考核的计算机机房 1 间，共有计算机 42 台。"`);
  });
});

describe('listPilotFormValues', () => {
  test('returns every field of the form in the platform’s order', () => {
    expect(listPilotFormValues(completePilot).map((field) => field.label)).toEqual(pilotFormFields.map((field) => field.label));
  });

  test('fills every field when every question is answered', () => {
    expect(listPilotFormValues(completePilot).filter((field) => !field.value)).toEqual([]);
  });

  test('lists the majors one per line without repeats', () => {
    expect(listPilotFormValues(completePilot).find((field) => field.label === '拟申请的专业名称')!.value).toBe('电子商务\n网络营销与直播电商');
  });
});
