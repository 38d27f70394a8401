/**
 * Adding every student of the plan from the school workspace at once (the certificate wizard
 * needs them all, not a few): the registered ones with their level, or every student when the
 * registration wizard registered none. The table then checks each row as if it were typed.
 */
import { getWizard } from '../../catalog';
import { listPlanStudents, listStudentsNotInRows, type KnownStudent, type StudentSources } from './known-students';
import type { ScoreRowForm } from './schema';

/** Offer 添加 for the plan's students not in `rows` yet; nothing when there are none. */
export function AddPlanStudents({ workspace, rows, onAdd }: { workspace: StudentSources; rows: ReadonlyArray<Pick<ScoreRowForm, 'idNumber'>>; onAdd: (students: KnownStudent[]) => void }) {
  const { students, areRegistered } = listPlanStudents(workspace);
  const missing = listStudentsNotInRows(students, rows);
  if (missing.length === 0) return null;
  return (
    <div class="wizard-field">
      <p class="wizard-hint" id="plan-students-hint">
        {areRegistered
          ? `学校工作区中有 ${missing.length} 位已报考的考生还不在表中（来自「${getWizard('registration').title}」向导，报考级别一并填入），成绩需要再填写或粘贴。`
          : `「${getWizard('registration').title}」向导中还没有报考记录：可以先带入工作区全部 ${missing.length} 位考生，再选报考级别、填写成绩，没有参加考试的删去。`}
      </p>
      <button type="button" id="plan-students-add" class="wizard-button wizard-button--secondary" aria-describedby="plan-students-hint" onClick={() => onAdd(missing)}>
        {areRegistered ? `添加全部 ${missing.length} 位已报考的考生` : `添加工作区全部 ${missing.length} 位考生`}
      </button>
    </div>
  );
}
