/** The first screens: 学校, 名单来源, 上传文件, 粘贴名单 (填写表格 is `EntryScreen.tsx`, loaded when chosen). */
import { DemoFileOffer } from '../demo/DemoFileOffer';
import { errorFor, RadioGroup, TextArea, TextField } from '../kit/Fields';
import { FileDrop } from '../kit/FileDrop';
import { ProgressBar } from '../kit/ProgressBar';
import { useState } from 'preact/hooks';
import { StepPage } from '../kit/StepPage';
import type { CandidatesScreenProps } from './screen-props';

/** 学校名称. */
export function SchoolScreen({ context, send }: CandidatesScreenProps) {
  return (
    <StepPage title="您的学校名称是？" errors={context.errors} onNext={() => send({ type: 'step.next' })}>
      <TextField
        id="schoolName"
        label="学校名称"
        hint="与平台上登记的院校名称一致。它会写进生成的文件名，并保存在学校工作区中，其他向导不用再填。"
        value={context.schoolName}
        error={errorFor(context.errors, 'schoolName')}
        size={30}
        onInput={(value) => send({ type: 'school.set', value })}
      />
    </StepPage>
  );
}

/** 名单来源. */
export function SourceScreen({ context, send }: CandidatesScreenProps) {
  return (
    <StepPage title="怎样提供学生名单？" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <RadioGroup
        id="sourceKind"
        label="名单来源"
        value={context.sourceKind}
        error={errorFor(context.errors, 'sourceKind')}
        options={[
          { value: 'file', label: '上传表格文件', hint: '.xlsx、.xls 或 .csv：平台的导入模板，或学校自己的名单（列的顺序和名称可以不同）。' },
          { value: 'paste', label: '从表格中复制粘贴', hint: '在 Excel 或 WPS 中选中名单（包括表头），复制后粘贴。' },
          { value: 'table', label: '直接在网页表格中填写', hint: '学生不多时适用。' },
        ]}
        onChange={(kind) => send({ type: 'source.choose', kind })}
      />
    </StepPage>
  );
}

/** 上传文件, with the reading progress while a file is read, and the sheet to read when a workbook has several with data. */
export function UploadScreen({ context, send, isBusy }: CandidatesScreenProps) {
  const fileName = context.source?.origin.kind === 'file' ? context.source.origin.fileName : null;
  // The file stays on this screen only (never in the draft): after a reload the user chooses it again.
  const [chosenFile, setChosenFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const choice = context.sheetChoice && chosenFile?.name === context.sheetChoice.fileName ? context.sheetChoice : null;
  const choose = (file: File) => {
    setChosenFile(file);
    setSheet(null);
    send({ type: 'file.choose', file });
  };
  return (
    <StepPage title="上传学生名单" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={isBusy ? undefined : () => send({ type: 'step.next' })}>
      {isBusy ? (
        <ProgressBar label="正在读取名单…" progress={context.progress} unit="个文件" onCancel={() => send({ type: 'task.cancel' })} />
      ) : (
        <>
          <DemoFileOffer file="studentList" />
          <FileDrop
            id="sourceFile"
            label="学生名单文件"
            hint={fileName ? `已读取「${fileName}」。选择另一个文件会替换它。` : '支持 .xlsx、.xls、.csv。文件只在本机浏览器中读取，不会上传到任何地方。'}
            accept=".xlsx,.xls,.csv,.txt"
            error={errorFor(context.errors, 'sourceFile')}
            onFiles={(files) => choose(files[0]!)}
          />
        </>
      )}
      {!isBusy && choice && chosenFile && (
        <>
          <RadioGroup
            id="sourceSheet"
            label={`「${choice.fileName}」中要读取的工作表`}
            hint="隐藏的工作表不会读取。如果名单分在几个工作表中，请先在 Excel 或 WPS 中合并到一个工作表。"
            value={sheet}
            error={errorFor(context.errors, 'sourceSheet')}
            options={choice.sheets.map((option) => ({ value: option.name, label: `「${option.name}」`, hint: `${option.rows} 行（含表头）` }))}
            onChange={setSheet}
          />
          <div class="wizard-actions">
            <button type="button" class="wizard-button wizard-button--secondary" disabled={sheet === null} onClick={() => sheet && send({ type: 'file.choose', file: chosenFile, sheet })}>
              读取所选工作表
            </button>
          </div>
        </>
      )}
    </StepPage>
  );
}

/** 粘贴名单. */
export function PasteScreen({ context, send, isBusy }: CandidatesScreenProps) {
  return (
    <StepPage title="粘贴学生名单" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={isBusy ? undefined : () => send({ type: 'step.next' })}>
      {isBusy ? (
        <ProgressBar label="正在读取名单…" progress={context.progress} unit="段" onCancel={() => send({ type: 'task.cancel' })} />
      ) : (
        <TextArea
          id="pasteText"
          label="学生名单"
          hint="在 Excel 或 WPS 中选中名单（第一行是表头），按 Ctrl+C 复制，再在这里按 Ctrl+V 粘贴。"
          value={context.pasteText}
          error={errorFor(context.errors, 'pasteText')}
          rows={12}
          onInput={(text) => send({ type: 'paste.set', text })}
        />
      )}
    </StepPage>
  );
}
