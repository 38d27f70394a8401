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
import { ImportConfirm } from '../kit/ImportConfirm';
import { WorkFilePicker, describeChecking, describeRefusal, refuseFailedCheck } from '../kit/WorkFileImportParts';
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
        <WorkFilePicker
          label="导入全部工作"
          disabled={isBusy}
          onPick={async (file) => {
            setOffer(null);
            setMessage({ isError: false, text: describeChecking(file.name) });
            const checked = await loadTransfer()
              .then((transfer) => transfer.checkImport(file, store, mode))
              .catch(refuseFailedCheck);
            if (checked.ok) {
              setMessage(null);
              setOffer(checked);
            } else {
              setMessage({ isError: true, text: describeRefusal(file.name, checked.reason) });
            }
          }}
        />
      </div>
      {offer && (
        <ImportConfirm
          idPrefix="workbench"
          offer={offer}
          onConfirm={() => {
            setOffer(null);
            void run(async () => {
              await (await loadTransfer()).importAllWork(store, mode, offer);
              setBackup({ importedAt: new Date(), fileName: offer.fileName });
              return { isError: false, text: `已导入工作文件「${offer.fileName}」。导入前的工作已自动备份，需要时可以「撤销导入」。` };
            });
          }}
          onCancel={() => setOffer(null)}
        />
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
