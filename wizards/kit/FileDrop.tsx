/**
 * Choosing files three ways: the native file input (click, or Tab then Enter or
 * Space, as every browser and screen reader knows it), dropping files or a folder
 * on the area around it, and, where asked, choosing a whole folder.
 */
import { useState } from 'preact/hooks';
import { describedBy, LabelledField } from './Fields';

/** Props of the file drop area. */
export interface FileDropProps {
  id: string;
  label: string;
  hint?: string;
  /** File types offered by the picker, e.g. `.xlsx,.xls,.csv`; dropped files are checked by the machine. */
  accept?: string;
  /** Allow several files. Default: false. */
  multiple?: boolean;
  /** Also offer a 选择文件夹 button. Default: false. */
  allowFolder?: boolean;
  error?: string | undefined;
  onFiles: (files: File[]) => void;
}

/** A file input inside an area that also accepts dropped files and folders. */
export function FileDrop({ id, label, hint, accept, multiple = false, allowFolder = false, error, onFiles }: FileDropProps) {
  const [isOver, setIsOver] = useState(false);
  const take = (list: FileList | null) => list && list.length > 0 && onFiles([...list]);

  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <div
        class={`wizard-drop${isOver ? ' wizard-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setIsOver(false);
          if (event.dataTransfer) void collectDroppedFiles(event.dataTransfer).then((files) => files.length > 0 && onFiles(files));
        }}
      >
        <input
          id={id}
          name={id}
          type="file"
          accept={accept}
          multiple={multiple}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => {
            take(event.currentTarget.files);
            // Choosing the same file again after fixing it must fire a change again.
            event.currentTarget.value = '';
          }}
        />
        <p class="wizard-drop-text" aria-hidden="true">
          或把{multiple || allowFolder ? '文件或文件夹' : '文件'}拖到这里
        </p>
        {allowFolder && (
          <label class="wizard-button wizard-button--secondary wizard-folder-button">
            选择文件夹
            <input
              type="file"
              class="sr-only"
              // @ts-expect-error webkitdirectory is not in Preact's typings but every target browser supports it.
              webkitdirectory=""
              onChange={(event) => take((event.currentTarget as HTMLInputElement).files)}
            />
          </label>
        )}
      </div>
    </LabelledField>
  );
}

/** Return every file in a drop, walking into dropped folders. */
export async function collectDroppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return [...transfer.files];
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      files.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries returns at most 100 entries per call: read until it returns none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}
