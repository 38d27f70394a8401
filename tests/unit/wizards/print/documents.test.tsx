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
      document: <BannerDocument levels={['初级', '中级']} siteName={siteName} />,
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
    { name: 'run sheets', document: <RunSheetDocument plan={plan} />, pages: 4, text: '开考前 90 分钟' },
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
