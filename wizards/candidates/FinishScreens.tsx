/** 核对 (check your answers) and 生成文件 (the result page with next steps). */
import { umlautStyles } from '../../src/domain/pinyin/facts';
import { buttons, menus } from '../../src/domain/platform/facts';
import { candidateInfoLifecycle } from '../../src/domain/lifecycles/candidate-info';
import { CheckAnswers } from '../kit/CheckAnswers';
import { NextSteps, ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { withBase } from '../../src/paths';
import { buildResultFile, listResultFiles } from './result-files';
import type { CandidatesScreenProps } from './screen-props';
import { selectCheckSummary, selectClassification } from './selectors';

const sourceLabels = { file: '上传的表格文件', paste: '粘贴的名单', table: '在网页表格中填写' } as const;

/** Check your answers. */
export function AnswersScreen({ context, send }: CandidatesScreenProps) {
  const summary = selectCheckSummary(context);
  const { schoolCount, placements } = selectClassification(context);
  const goTo = (step: string) => send({ type: 'step.goto', step });
  const sourceStep = context.sourceKind === 'table' ? 'entry' : 'mapping';
  return (
    <StepPage title="核对后生成文件" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="生成文件">
      <CheckAnswers
        onChange={goTo}
        rows={[
          { key: '学校名称', value: context.schoolName, step: 'school' },
          { key: '名单来源', value: `${sourceLabels[context.sourceKind ?? 'table']}${context.source?.origin.fileName ? `「${context.source.origin.fileName}」` : ''}`, step: sourceStep },
          { key: '拼音中的 ü', value: umlautStyles[context.umlautStyle].label, step: 'umlaut' },
          {
            key: '检查结果',
            value: `${summary.rows} 名学生，${summary.failedRows} 名有错误${context.isExcludingFailedRows && summary.failedRows > 0 ? '（不导入）' : ''}，${summary.warnings} 处请核对，自动修改 ${summary.changes} 处`,
            step: 'review',
          },
          {
            key: '试点专业',
            value: context.pilot.isPilotSchool ? `${context.pilot.majors.map((major) => major.name).join('、')}；已批准 ${context.pilot.approvedScale} 人` : '本校不是本年度试点院校',
            step: 'pilot',
          },
          { key: '院校考生 / 社会考生', value: `${schoolCount} 名 / ${placements.length - schoolCount} 名`, step: 'classify' },
        ]}
      />
    </StepPage>
  );
}

const states = candidateInfoLifecycle.config.states as Record<string, { meta?: { label: string; meaning: string } }>;
const statusText = (key: string) => `「${states[key]!.meta!.label}」：${states[key]!.meta!.meaning}`;

/** The result page. */
export function ResultScreen({ context, send }: CandidatesScreenProps) {
  return (
    <StepPage title="文件已准备好" onBack={() => send({ type: 'step.back' })}>
      <p>学生名单已保存到学校工作区，「考生照片打包」等向导会直接使用，不用再填。</p>
      <ResultFiles files={listResultFiles(context)} build={(id) => buildResultFile(id, context)} />
      <h3>接下来在平台上</h3>
      <NextSteps
        steps={[
          { title: '导入学生信息', where: <>「{menus.candidates}」→ 选择「院校考生」或「社会考生」→「{buttons.candidatesImport}」</>, details: '两份文件分别导入对应的栏目。学生信息只导入一次，以后考试不要重复导入。' },
          { title: '导入考生照片', where: <>「{menus.candidates}」→「{buttons.photosImport}」</>, details: <>导入后学生的状态是{statusText('noPhoto')}可以用「<a href={withBase('/wizards/photos/')}>考生照片打包</a>」向导检查照片并打包。</> },
          { title: '认证', where: <>「{buttons.certify}」或「{buttons.certifyBatch}」</>, details: statusText('pendingVerification') },
          { title: '处理需人工确认的学生', where: <>「{buttons.confirmManually}」</>, details: `${statusText('needsManualCheck')}核对无误后点「${buttons.confirmManually}」，学生状态变为「${states.accurate!.meta!.label}」，才能报考。` },
        ]}
      />
    </StepPage>
  );
}
