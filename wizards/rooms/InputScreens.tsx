/** The rooms wizard's questions: what the workspace holds, the rooms, and the rooms of each level. */
import type { Level } from '../../src/domain/certificate/schema';
import { getLevelSpan } from '../../src/domain/plan/rules';
import { candidatesPerRoomInPrinciple, roomFields, roomMatchNote, seatExample } from '../../src/domain/rooms/facts';
import { getLevelRoomsFieldId, getRoomFieldId, toRoomCapacities, type RoomDraft } from '../../src/domain/rooms/checks';
import { countSpareMachines, splitSeatsEvenly } from '../../src/domain/rooms/rules';
import { errorFor } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import { fitColumnUnderHeader } from '../kit/cell-size';
import { RemoveRowCell, TextCell } from '../kit/TableCells';
import { WarningList } from '../shared/WarningList';
import type { RoomsContext } from './context-schema';
import type { RoomsScreenProps } from './screen-props';
import { checkAllocation, listCandidatesByLevel, resolveChoices } from './steps';

/** 开始: the registered candidates by level (with none, the kit shows the step's `blockedBy` instead). */
export function StartScreen({ snapshot, send }: RoomsScreenProps) {
  const { context } = snapshot;
  return (
    <StepPage title="考场设置：开始之前" errors={context.errors} onNext={() => send({ type: 'step.next' })}>
      <p>按「为学生报考」向导中已报考的考生安排考场：</p>
      <ul>
        {listCandidatesByLevel(context).map((entry) => (
          <li key={entry.level}>
            {entry.level}：{entry.documentNumbers.length} 人
          </li>
        ))}
      </ul>
      <p class="wizard-hint">{roomMatchNote}</p>
    </StepPage>
  );
}

const columns: Array<{ key: keyof RoomDraft; label: string; hint: string }> = [
  { key: 'name', label: '考场名称', hint: '机房、教室或实训室的名字' },
  { key: 'address', label: '考场地址', hint: '省、市、区' },
  { key: 'detailAddress', label: '详细地址', hint: '楼号、房间号' },
  { key: 'machines', label: '可用考生机数', hint: '能正常使用的考生机' },
];

/** 考场: one row per room the school can use, with its working machines. */
export function RoomsScreen({ snapshot, send }: RoomsScreenProps) {
  const { context } = snapshot;
  return (
    <StepPage
      title="可以用作考场的机房"
      errors={context.errors}
      onBack={() => send({ type: 'step.back' })}
      onNext={() => send({ type: 'step.next' })}
    >
      <p class="wizard-hint">{roomFields.find((field) => field.key === 'roomName')!.rule}。把可能用到的机房都填上，没用上的会作为备用考场。</p>
      <div class="wizard-table-wrap">
        <table class="wizard-table wizard-table--sticky-1 run-table not-content">
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column.key}>
                  {column.label}
                  <br />
                  <span class="wizard-hint">{column.hint}</span>
                </th>
              ))}
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {context.rooms.map((room, index) => (
              <tr key={index}>
                {columns.map((column) => {
                  const id = getRoomFieldId(index, column.key);
                  return (
                    <TextCell
                      key={column.key}
                      id={id}
                      label={`第 ${index + 1} 个考场的${column.label}`}
                      value={room[column.key]}
                      error={errorFor(context.errors, id)}
                      inputMode={column.key === 'machines' ? 'numeric' : undefined}
                      size={fitColumnUnderHeader(column.label, context.rooms.map((entry) => entry[column.key]))}
                      onInput={(value) => send({ type: 'room.set', index, key: column.key, value })}
                    />
                  );
                })}
                <RemoveRowCell rowName={`第 ${index + 1} 个考场`} onRemove={() => send({ type: 'room.remove', index })} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" id="room-add" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'room.add' })}>
        添加一个考场
      </button>
    </StepPage>
  );
}

/** Return a level's span on exam day, e.g. 14:00–17:45. */
function formatSpan(context: RoomsContext, level: Level): string {
  const times = context.workspace.examPlan.levels.find((entry) => entry.level === level)!;
  const { from, to } = getLevelSpan(times);
  return `${from.time}–${to.time}`;
}

/** 分配考场: for each level the rooms it uses, with the seats each gets. */
export function AllocationScreen({ snapshot, send }: RoomsScreenProps) {
  const { context } = snapshot;
  const capacities = toRoomCapacities(context.rooms);
  const { warnings } = checkAllocation(context);
  return (
    <StepPage
      title="为每个级别选择考场"
      errors={context.errors}
      onBack={() => send({ type: 'step.back' })}
      onNext={() => send({ type: 'step.next' })}
    >
      <p class="wizard-hint">
        考位数按实际考生人数设置，原则上每考场 {candidatesPerRoomInPrinciple} 人，考生在所选考场间平均分配（手册的例子：{seatExample.candidates} 人用{' '}
        {seatExample.rooms} 个考场，各 {seatExample.seatsPerRoom.join(' 人和 ')} 人）。同一时间考试的级别不能用同一个考场。
      </p>
      {resolveChoices(context).map((choice) => {
        const id = getLevelRoomsFieldId(choice.level);
        const chosen = capacities.filter((room) => choice.roomNames.includes(room.name));
        const seats = splitSeatsEvenly(
          choice.candidates,
          chosen.map((room) => room.machines),
        );
        const error = errorFor(context.errors, id);
        return (
          <fieldset class={`wizard-fieldset wizard-field${error ? ' wizard-field--error' : ''}`} key={choice.level}>
            <legend class="wizard-legend">
              {choice.level}（{choice.candidates} 人，{formatSpan(context, choice.level)}）
            </legend>
            {error && <p class="wizard-error-message">{error}</p>}
            {capacities.map((room, index) => {
              const seatIndex = chosen.indexOf(room);
              return (
                <div class="wizard-choice" key={room.name}>
                  <input
                    type="checkbox"
                    id={index === 0 ? id : `${id}-${index}`}
                    checked={seatIndex >= 0}
                    onChange={(event) =>
                      send({ type: 'choice.set', level: choice.level, roomName: room.name, isChosen: event.currentTarget.checked })
                    }
                  />
                  <label for={index === 0 ? id : `${id}-${index}`}>
                    {room.name}（{room.machines} 台）
                    {seats && seatIndex >= 0 && `：${seats[seatIndex]} 个考位，剩 ${countSpareMachines(room, seats[seatIndex]!)} 台备用`}
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <WarningList warnings={warnings} />
      <button type="button" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'choices.suggest' })}>
        恢复自动安排
      </button>
    </StepPage>
  );
}
