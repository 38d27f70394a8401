/** The materials wizard's screens: what the workspace holds, the quantities, and the documents to print. */
import { buildExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { materialsListNote, scratchPaperMargin } from '../../src/domain/exam-day/materials';
import { enrolmentLifecycle } from '../../src/domain/lifecycles/enrolment';
import { buttons, menus } from '../../src/domain/platform/facts';
import { StepPage } from '../kit/StepPage';
import { RoomPaperworkTable } from '../print/RoomPaperworkTable';
import { withBase } from '../../src/paths';
import { countBadgeHolders, getQuantities, materialsDocuments } from './output';
import type { MaterialsScreenProps } from './screen-props';

/** 开始: what the documents are made from (without a plan, the kit shows the step's `blockedBy` instead). */
export function StartScreen({ snapshot, send }: MaterialsScreenProps) {
  const { workspace, errors } = snapshot.context;
  return (
    <StepPage title="考试当天物料：开始之前" errors={errors} onNext={() => send({ type: 'step.next' })}>
      <p>
        物料数量和打印文件按工作区中的考场安排生成：{workspace.roomPlan.length} 个考场（按级别计），
        {workspace.roomPlan.reduce((sum, entry) => sum + entry.documentNumbers.length, 0)} 名考生。
      </p>
      {workspace.staff.length === 0 && (
        <p class="wizard-hint">
          还没有考务人员名单（<a href={withBase('/wizards/staff/')}>「监考与考务人员」向导</a>）：工作牌按 {countBadgeHolders(workspace)}{' '}
          个计，承诺书留空白签名行。
        </p>
      )}
    </StepPage>
  );
}

/** 物料数量: every material of the manual's list with its quantity and how it was counted. */
export function QuantitiesScreen({ snapshot, send }: MaterialsScreenProps) {
  const { workspace } = snapshot.context;
  const day = buildExamDayPlan(workspace);
  return (
    <StepPage title="需要准备的物料" onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="打印文件">
      <div class="wizard-table-wrap">
        <table class="wizard-table">
          <thead>
            <tr>
              <th scope="col">材料</th>
              <th scope="col">数量</th>
              <th scope="col">怎么算的</th>
              <th scope="col">备注</th>
            </tr>
          </thead>
          <tbody>
            {getQuantities(workspace).map((line) => (
              <tr key={line.item.key}>
                <th scope="row">{line.item.name}</th>
                <td class="run-nowrap">
                  {line.quantity} {line.unit}
                </td>
                <td>{line.derivation}</td>
                <td>{[line.item.rule, line.item.note].filter(Boolean).join('；')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 class="run-section-title">各考场的纸质材料</h3>
      <div class="wizard-table-wrap">
        <RoomPaperworkTable roomLevels={day.roomLevels} tableClass="wizard-table" />
      </div>
      <p class="wizard-hint">清单{materialsListNote}。草稿纸按每场考生人数加 {scratchPaperMargin * 100}% 向上取整。</p>
    </StepPage>
  );
}

/** 打印文件: every document with what to do with it, and where the platform's official ones come from. */
export function DocumentsScreen({ send }: MaterialsScreenProps) {
  const scheduled = enrolmentLifecycle.root.states.awaitingExam!.meta as { label: string };
  return (
    <StepPage title="打印考试当天的文件" onBack={() => send({ type: 'step.back' })}>
      <div class="wizard-field">
        <p>
          <strong>以平台文件为准：</strong>排考后（报考记录变为“{scheduled.label}”），在「{menus.schedule}」的考场编排页面点「
          {buttons.scheduleDetails}
          」，下载准考证、桌贴、门贴和签到表（理论、实操各一份）。这些是正式使用的版本；下面生成的桌贴、门贴和签到表用于提前准备和核对，排考后请换成平台下载的。
        </p>
      </div>
      <ul class="wizard-file-list">
        {materialsDocuments.map((document) => (
          <li class="wizard-file" key={document.id}>
            <div class="wizard-file-text">
              <p class="wizard-file-name">{document.title}</p>
              <p class="wizard-file-description">{document.advice}</p>
            </div>
            <button
              type="button"
              class="wizard-button wizard-button--secondary"
              onClick={() => send({ type: 'document.open', documentId: document.id })}
            >
              查看并打印<span class="sr-only">{document.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </StepPage>
  );
}
