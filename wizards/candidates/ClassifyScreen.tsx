/** 院校考生 / 社会考生: the two lists with the reason for each student, and moving a student by hand. */
import { Pager } from '../kit/Pager';
import { useState } from 'preact/hooks';
import type { CandidateType } from '../../src/domain/candidates/schema';
import { StepPage } from '../kit/StepPage';
import type { CandidatesScreenProps } from './screen-props';
import { selectClassification, selectIncludedRows } from './selectors';

const pageSize = 50;
const otherType = (type: CandidateType): CandidateType => (type === '院校考生' ? '社会考生' : '院校考生');

function CandidateList({ type, context, send }: CandidatesScreenProps & { type: CandidateType }) {
  const [page, setPage] = useState(0);
  const rowsById = new Map(selectIncludedRows(context).map((row) => [row.id, row]));
  const placements = selectClassification(context).placements.filter((placement) => placement.type === type);
  const pages = Math.max(1, Math.ceil(placements.length / pageSize));
  const current = Math.min(page, pages - 1);
  return (
    <section aria-labelledby={`list-${type}`}>
      <h3 id={`list-${type}`}>
        {type}（{placements.length} 名）
      </h3>
      {placements.length === 0 ? (
        <p class="wizard-hint">没有{type}。</p>
      ) : (
        <div class="wizard-table-wrap">
          <table class="wizard-table">
            <thead>
              <tr>
                <th scope="col">行</th>
                <th scope="col">学生姓名</th>
                <th scope="col">就读专业</th>
                <th scope="col">原因</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {placements.slice(current * pageSize, (current + 1) * pageSize).map((placement) => {
                const row = rowsById.get(placement.rowId)!;
                return (
                  <tr key={placement.rowId}>
                    <td>{row.sourceRow}</td>
                    <td>{row.values.name}</td>
                    <td>{row.values.major}</td>
                    <td>{placement.reason}</td>
                    <td>
                      <button type="button" class="wizard-link-button" onClick={() => send({ type: 'candidate.move', rowId: placement.rowId, to: otherType(type) })}>
                        移到{otherType(type)}
                        <span class="sr-only">：{row.values.name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager label={`${type}分页`} page={current} pageCount={pages} onPage={setPage} />
    </section>
  );
}

/** The classification screen. */
export function ClassifyScreen(props: CandidatesScreenProps) {
  const { context, send } = props;
  const classification = selectClassification(context);
  return (
    <StepPage title="院校考生和社会考生" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p>
        按试点专业{context.pilot.approvedScale !== null ? `和已批准培训人数（${context.pilot.approvedScale} 人）` : ''}
        分好了两份名单。超出人数时，名单中排在后面的试点专业学生列为社会考生。您可以移动任何一名学生。
      </p>
      {classification.isOverScale && (
        <p class="wizard-error-message" role="alert">
          院校考生（{classification.schoolCount} 名）超过了已批准培训人数（{context.pilot.approvedScale} 人）：平台不允许报考人数超过试点规模，请把多出的学生移到社会考生。
        </p>
      )}
      <CandidateList {...props} type="院校考生" />
      <CandidateList {...props} type="社会考生" />
    </StepPage>
  );
}
