/** The staff wizard's questions: what the workspace holds, the teachers, and the proctors of each room. */
import { proctorAdvice, proctorRule, siteRoles, teacherRoleKeys } from '../../src/domain/staffing/facts';
import { getRoleName, getSlotFieldId, getTeacherFieldId, type TeacherDraft } from '../../src/domain/staffing/checks';
import { checkSiteRoles } from '../../src/domain/staffing/checks';
import { countProctorsAtPeak, countProctorsForRoom, isOwnMajorTeacher } from '../../src/domain/staffing/rules';
import { errorFor } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import { fitColumnUnderHeader } from '../kit/cell-size';
import { RemoveRowCell, TextCell } from '../kit/TableCells';
import { WarningList } from '../shared/WarningList';
import type { StaffScreenProps } from './screen-props';
import { checkAssignment, listMajors, listSlots, listTeachers, resolveAssignments } from './steps';

/** 开始: the rooms that need proctors (without a plan, the kit shows the step's `blockedBy` instead). */
export function StartScreen({ snapshot, send }: StaffScreenProps) {
  const { context } = snapshot;
  const slots = listSlots(context);
  return (
    <StepPage title="监考与考务人员：开始之前" errors={context.errors} onNext={() => send({ type: 'step.next' })}>
      <p>
        按「考场设置」向导的安排，共 {slots.length} 个考场（按级别计）。每考场 {proctorRule.smallRoomMaxCandidates} 人及以下设{' '}
        {proctorRule.minimumPerRoom} 名监考员，超过 {proctorRule.smallRoomMaxCandidates} 人按监考员与考生不低于 1:
        {proctorRule.candidatesPerProctor} 配备；同一时间最多需要 <strong>{countProctorsAtPeak(slots)}</strong> 名监考员。
      </p>
      <p>
        另需：
        {siteRoles.map((role) => `${role.name} ${role.count} 名${role.providedBy === 'organisation' ? '（由鸿科经纬公司委派）' : ''}`).join('、')}
        。
      </p>
    </StepPage>
  );
}

const textColumns: Array<{ key: Exclude<keyof TeacherDraft, 'role'>; label: string }> = [
  { key: 'name', label: '姓名' },
  { key: 'phone', label: '手机号码' },
  { key: 'subject', label: '任教专业或课程' },
];

/** 老师: name, phone, subject taught and role of everyone working on exam day. */
export function TeachersScreen({ snapshot, send }: StaffScreenProps) {
  const { context } = snapshot;
  const majors = listMajors(context);
  const { warnings } = checkSiteRoles(listTeachers(context));
  return (
    <StepPage
      title="参加考务工作的老师"
      errors={context.errors}
      onBack={() => send({ type: 'step.back' })}
      onNext={() => send({ type: 'step.next' })}
    >
      <p class="wizard-hint">
        填写主考、副主考、工作人员、系统管理员和所有可以监考的老师。监考员{proctorAdvice}担任（考生的专业：{majors.join('、') || '未知'}）。
      </p>
      <div class="wizard-table-wrap">
        <table class="wizard-table wizard-table--sticky-1 run-table not-content">
          <thead>
            <tr>
              {textColumns.map((column) => (
                <th scope="col" key={column.key}>
                  {column.label}
                </th>
              ))}
              <th scope="col">角色</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {context.teachers.map((teacher, index) => (
              <tr key={index}>
                {textColumns.map((column) => {
                  const id = getTeacherFieldId(index, column.key);
                  return (
                    <TextCell
                      key={column.key}
                      id={id}
                      label={`第 ${index + 1} 位老师的${column.label}`}
                      value={teacher[column.key]}
                      error={errorFor(context.errors, id)}
                      inputMode={column.key === 'phone' ? 'tel' : undefined}
                      size={fitColumnUnderHeader(column.label, context.teachers.map((entry) => entry[column.key]))}
                      onInput={(value) => send({ type: 'teacher.set', index, key: column.key, value })}
                    >
                      {column.key === 'subject' && isOwnMajorTeacher(teacher.subject, majors) && (
                        <span class="wizard-tag wizard-tag--warning">本专业</span>
                      )}
                    </TextCell>
                  );
                })}
                <td>
                  <label class="sr-only" for={getTeacherFieldId(index, 'role')}>
                    第 {index + 1} 位老师的角色
                  </label>
                  <select
                    class="wizard-select"
                    id={getTeacherFieldId(index, 'role')}
                    value={teacher.role}
                    onChange={(event) =>
                      send({ type: 'teacher.setRole', index, role: teacherRoleKeys.find((role) => role === event.currentTarget.value) ?? 'proctor' })
                    }
                  >
                    {teacherRoleKeys.map((role) => (
                      <option key={role} value={role}>
                        {getRoleName(role)}
                      </option>
                    ))}
                  </select>
                </td>
                <RemoveRowCell rowName={`第 ${index + 1} 位老师`} onRemove={() => send({ type: 'teacher.remove', index })} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" id="teacher-add" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'teacher.add' })}>
        添加一位老师
      </button>
      {warnings.map((warning) => (
        <p class="wizard-hint" role="status" key={warning.message}>
          {warning.message}
        </p>
      ))}
    </StepPage>
  );
}

/** 监考安排: the proctors of each room and level; the automatic choice can be changed. */
export function AssignmentScreen({ snapshot, send }: StaffScreenProps) {
  const { context } = snapshot;
  const proctors = listTeachers(context).filter((teacher) => teacher.role === 'proctor');
  const assignments = resolveAssignments(context);
  const { warnings } = checkAssignment(context);
  return (
    <StepPage title="每个考场的监考员" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p class="wizard-hint">已自动安排：同一位老师不会同时在两个考场，本专业的老师排在最后。可以逐个修改。</p>
      {listSlots(context).map((slot, slotIndex) => {
        const field = getSlotFieldId(slot);
        const chosen = assignments[slotIndex]?.proctors ?? [];
        const error = errorFor(context.errors, field);
        return (
          <fieldset class={`wizard-fieldset wizard-field${error ? ' wizard-field--error' : ''}`} key={field}>
            <legend class="wizard-legend">
              {slot.roomName}（{slot.level}，{slot.candidates} 人，{slot.span.from.time}–{slot.span.to.time}）需要{' '}
              {countProctorsForRoom(slot.candidates)} 名
            </legend>
            {error && <p class="wizard-error-message">{error}</p>}
            <div class="run-inline-fields not-content">
              {Array.from({ length: Math.max(countProctorsForRoom(slot.candidates), chosen.length) }, (_, position) => {
                const id = position === 0 ? field : `${field}-${position + 1}`;
                return (
                  <div class="wizard-field" key={position}>
                    <label class="wizard-label" for={id}>
                      监考员 {position + 1}
                    </label>
                    <select
                      class="wizard-select"
                      id={id}
                      value={chosen[position] ?? ''}
                      onChange={(event) =>
                        send({ type: 'assignment.set', roomName: slot.roomName, level: slot.level, position, name: event.currentTarget.value })
                      }
                    >
                      <option value="">（未安排）</option>
                      {proctors.map((teacher) => (
                        <option key={teacher.name} value={teacher.name}>
                          {teacher.name}
                        </option>
                      ))}
                    </select>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <WarningList warnings={warnings} />
      <button type="button" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'assignments.auto' })}>
        重新自动安排
      </button>
    </StepPage>
  );
}
