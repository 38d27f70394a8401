/** Results by level: who passes and who does not with the reason, and the pass list to download (loaded when first shown). */
import { certificate, scoring } from '../../src/domain/certificate/facts';
import { formatCertificateTitle } from '../../src/domain/certificate/rules';
import { resultsRule } from '../../src/domain/certificates/facts';
import { groupResultsByLevel, type SittingResult } from '../../src/domain/certificates/results';
import { ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { toSitting } from '../shared/scores/score-rows';
import { buildResultFile, listResultFiles } from './output';
import type { CertificatesScreenProps } from './screen-props';

const score = (value: number | null) => (value === null ? '缺考' : value);

function ResultTable({ results, caption, withReasons }: { results: readonly SittingResult[]; caption: string; withReasons: boolean }) {
  return (
    <div class="wizard-table-wrap">
      <table class="wizard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">考生姓名</th>
            <th scope="col">身份证号</th>
            <th scope="col">理论</th>
            <th scope="col">实操</th>
            {withReasons && <th scope="col">未通过原因</th>}
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.idNumber}>
              <th scope="row">{result.name}</th>
              <td>{result.idNumber}</td>
              <td>{score(result.theory)}</td>
              <td>{score(result.practical)}</td>
              {withReasons && <td>{result.reasons.join('；')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Render the results screen. */
export function ResultsScreen({ context, send }: CertificatesScreenProps) {
  const groups = groupResultsByLevel(context.rows.map(toSitting));
  return (
    <StepPage title="考证结果" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p>{resultsRule}</p>
      <p class="wizard-hint">
        合格标准：理论和实操两门同一次考试均达到 {scoring.passMark} 分（含）以上，满分 {scoring.fullMarks} 分。
      </p>
      {groups.map((group) => (
        <section key={group.level} class="cert-level" aria-label={group.level}>
          <h3 class="cert-heading">
            {formatCertificateTitle(certificate.name, group.level)}：合格 {group.passed.length} 人，不合格 {group.failed.length} 人
          </h3>
          {group.passed.length > 0 && <ResultTable results={group.passed} caption={`${group.level}合格名单`} withReasons={false} />}
          {group.failed.length > 0 && <ResultTable results={group.failed} caption={`${group.level}未通过`} withReasons />}
        </section>
      ))}
      <ResultFiles files={listResultFiles(context)} build={(id, environment) => buildResultFile(id, context, environment)} />
    </StepPage>
  );
}
