/** 保存本校的工作: why, the export and import of all work, and persistent storage (loaded when in view). */
import type { KeyValueStore } from '../kit/storage';
import type { WorkHistory } from '../kit/work-history';
import type { WorkMode } from '../kit/work-mode';
import { StoragePersistence } from './StoragePersistence';
import { WorkFiles } from './WorkFiles';

/** The section's content. */
export function SafeKeeping(props: { store: KeyValueStore; mode: WorkMode; history: WorkHistory; onChanged: () => Promise<void> }) {
  return (
    <>
      <p class="wizard-hint">
        全部工作只保存在这台电脑的浏览器中：清除浏览器数据就会丢失。请定期导出全部工作（一个工作文件，包含学校工作区和每个向导的进度），保存在别处；换电脑或交接时在另一台电脑上导入。
      </p>
      <WorkFiles {...props} />
      <StoragePersistence />
    </>
  );
}
