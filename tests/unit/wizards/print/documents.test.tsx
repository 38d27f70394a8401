// @vitest-environment happy-dom
import { render, type VNode } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { buildExamDayPlan } from '../../../../src/domain/exam-day/day-plan';
import { computeMaterialQuantities } from '../../../../src/domain/exam-day/rules';
import { buildRoster } from '../../../../src/domain/staffing/roster';
import { buildTimelineEvents } from '../../../../src/domain/timeline/events';
import { BannerDocument } from '../../../../wizards/print/BannerDocument';
import { DeskLabelsDocument } from '../../../../wizards/print/DeskLabelsDocument';
import { DoorLabelsDocument } from '../../../../wizards/print/DoorLabelsDocument';
import { EmergencyCardDocument } from '../../../../wizards/print/EmergencyCardDocument';
import { InspectionRecordDocument } from '../../../../wizards/print/InspectionRecordDocument';
import { MaterialsChecklistDocument } from '../../../../wizards/print/MaterialsChecklistDocument';
import { RoomPlanDocument } from '../../../../wizards/print/RoomPlanDocument';
import { RoomRecordDocument } from '../../../../wizards/print/RoomRecordDocument';
import { RunSheetDocument } from '../../../../wizards/print/RunSheetDocument';
import { SealingConfirmationDocument } from '../../../../wizards/print/SealingConfirmationDocument';
import { SignInSheetsDocument } from '../../../../wizards/print/SignInSheetsDocument';
import { StaffPledgeDocument } from '../../../../wizards/print/StaffPledgeDocument';
import { StaffRosterDocument } from '../../../../wizards/print/StaffRosterDocument';
import { TimelineDocument } from '../../../../wizards/print/TimelineDocument';
import { futureExamDate } from '../../../fixtures/exam-plan';
import { slots, teachers } from '../../../fixtures/staff';
import { staffed } from '../../../fixtures/workspace';

const plan = buildExamDayPlan(staffed);
const siteName = plan.siteName;
const container = document.createElement('div');
afterEach(() => render(null, container));

function pagesOf(document: VNode): HTMLElement[] {
  render(document, container);
  return [...container.querySelectorAll<HTMLElement>('.print-page')];
}

describe('printable documents', () => {
  test.each([
    {
      name: 'banner',
      document: <BannerDocument roomLevels={plan.roomLevels} siteName={siteName} />,
      pages: 2,
      text: '1+X 网店运营推广职业技能等级证书（初级）考试',
    },
    { name: 'door labels', document: <DoorLabelsDocument plan={plan} />, pages: 6, text: '初级实操' },
    { name: 'desk labels', document: <DeskLabelsDocument plan={plan} />, pages: 18, text: '40 号' },
    { name: 'sign-in sheets', document: <SignInSheetsDocument plan={plan} />, pages: 10, text: '考生签名' },
    { name: 'room records', document: <RoomRecordDocument plan={plan} />, pages: 6, text: '缺考考生' },
    { name: 'inspection record', document: <InspectionRecordDocument plan={plan} />, pages: 1, text: '巡考员签名' },
    { name: 'sealing confirmation', document: <SealingConfirmationDocument plan={plan} />, pages: 1, text: '考试机不能访问外网' },
    {
      name: 'staff pledge',
      document: <StaffPledgeDocument siteName={siteName} staff={teachers.map((t) => ({ name: t.name, role: '监考员' }))} />,
      pages: 1,
      text: '钱伟',
    },
    { name: 'room plan', document: <RoomPlanDocument plan={plan} />, pages: 5, text: '考位数：40' },
    {
      name: 'staff roster',
      document: <StaffRosterDocument siteName={siteName} planName={plan.planName} roster={buildRoster(teachers, slots, [])} />,
      pages: 1,
      text: '巡考员',
    },
    // 301 holds 中级 in the morning and 初级 in the afternoon, 302 初级: one page per session of each room's day.
    { name: 'run sheets', document: <RunSheetDocument plan={plan} />, pages: 6, text: '开考前 90 分钟' },
    { name: 'emergency card', document: <EmergencyCardDocument siteName={siteName} />, pages: 1, text: '启用备用试卷' },
    {
      name: 'timeline',
      document: (
        <TimelineDocument
          siteName={siteName}
          title={plan.planName}
          events={buildTimelineEvents(futureExamDate, { registration: null, scheduling: null, scoreEntry: null, scorePublication: null })}
        />
      ),
      pages: 1,
      text: '考试报名截止',
    },
    {
      name: 'materials checklist',
      document: <MaterialsChecklistDocument plan={plan} quantities={computeMaterialQuantities({ roomLevels: [], staffMembers: 0 })} />,
      pages: 2,
      text: '草稿纸',
    },
  ])('renders the $name on $pages pages', ({ document, pages, text }) => {
    const rendered = pagesOf(document);
    expect(rendered).toHaveLength(pages);
    expect(container.textContent).toContain(text);
  });

  test('numbers every page and names the site on it', () => {
    const rendered = pagesOf(<SignInSheetsDocument plan={plan} />);
    expect(rendered.at(-1)!.querySelector('.print-footer')!.textContent).toBe(`${siteName} · 考场签到表第 10 页，共 10 页`);
    expect(rendered[0]!.getAttribute('aria-label')).toBe('考场签到表 第 1 页，共 10 页');
  });

  test('hides the birth date of ID numbers on desk labels', () => {
    pagesOf(<DeskLabelsDocument plan={plan} />);
    expect(container.textContent).not.toContain(plan.roomLevels[0]!.candidates[0]!.documentNumber);
  });

  test('prints a blank signature table when no staff are known', () => {
    const [page] = pagesOf(<StaffPledgeDocument siteName={siteName} staff={[]} />);
    expect(page!.querySelectorAll('tbody tr').length).toBeGreaterThan(10);
  });
});

describe('RunSheetDocument', () => {
  const rowsOf = (page: HTMLElement) => [...page.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

  test('prints each room’s day, its sessions in time order', () => {
    const pages = pagesOf(<RunSheetDocument plan={plan} />);
    expect(pages.map((page) => `${page.querySelector('h3')!.textContent} ${page.querySelector('.print-meta')!.textContent}`)).toEqual([
      expect.stringContaining('实训楼 301 机房'),
      expect.stringContaining('实训楼 301 机房'),
      expect.stringContaining('实训楼 301 机房'),
      expect.stringContaining('实训楼 301 机房'),
      expect.stringContaining('实训楼 302 机房'),
      expect.stringContaining('实训楼 302 机房'),
    ]);
    expect(pages[0]!.textContent).toContain('第 1 场，共 4 场：中级理论 08:30–09:30');
  });

  test('times no step of the 实操 page while the 理论 session still runs in that room', () => {
    const practical = pagesOf(<RunSheetDocument plan={plan} />)[5]!;
    const times = rowsOf(practical).map((cells) => cells[0]!);
    expect(times.filter((time) => time > '14:00' && time < '15:00')).toEqual([]);
    expect(practical.textContent).toContain('上一场结束后');
    expect(practical.textContent).not.toContain('服务器、监考机');
  });
});

describe('TimelineDocument', () => {
  test('prints one registration date, the plan’s, with the warning that the rule differs', () => {
    render(
      <TimelineDocument
        siteName={siteName}
        title="演示"
        events={buildTimelineEvents('2027-01-16', { registration: { start: '2026-11-04', end: '2026-12-24' }, scheduling: null, scoreEntry: null, scorePublication: null })}
      />,
      container,
    );
    const rows = [...container.querySelectorAll('tbody tr')].map((row) => row.textContent!);
    expect(rows.filter((row) => row.includes('报名') || row.includes('报考'))).toEqual([expect.stringMatching(/^2026年12月24日.*（考核计划）考试报名截止/)]);
    expect(container.textContent).toContain('推算是 2026年12月29日（周二），两者不同：以考核计划为准');
  });

  test('labels a registration date worked out by the rule as a fallback', () => {
    render(<TimelineDocument siteName={siteName} title="演示" events={buildTimelineEvents('2027-01-16', { registration: null, scheduling: null, scoreEntry: null, scorePublication: null })} />, container);
    expect(container.textContent).toContain('考试报名截止（按手册推算）');
    expect(container.textContent).toContain('仅供参考');
  });
});

describe('MaterialsChecklistDocument', () => {
  const roomLevels = plan.roomLevels.map((room) => ({ roomName: room.roomName, level: room.level, seats: room.candidates.length }));
  const quantities = computeMaterialQuantities({ roomLevels, staffMembers: 12 });

  /** The checklist's 数量 cell of a material, and the per-room table's cells of its column. */
  function read(name: string) {
    pagesOf(<MaterialsChecklistDocument plan={plan} quantities={quantities} />);
    const [checklist, perRoom] = [...container.querySelectorAll('table')] as [HTMLTableElement, HTMLTableElement];
    const total = [...checklist.querySelectorAll('tbody tr')].find((row) => row.children[1]!.textContent === name)!.children[2]!.textContent!;
    const column = [...perRoom.querySelectorAll('thead th')].findIndex((cell) => cell.textContent === name);
    const cells = [...perRoom.querySelectorAll('tbody tr')].map((row) => row.children[column]?.textContent ?? '');
    return { total, cells };
  }

  test.each(['桌贴、门贴', '考场签到表', '考场情况记录表', '草稿纸'])('counts %s in one unit, its total the sum of the rooms', (name) => {
    const { total, cells } = read(name);
    const [amount, unit] = total.split(' ') as [string, string];
    expect(cells.every((cell) => cell.split('（')[0]!.endsWith(` ${unit}`))).toBe(true);
    expect(cells.reduce((sum, cell) => sum + Number(cell.split(' ')[0]), 0)).toBe(Number(amount));
  });

  test('counts 横幅 and 封条 by the same 3 rooms as the per-room table', () => {
    const { total: banners } = read('横幅');
    const { total: seals, cells } = read('封条');
    expect([banners, seals, cells.length]).toEqual(['3 条', '3 个', 3]);
  });

  test('gives 桌贴、门贴 in 份 on both tables, with the sheets each holds', () => {
    expect(read('桌贴、门贴').cells).toEqual(['2 份（门贴 2 张、桌贴 80 张）', '2 份（门贴 2 张、桌贴 80 张）', '2 份（门贴 2 张、桌贴 20 张）']);
  });
});

describe('BannerDocument', () => {
  test('says how many banners each level needs and where they hang', () => {
    const pages = pagesOf(<BannerDocument roomLevels={plan.roomLevels} siteName={siteName} />);
    expect(pages.map((page) => page.querySelector('.print-small')!.textContent)).toEqual([
      '初级需要 2 条，每个考场一条（实训楼 301 机房、实训楼 302 机房）。',
      '中级需要 1 条，每个考场一条（实训楼 301 机房）。',
    ]);
  });
});
