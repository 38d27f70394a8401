/**
 * Shown above the wizard when another tab (or window) of this browser saved
 * newer work: this wizard's progress (the same wizard open twice), or the school
 * workspace all wizards share. Nothing is overwritten without the user's word:
 * 载入最新的内容 shows what the other tab saved; where this tab holds changes
 * that were not saved because of it, 保留这个标签页的内容 writes them over it.
 */

/** What another tab changed, as this tab sees it. */
export interface OtherTabChanges {
  /** This wizard's progress was saved elsewhere. */
  draft: boolean;
  /** This tab's progress is not saved because of it. */
  draftHeld: boolean;
  /** The school workspace was changed elsewhere. */
  workspace: boolean;
  /** Workspace fields this tab's unsaved updates also write (e.g. `school.name`). */
  workspaceHeld: readonly string[];
}

const partNames: Record<string, string> = {
  school: '学校信息',
  pilot: '试点信息',
  examPlan: '考核计划',
  candidates: '考生名单',
  rooms: '考场',
  staff: '考务人员',
  enrolments: '报考信息',
  roomPlan: '考场安排',
  proctorAssignments: '监考安排',
};

/** Name workspace fields by their part, once each: 学校信息、考核计划. */
export function nameWorkspaceParts(fields: readonly string[]): string {
  const parts = [...new Set(fields.map((field) => field.split('.')[0]!))];
  return parts.map((part) => partNames[part] ?? part).join('、');
}

/** The notice; renders nothing when no other tab changed anything. */
export function OtherTabNotice({ changes, onReload, onKeepMine }: { changes: OtherTabChanges; onReload: () => void; onKeepMine: () => void }) {
  const { draft, draftHeld, workspace, workspaceHeld } = changes;
  const isHolding = draftHeld || workspaceHeld.length > 0;
  if (!draft && !workspace && !isHolding) return null;
  return (
    <section class="wizard-other-tab" role="alert" aria-labelledby="wizard-other-tab-title">
      <h2 id="wizard-other-tab-title" class="wizard-other-tab-title">
        另一个标签页保存了更新的内容
      </h2>
      {draft && <p>本向导在这个浏览器的另一个标签页（或窗口）中也打开着，那里保存了更新的进度。</p>}
      {workspace && <p>各向导共用的学校工作区（学校名称、考生名单等）在另一个标签页中被修改了，这个页面显示的可能是修改前的内容。</p>}
      {isHolding && (
        <p>
          为了不覆盖另一个标签页的修改，这个标签页的
          {[draftHeld && '向导进度', workspaceHeld.length > 0 && `学校工作区修改（${nameWorkspaceParts(workspaceHeld)}）`].filter(Boolean).join('和')}
          还没有保存。请选择保留哪一份：
        </p>
      )}
      <div class="wizard-other-tab-actions">
        <button type="button" class="wizard-button" onClick={onReload}>
          载入最新的内容
        </button>
        {isHolding && (
          <button type="button" class="wizard-button wizard-button--warning" onClick={onKeepMine}>
            保留这个标签页的内容
          </button>
        )}
      </div>
      {isHolding && (
        <p class="wizard-hint">「载入最新的内容」会放弃这个标签页没有保存的修改；「保留这个标签页的内容」会覆盖另一个标签页保存的同一部分。</p>
      )}
    </section>
  );
}
