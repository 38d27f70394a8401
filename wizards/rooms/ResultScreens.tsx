/** Check-your-answers, the room import file and seat plan, what each room status allows, and the printable plan. */
import { buildExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { examRoomLifecycle } from '../../src/domain/lifecycles/exam-room';
import type { StatusMeta } from '../../src/domain/lifecycles/schema';
import { buttons, menus } from '../../src/domain/platform/facts';
import { backupRoomRule, roomReuseNote } from '../../src/domain/rooms/facts';
import { CheckAnswers } from '../kit/CheckAnswers';
import { NextSteps, ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { PrintStage } from '../print/PrintStage';
import { RoomPlanDocument, roomPlanDocumentName } from '../print/RoomPlanDocument';
import { buildResultFile, listResultFiles } from './output';
import type { RoomsScreenProps } from './screen-props';
import { resolveChoices, toWorkspaceRooms } from './steps';

/** 检查您的答案. */
export function ReviewScreen({ snapshot, send }: RoomsScreenProps) {
  const { context } = snapshot;
  const goto = (step: string) => send({ type: 'step.goto', step });
  return (
    <StepPage title="检查您的答案" onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="生成考场文件">
      <CheckAnswers
        onChange={goto}
        rows={[
          {
            key: '考场',
            value: toWorkspaceRooms(context)
              .map((room) => `${room.name}（${room.machines} 台）`)
              .join('、'),
            step: 'rooms',
          },
          ...context.workspace.examPlan.levels.map((entry) => {
            const seats = context.workspace.roomPlan.filter((plan) => plan.level === entry.level);
            return {
              key: `${entry.level}考场`,
              value: seats.map((plan) => `${plan.roomName} ${plan.documentNumbers.length} 人`).join('，') || '无考生',
              step: 'allocation',
            };
          }),
        ]}
      />
    </StepPage>
  );
}

/** The result: files, the printable seat plan, room statuses and backup rooms. */
export function ResultScreen({ snapshot, send }: RoomsScreenProps) {
  const { context } = snapshot;
  const used = new Set(resolveChoices(context).flatMap((choice) => choice.roomNames));
  const backups = toWorkspaceRooms(context).filter((room) => !used.has(room.name));
  // Read straight from the lifecycle machine: describeLifecycle validates with zod, which would join the page's first JavaScript.
  const statuses = Object.entries(examRoomLifecycle.root.states).map(([key, node]) => ({ key, ...(node.meta as StatusMeta) }));
  return (
    <StepPage title="考场文件已准备好" onBack={() => send({ type: 'step.back' })}>
      <ResultFiles files={listResultFiles(context)} build={(id) => buildResultFile(id, context)} />
      <p>
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'step.goto', step: 'roomPlan' })}>
          查看并打印{roomPlanDocumentName}
        </button>
      </p>
      <p class="wizard-hint">平台的考场导入模板没有公开，文件按手册列出的考场字段排列；如果平台下载的模板列不同，请按列名复制。</p>
      {backups.length > 0 && (
        <p>
          备用考场：{backups.map((room) => room.name).join('、')}。{backupRoomRule}
        </p>
      )}
      <h3 class="run-section-title">考场状态：什么时候还能改</h3>
      <table class="wizard-table">
        <thead>
          <tr>
            <th scope="col">状态</th>
            <th scope="col">含义</th>
            <th scope="col">可以做的</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => (
            <tr key={status.key}>
              <th scope="row">{status.label}</th>
              <td>{status.meaning}</td>
              <td>{status.allowed.join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 class="run-section-title">接下来在平台上</h3>
      <NextSteps
        steps={[
          { title: '导入考场', where: `「${menus.rooms}」→「${buttons.roomImport}」`, details: roomReuseNote },
        ]}
      />
    </StepPage>
  );
}

/** The seat plan as printable A4 pages. */
export function RoomPlanScreen({ snapshot, send }: RoomsScreenProps) {
  return (
    <PrintStage title={roomPlanDocumentName} onBack={() => send({ type: 'step.back' })}>
      <RoomPlanDocument plan={buildExamDayPlan(snapshot.context.workspace)} />
    </PrintStage>
  );
}
