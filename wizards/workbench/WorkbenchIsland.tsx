/**
 * 本校工作台: the school's exam year on one page, from the saved work of the page's
 * mode (the user's own, or the sample school's in demo mode): the tasks in the
 * year's order with their status, the next deadlines, where the wizards disagree,
 * keeping the work safe, and a one-page handover to print.
 *
 * What the page needs before the user acts stays small (issue 15: 30 KB of
 * JavaScript): the step numbering comes from the page (worked out when the site is
 * built), the saved work is read without zod (`read-work.ts`); the demo banner and
 * seeding, the import checks and the print view load when they are needed.
 */
import { useEffect, useState } from 'preact/hooks';
import { getLocalToday } from '../../src/domain/timeline/iso-date';
import type { Workspace } from '../../src/domain/workspace/schema';
import { wizards, type WizardSlug } from '../catalog';
import { openWizardStore, workspaceKey, type KeyValueStore } from '../kit/storage';
import { describeUnexportedWork } from '../kit/work-history';
import { getUrlForMode, rememberWorkMode, settleWorkMode, type WorkMode } from '../kit/work-mode';
import '../kit/wizard.css';
import { findBlocker } from './blockers';
import { describeExportStatus } from './export-status';
import { formatDateTime } from '../kit/format-time';
import { hasYearBegun, readWorkbenchWork, type WorkbenchWork } from './read-work';
import { TaskList, type TaskRow } from './TaskList';
import { describeStatusText, describeTaskStatus } from './task-status';
import type { TaskSteps } from './task-steps';
import { summarizeTask } from './task-summary';
import { WhenVisible } from './WhenVisible';
import type { HandoverData } from './HandoverDocument';
import './workbench.css';

/** Props handed in by the page, worked out when the site is built. */
export interface WorkbenchIslandProps {
  /** Each wizard's step numbering, as its step indicator shows it. */
  taskSteps: Record<WizardSlug, TaskSteps>;
  /** The workspace with nothing in it (every default), to read a stored one over. */
  emptyWorkspace: Workspace;
}

type Loaded = { store: KeyValueStore; work: WorkbenchWork };
type DemoControls = typeof import('../kit/DemoControls');
type HandoverModule = typeof import('./Handover');

/** Build the task rows from the saved work (`emptyWorkspace` tells whether the school has begun at all). */
export function buildTaskRows(taskSteps: Record<WizardSlug, TaskSteps>, work: WorkbenchWork, emptyWorkspace: Workspace): TaskRow[] {
  const begun = hasYearBegun(work, emptyWorkspace);
  return wizards.map((wizard) => ({
    wizard,
    status: describeTaskStatus(taskSteps[wizard.slug], work.drafts[wizard.slug], findBlocker(wizard.slug, work.workspace), begun),
    summary: summarizeTask(wizard.slug, work.workspace, work.photoCheck),
  }));
}

function switchWorkMode(mode: WorkMode) {
  rememberWorkMode(mode);
  window.location.assign(getUrlForMode(window.location.href, mode));
}

/** The page's one island. */
export default function WorkbenchIsland({ taskSteps, emptyWorkspace }: WorkbenchIslandProps) {
  const [mode, setMode] = useState<WorkMode | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [demoControls, setDemoControls] = useState<DemoControls | null>(null);
  const [handover, setHandover] = useState<HandoverModule | null>(null);
  const [isPrinting, setIsPrinting] = useState(false);

  const read = async (store: KeyValueStore) => {
    setLoaded({ store, work: await readWorkbenchWork(store, wizards.map((wizard) => wizard.slug), emptyWorkspace) });
  };

  const seedDemo = (store: KeyValueStore) => import('../demo/load-seeder').then(({ loadDemoSeeder }) => loadDemoSeeder()).then((seed) => seed(store, new Date()));

  useEffect(() => {
    const settled = settleWorkMode();
    setMode(settled);
    if (settled === 'demo') void import('../kit/DemoControls').then(setDemoControls, () => undefined);
    openWizardStore(settled)
      .then(async (store) => {
        // The demo always has its school, as on the wizard pages: seeded on first use.
        if (settled === 'demo' && (await store.get(workspaceKey)) === undefined) await seedDemo(store);
        await read(store);
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);

  if (failure) return <p class="wizard-error-message" role="alert">没有读到这台电脑上保存的工作（{failure}）。保存的工作没有改变，请刷新页面再试。</p>;
  if (!loaded || !mode) return <p class="wizard-loading">正在读取这台电脑上保存的工作…</p>;

  const { store, work } = loaded;
  const rows = buildTaskRows(taskSteps, work, emptyWorkspace);
  const today = getLocalToday();
  const reload = () => read(store);

  if (isPrinting && handover) {
    const data: HandoverData = {
      workspace: work.workspace,
      ...(work.photoCheck ? { photoCheck: work.photoCheck } : {}),
      rows: rows.map((row) => ({ title: row.wizard.title, status: describeStatusText(row.status, (iso) => formatDateTime(new Date(iso))), summary: row.summary })),
      exportStatus: describeExportStatus(describeUnexportedWork(work.history, new Date()), formatDateTime),
      today,
    };
    return <handover.Handover data={data} onBack={() => setIsPrinting(false)} />;
  }

  return (
    <div class="wizard workbench" data-pagefind-ignore>
      {mode === 'demo' &&
        (demoControls ? (
          <demoControls.DemoBanner
            onReload={() => void seedDemo(store).then(reload)}
            onLeave={() => switchWorkMode('own')}
            onClear={() => void import('./work-transfer').then((transfer) => transfer.clearAllWork(store, 'demo')).then(() => switchWorkMode('own'))}
          />
        ) : (
          <p class="wizard-demo-title">
            <span class="wizard-demo-badge">演示数据</span> 您正在使用虚构的示例学校练习
          </p>
        ))}
      {work.workspaceProblem && (
        <p class="wizard-error-message" role="alert">
          {work.workspaceProblem}
        </p>
      )}
      <section aria-labelledby="workbench-tasks-title">
        <h2 id="workbench-tasks-title">
          本校一年的工作{mode === 'demo' && <span class="wizard-demo-badge">演示数据</span>}
        </h2>
        <p class="wizard-hint">按一所学校一年中遇到的顺序排列。点工作名称打开对应的向导，向导会从上次保存的步骤继续。</p>
        <TaskList rows={rows} />
      </section>
      <WhenVisible
        id="workbench-deadlines-title"
        title="接下来的时间节点"
        load={() => import('./DeadlineList')}
        render={(module) => <module.Deadlines workspace={work.workspace} today={today} />}
      />
      <WhenVisible
        id="workbench-findings-title"
        title="需要处理的问题"
        load={() => import('./FindingList')}
        render={(module) => <module.Findings workspace={work.workspace} photoCheck={work.photoCheck} />}
      />
      <WhenVisible
        id="workbench-safe-title"
        title="保存本校的工作"
        load={() => import('./SafeKeeping')}
        render={(module) => <module.SafeKeeping store={store} mode={mode} history={work.history} onChanged={reload} />}
      />
      <section aria-labelledby="workbench-handover-title">
        <h2 id="workbench-handover-title">打印交接单</h2>
        <p class="wizard-hint">一页 A4 纸，写明学校、考核站点、考核计划、人数、各项工作的状态、接下来的时间节点和工作文件，交给明年接手考务工作的同事。</p>
        <button
          type="button"
          class="wizard-button wizard-button--secondary"
          onClick={() =>
            void import('./Handover').then((module) => {
              setHandover(module);
              setIsPrinting(true);
            })
          }
        >
          查看并打印交接单
        </button>
      </section>
    </div>
  );
}
