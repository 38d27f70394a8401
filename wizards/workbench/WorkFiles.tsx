/**
 * 导出全部工作 and 导入全部工作: the kit's 工作文件, which already holds the
 * workspace and every wizard's progress. Export and import go through the kit's
 * own store (`work-store.ts`: the export record, the import backup) and checks
 * (`work-file-import.ts`, every wizard's progress by its own schema, loaded when a
 * file is picked), and say what the wizards' 工作文件 controls say.
 */
import { useState } from 'preact/hooks';
import type { KeyValueStore } from '../kit/storage';
import { describeUnexportedWork, type WorkHistory } from '../kit/work-history';
import type { WorkMode } from '../kit/work-mode';
import { describeExportStatus } from './export-status';
import { formatDateTime } from '../kit/format-time';
import type { ImportOffer } from './work-transfer';

type Message = { isError: boolean; text: string } | null;
type Offer = ImportOffer;
const loadTransfer = () => import('./work-transfer');

/** Props: the store of the mode shown, its export record, and what to do once the work changed. */
export interface WorkFilesProps {
  store: KeyValueStore;
  mode: WorkMode;
  history: WorkHistory;
  onChanged: () => Promise<void>;
}

/** The export and import of all the work. */
export function WorkFiles({ store, mode, history, onChanged }: WorkFilesProps) {
  /** Set by an import made on this page: its backup can be put back (the wizards' 工作文件 controls offer it too). */
  const [backup, setBackup] = useState<{ importedAt: Date; fileName: string } | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [offer, setOffer] = useState<Offer | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const run = async (work: () => Promise<Message>) => {
    setIsBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ isError: true, text: `没有成功：${(error as Error).message}。本机保存的内容没有任何改变。` });
    }
    setIsBusy(false);
    await onChanged();
  };

  const exportAll = () =>
    run(async () => {
      const fileName = await (await loadTransfer()).exportAllWork(store, mode);
      return { isError: false, text: `已导出工作文件「${fileName}」，其中有学校工作区和每个向导的进度。` };
    });

  return (
    <div class="workbench-workfiles">
      <p>{describeExportStatus(describeUnexportedWork(history, new Date()), formatDateTime)}</p>
      <div class="wizard-workfile-actions">
        <button type="button" class="wizard-button" disabled={isBusy} onClick={() => void exportAll()}>
          导出全部工作
        </button>
        <label class="wizard-button wizard-button--secondary wizard-file-button">
          导入全部工作
          <input
            type="file"
            class="sr-only"
            accept=".json,application/json"
            disabled={isBusy}
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              setOffer(null);
              setMessage({ isError: false, text: `正在检查「${file.name}」…` });
              const checked = await loadTransfer()
                .then((transfer) => transfer.checkImport(file, store, mode))
                .catch((error: unknown) => ({ ok: false as const, reason: `检查时出错（${(error as Error).message}）。` }));
              if (checked.ok) {
                setMessage(null);
                setOffer(checked);
              } else {
                setMessage({ isError: true, text: `没有导入「${file.name}」：${checked.reason} 本机保存的内容没有任何改变。` });
              }
            }}
          />
        </label>
      </div>
      {offer && (
        <div class="wizard-confirm" role="alertdialog" aria-labelledby="workbench-confirm-title" aria-describedby="workbench-confirm-text">
          <p id="workbench-confirm-title">
            <strong>
              导入「{offer.fileName}」{offer.exportedAt && `（导出于 ${formatDateTime(offer.exportedAt)}）`}吗？
            </strong>
          </p>
          <div id="workbench-confirm-text">
            <p>文件中有：{offer.holds}。</p>
            <p>
              {offer.replaces
                ? `导入会替换这台电脑上现在保存的全部工作：${offer.replaces}。被替换的工作会自动留作备份，导入后可以「撤销导入」。`
                : '这台电脑上现在没有保存的工作。'}
            </p>
          </div>
          <button
            type="button"
            class="wizard-button"
            autoFocus
            onClick={() => {
              setOffer(null);
              void run(async () => {
                await (await loadTransfer()).importAllWork(store, mode, offer);
                setBackup({ importedAt: new Date(), fileName: offer.fileName });
                return { isError: false, text: `已导入工作文件「${offer.fileName}」。导入前的工作已自动备份，需要时可以「撤销导入」。` };
              });
            }}
          >
            确定导入
          </button>{' '}
          <button type="button" class="wizard-button wizard-button--secondary" onClick={() => setOffer(null)}>
            取消
          </button>
        </div>
      )}
      {backup && !offer && (
        <div class="wizard-confirm wizard-import-backup">
          <p>
            {formatDateTime(backup.importedAt)} 导入了工作文件「{backup.fileName}」，导入前的工作已自动备份。如果导入的不对，可以撤销导入，恢复导入前的工作。
          </p>
          <button
            type="button"
            class="wizard-button wizard-button--secondary"
            onClick={() =>
              void run(async () =>
                (setBackup(null), await (await loadTransfer()).undoLastImport(store, mode)) ? { isError: false, text: '已撤销导入：导入前的工作已经恢复。' } : { isError: true, text: '没有找到导入前的备份，没有做任何改变。' },
              )
            }
          >
            撤销导入
          </button>
        </div>
      )}
      {message && (
        <p class={message.isError ? 'wizard-error-message' : 'wizard-hint'} role={message.isError ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
