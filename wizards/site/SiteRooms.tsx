/** The rooms screen: one row per exam room with its seats and machines. */
import { machinesPerRoom, venue } from '../../src/domain/site/requirements';
import { errorFor } from '../kit/Fields';
import { fieldId, type RoomForm } from './answers';
import type { SiteQuestionProps } from './site-fields';

const columns: { key: keyof RoomForm; label: string; isNumber: boolean }[] = [
  { key: 'name', label: '考场（机房）名称', isNumber: false },
  { key: 'seats', label: '标准考位数', isNumber: true },
  { key: 'servers', label: '服务器（台）', isNumber: true },
  { key: 'proctorMachines', label: '监考机（台）', isNumber: true },
  { key: 'candidateMachines', label: '考生机（台）', isNumber: true },
];

/** Edit the rooms as a table; every box is labelled by its column and row. */
export function RoomQuestions({ context, send }: SiteQuestionProps) {
  const { rooms } = context.form;
  const roomError = errorFor(context.errors, 'room-add');
  return (
    <>
      <p>
        每个考场至少配备 {machinesPerRoom.server} 台服务器、{machinesPerRoom.proctor} 台监考机、{machinesPerRoom.candidate} 台考生机（均为 PC 机），并设在至少有 {venue.minSeats} 个标准考位的机房。按实际能正常使用的数量填写。
      </p>
      {rooms.length > 0 && (
        <div class="wizard-table-wrap">
          <table class="wizard-table">
            <caption class="sr-only">考场</caption>
            <thead>
              <tr>
                <th scope="col">序号</th>
                {columns.map((column) => (
                  <th scope="col" key={column.key}>
                    {column.label}
                  </th>
                ))}
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {rooms.map((room, index) => (
                <tr key={index}>
                  <th scope="row">{index + 1}</th>
                  {columns.map((column) => {
                    const id = fieldId(`rooms.${index}.${column.key}`);
                    const error = errorFor(context.errors, id);
                    return (
                      <td key={column.key} class={error ? 'wizard-cell--error' : undefined}>
                        <input
                          id={id}
                          value={room[column.key]}
                          inputMode={column.isNumber ? 'numeric' : undefined}
                          aria-label={`第 ${index + 1} 个考场 ${column.label}`}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${id}-error` : undefined}
                          onInput={(event) => send({ type: 'answer.set', path: `rooms.${index}.${column.key}`, value: event.currentTarget.value })}
                        />
                        {error && (
                          <span class="wizard-error-message site-cell-error" id={`${id}-error`}>
                            {error}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" class="wizard-back-link site-remove" onClick={() => send({ type: 'room.remove', index })}>
                      删除<span class="sr-only">第 {index + 1} 个考场</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {roomError && (
        <p class="wizard-error-message" id="room-add-error">
          {roomError}
        </p>
      )}
      <button type="button" id="room-add" class="wizard-button wizard-button--secondary" aria-describedby={roomError ? 'room-add-error' : undefined} onClick={() => send({ type: 'room.add' })}>
        添加考场
      </button>
    </>
  );
}
