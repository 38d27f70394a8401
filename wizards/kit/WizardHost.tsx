/**
 * Runs a wizard: reads saved work, offers recovery when it cannot be used as it
 * is, starts (or resumes) the machine, autosaves, keeps the step in the URL,
 * shows the steps, applies the machine's workspace updates, and offers the 工作文件
 * (reminding the user to export when changes have waited too long: `ExportReminder`).
 * The wizard's screens only render the snapshot they are given and send events.
 *
 * Nothing is lost or overwritten silently: a storage that does not answer is
 * said after a few seconds, with a way to go on without saving; another tab's
 * newer work is never overwritten without the user's word (`OtherTabNotice`);
 * 导出工作文件 writes what is on screen, saved or not; an import is checked
 * whole, written in one transaction and can be undone.
 *
 * In demo mode (`work-mode.ts`) all of this runs on the demo's own store, seeded
 * with the sample school (by the `seedDemo` the island hands in) the first time,
 * under a banner that says so.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor, type Actor, type AnyMachineSnapshot, type AnyStateMachine, type ContextFrom, type SnapshotFrom, type StateValue } from 'xstate';
import { createEmptyWorkspace } from '../../src/domain/workspace/empty';
import type { Workspace } from '../../src/domain/workspace/schema';
import { downloadBlob } from './download';
import { BlockedStep } from './BlockedStep';
import { codeLoadFailureReason, isCodeLoadFailure } from './code-loading';
import { DemoBanner, DemoOffer } from './DemoControls';
import { createDraftEnvelope, type DraftEnvelope, type DraftIdentity, type DraftSpec } from './draft-envelope';
import type { DraftRegistry } from './draft-registry';
import { lazyScreen } from './lazy-screen';
import type { OtherTabChanges } from './OtherTabNotice';
import type { RecoveryProblem } from './RecoveryNotice';
import type { StoredWork } from './saved-work';
import { SaveStatus, worstSaveState, type SaveState } from './SaveStatus';
import type { StepErrorsContext, StepOverview } from './step-list';
import { StepIndicator } from './StepIndicator';
import { createMemoryStore, draftKey, openWizardStore, workspaceKey, type KeyValueStore } from './storage';
import { useActor } from './use-actor';
import { describeStorageError, useAutosave } from './use-autosave';
import { useStepHistory } from './use-step-history';
import { useWorkspaceWrites } from './use-workspace-writes';
import { buildWorkFile, replaceEntries, workFileName } from './work-file';
import { findExportReminder } from './work-history';
import { WorkFileControls, type ImportOffer, type WorkFileControlsProps } from './WorkFileControls';
import { busyTag, getStepId } from './wizard-machine';
import { getUrlForMode, rememberWorkMode, settleWorkMode, type WorkMode } from './work-mode';
import { createWorkStore, type ImportBackupInfo, type WorkStore } from './work-store';
import './wizard.css';

/** What every screen of a wizard receives. */
export interface ScreenProps<TMachine extends AnyStateMachine> {
  snapshot: SnapshotFrom<TMachine>;
  send: Actor<TMachine>['send'];
  /** The machine's context (the snapshot's). */
  context: ContextFrom<TMachine>;
  /** True while the machine is in a `busy` state shown on this screen (a progress bar instead of 下一步). */
  isBusy: boolean;
}

/** A wizard's screens by top-level state: every step, and every busy state (shown on the screen that started it). */
export type WizardScreens<TMachine extends AnyStateMachine> = Record<string, FunctionComponent<ScreenProps<TMachine>>>;

/** Put the sample school into a (demo) store: handed in by the page, so the kit depends on no wizard. */
export type DemoSeeder = (store: KeyValueStore, now: Date) => Promise<void>;

/** Props of the host. */
export interface WizardHostProps<TMachine extends AnyStateMachine> {
  machine: TMachine;
  /** The wizard's step list (`steps.ts`): the step indicator shows it. */
  steps: StepOverview<ContextFrom<TMachine> & StepErrorsContext>;
  /** The screen of each top-level state. */
  screens: WizardScreens<TMachine>;
  /** The wizard's slug and draft version (`wizards/draft-identity.ts`): all that autosave needs to write a draft. */
  draft: DraftIdentity;
  /** The draft's spec with its zod schema, loaded only when saved work is read or migrated (`checking.ts`). */
  loadDraftSpec: () => Promise<DraftSpec<unknown>>;
  /** Every wizard's draft spec (`wizards/drafts.ts`), loaded when a work file is imported, to check each wizard's progress in it. */
  loadDraftRegistry: () => Promise<DraftRegistry>;
  /** Seeds the demo's store with the sample school (`wizards/demo/`), loaded only in demo mode. */
  seedDemo: () => Promise<DemoSeeder>;
  /** What comes next in the school's year (`NextWizard` from `wizards/shared/`), shown below the result: the step list's last screen. */
  nextWizard?: ComponentChildren;
}

/** The schema code and this wizard's draft spec: loaded when there is saved work to check, or an update to check before it is stored. */
interface Checking {
  code: typeof import('./checking');
  draftSpec: DraftSpec<unknown>;
}

/** How long the browser's storage may take to answer before the user is told (it usually takes milliseconds). */
export const storageAnswerSeconds = 5;

type Phase =
  | { kind: 'loading' }
  /** The storage has not answered in time; reading goes on. */
  | { kind: 'stalled' }
  /** The code that reads or checks saved work did not load, or the storage refused to be read. */
  | { kind: 'failed'; reason: string }
  | { kind: 'recovery'; problem: RecoveryProblem }
  | { kind: 'running'; workspace: Workspace; restored: unknown; savedAt: Date | null; runKey: number };

interface Ready {
  store: WorkStore;
  draft: DraftIdentity;
  /** Load the checking code once (again after a failed load): a first visit never calls it before the user acts. */
  loadChecking: () => Promise<Checking>;
  mode: WorkMode;
}

/** What the running wizard holds beyond the store: what is on screen and not saved yet. */
interface LiveWork {
  /** This wizard's draft when it holds changes not saved yet, else null. */
  unsavedDraft: () => DraftEnvelope | null;
  /** The stored workspace with the updates not saved yet. */
  workspace: (stored: Workspace | undefined) => Promise<Workspace | undefined>;
  /** Write what can be written now (not over another tab's newer work). */
  flush: () => Promise<void>;
}

type Notice = WorkFileControlsProps['notice'];

let runCounter = 0;

// Shown only when saved work cannot be used as it is, or another tab changed it, or the storage hangs:
// their code stays out of every wizard page's first JavaScript.
const RecoveryNotice = lazyScreen(() => import('./RecoveryNotice').then((module) => module.RecoveryNotice));
const OtherTabNotice = lazyScreen(() => import('./OtherTabNotice').then((module) => module.OtherTabNotice));
const StorageStalledNotice = lazyScreen(() => import('./StorageStalledNotice').then((module) => module.StorageStalledNotice));

/** What the store holds for this wizard page, unchecked. */
async function readStoredWork(store: KeyValueStore, slug: string): Promise<StoredWork> {
  const [workspace, draft] = await Promise.all([store.get(workspaceKey), store.get(draftKey(slug))]);
  return { workspace, draft };
}

/** Open the same page showing the other kind of saved work. */
function switchWorkMode(mode: WorkMode) {
  rememberWorkMode(mode);
  window.location.assign(getUrlForMode(window.location.href, mode));
}

/** Host a wizard machine and its view; see the kit README for the machine contract. */
export function WizardHost<TMachine extends AnyStateMachine>(props: WizardHostProps<TMachine>) {
  const { machine, steps, screens, draft, loadDraftSpec, loadDraftRegistry, seedDemo: loadDemoSeeder, nextWizard } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [ready, setReady] = useState<Ready | null>(null);
  const [backup, setBackup] = useState<ImportBackupInfo | null>(null);
  /** The reminder to export (`ExportReminder`), when the saved work holds changes old enough (`findExportReminder`). */
  const [exportReminder, setExportReminder] = useState<ComponentChildren>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const live = useRef<LiveWork | null>(null);
  /** Each load gets a number: only the latest may set the phase (a late answer of a hung storage is ignored). */
  const loadNumber = useRef(0);
  const isInMemory = useRef(false);
  /** 不保存，继续使用: set once the page knows its mode. */
  const continueInMemory = useRef<() => Promise<void>>(async () => undefined);

  /** Put the sample school in the demo store, replacing whatever the demo held. */
  const seedDemo = (store: KeyValueStore) => loadDemoSeeder().then((seed) => seed(store, new Date()));

  /**
   * Read whether to remind the user to export, from the record the store keeps beside the work, and load the
   * reminder's code only then. None in demo mode: its work is the sample school, nothing to lose. A record that
   * cannot be read, or code that does not load, only costs the reminder.
   */
  const readExportReminder = async ({ store, mode }: Ready): Promise<ComponentChildren> => {
    if (mode === 'demo') return null;
    try {
      const work = findExportReminder(await store.readHistory(), new Date());
      if (!work) return null;
      const { ExportReminder } = await import('./ExportReminder');
      return <ExportReminder work={work} />;
    } catch {
      return null;
    }
  };

  const load = async (ready: Ready) => {
    const { store, mode } = ready;
    const number = ++loadNumber.current;
    const show = (next: Phase) => number === loadNumber.current && setPhase(next);
    show({ kind: 'loading' });
    // The demo always has its school: seeded on first use, and again after 重新开始 removed it.
    if (mode === 'demo' && (await store.get(workspaceKey)) === undefined) await seedDemo(store);
    const [stored, importBackup, reminder] = await Promise.all([readStoredWork(store, ready.draft.slug), store.readImportBackup(), readExportReminder(ready)]);
    // Nothing saved (a first visit): nothing to check, so the schemas' code is not fetched.
    const isNothingSaved = stored.workspace === undefined && stored.draft === undefined;
    const saved = isNothingSaved ? { workspace: undefined, draft: undefined } : await ready.loadChecking().then(({ code, draftSpec }) => code.readSavedWork(draftSpec, stored));
    if (number !== loadNumber.current) return;
    setBackup(importBackup);
    setExportReminder(reminder);
    if (saved.workspace && saved.workspace.kind !== 'ok') {
      return show({ kind: 'recovery', problem: { partName: '学校工作区', read: saved.workspace } });
    }
    if (saved.draft && saved.draft.kind !== 'ok') {
      return show({ kind: 'recovery', problem: { partName: '本向导的进度', read: saved.draft } });
    }
    const workspace = saved.workspace?.value ?? createEmptyWorkspace();
    let restored: unknown;
    if (saved.draft) {
      try {
        // The shared workspace is never part of a draft: a machine that keeps it in its context gets today's copy back.
        const keepsWorkspace = 'workspace' in (createActor(machine, { input: { workspace } } as never).getSnapshot() as AnyMachineSnapshot).context;
        const context = keepsWorkspace ? { ...(saved.draft.value.context as object), workspace } : saved.draft.value.context;
        restored = machine.resolveState({ value: saved.draft.value.value as StateValue, context: context as never });
      } catch (error) {
        const reason = `保存的步骤「${JSON.stringify(saved.draft.value.value)}」已不存在（${(error as Error).message}）`;
        return show({ kind: 'recovery', problem: { partName: '本向导的进度', read: { kind: 'corrupt', reason } } });
      }
    }
    const savedAt = saved.draft ? new Date(saved.draft.value.savedAt) : null;
    runCounter += 1;
    show({ kind: 'running', workspace, restored, savedAt, runKey: runCounter });
  };

  const start = (next: Ready) => {
    setReady(next);
    return load(next);
  };

  useEffect(() => {
    const mode = settleWorkMode();
    let checking: Promise<Checking> | undefined;
    const loadChecking = () =>
      (checking ??= Promise.all([import('./checking'), loadDraftSpec()]).then(
        ([checkingCode, draftSpec]) => ({ code: checkingCode, draftSpec }),
        (error: unknown) => {
          checking = undefined;
          throw error;
        },
      ));
    let isSettled = false;
    const stallTimer = setTimeout(() => !isSettled && !isInMemory.current && setPhase({ kind: 'stalled' }), storageAnswerSeconds * 1000);
    const settle = () => {
      isSettled = true;
      clearTimeout(stallTimer);
    };
    openWizardStore(mode)
      .then((store) => {
        if (isInMemory.current) return;
        return start({ store: createWorkStore(store, mode), draft, loadChecking, mode });
      })
      .then(settle, (error: unknown) => {
        settle();
        setPhase({ kind: 'failed', reason: isCodeLoadFailure(error) ? codeLoadFailureReason : error instanceof Error ? error.message : String(error) });
      });
    continueInMemory.current = async () => {
      isInMemory.current = true;
      settle();
      await start({ store: createWorkStore(createMemoryStore(), mode, 'unresponsive'), draft, loadChecking, mode });
    };
    return () => clearTimeout(stallTimer);
  }, []);

  const reload = () => (ready ? load(ready) : Promise.resolve());

  /**
   * Stop the running wizard, after writing what it can: nothing it holds may land after the change that follows,
   * and nothing typed or stepped in the last moments is lost when the page then switches between own work and
   * the demo (an autosave still waiting would die with the page).
   */
  const stopRun = async () => {
    await live.current?.flush();
    setPhase({ kind: 'loading' });
    await new Promise((resolve) => setTimeout(resolve));
  };

  /** Stop the wizard, change the store, show the outcome and load again. */
  const changeStore = async (change: (store: WorkStore) => Promise<Notice>) => {
    if (!ready) return;
    await stopRun();
    try {
      setNotice(await change(ready.store));
    } catch (error) {
      setNotice({ isError: true, text: `没有成功：${describeStorageError(error)}。本机保存的内容没有任何改变。` });
    }
    await reload();
  };

  /** The work to export: what is stored, with what is on screen and not saved yet in its place. */
  const readWorkToExport = async ({ store }: Ready) => {
    const stored = await store.readForExport();
    const current = live.current;
    if (!current) return stored;
    const storedWorkspace = stored.entries.find(([key]) => key === workspaceKey)?.[1] as Workspace | undefined;
    const workspace = await current.workspace(storedWorkspace);
    const unsavedDraft = current.unsavedDraft();
    const replacements: Array<[string, unknown]> = [...(workspace ? [[workspaceKey, workspace] as [string, unknown]] : []), ...(unsavedDraft ? [[draftKey(draft.slug), unsavedDraft] as [string, unknown]] : [])];
    return { entries: replaceEntries(stored.entries, replacements), revisions: stored.revisions };
  };

  const exportAll = async () => {
    if (!ready) return;
    const now = new Date();
    const fileName = workFileName(now);
    try {
      const { entries, revisions } = await readWorkToExport(ready);
      downloadBlob(new Blob([buildWorkFile(entries, now, ready.mode)], { type: 'application/json' }), fileName);
      await ready.store.recordExport(revisions, now).catch(() => undefined);
      setExportReminder(await readExportReminder(ready));
      setNotice({ isError: false, text: `已导出工作文件「${fileName}」，其中有这个页面上显示的全部内容。` });
    } catch (error) {
      setNotice({ isError: true, text: `导出没有成功：${describeStorageError(error)}。` });
    }
  };

  const checkImport = async (file: File): Promise<{ ok: false; reason: string } | ImportOffer> => {
    if (!ready) return { ok: false, reason: '页面还没有准备好，请稍后再试。' };
    const { checkPickedWorkFile } = await import('./work-file-import');
    const checked = await checkPickedWorkFile(file, await loadDraftRegistry(), ready.mode, async () => (await readWorkToExport(ready)).entries);
    if (!checked.ok) return checked;
    return {
      ok: true,
      holds: checked.holds,
      replaces: checked.replaces,
      exportedAt: checked.exportedAt,
      apply: () =>
        void changeStore(async (store) => {
          await store.importWork(checked.entries, file.name, new Date());
          return { isError: false, text: `已导入工作文件「${file.name}」。导入前的工作已自动备份，需要时可以「撤销导入」。` };
        }),
    };
  };

  const migrate = async (problem: RecoveryProblem) => {
    if (!ready || problem.read.kind !== 'outdated') return;
    const { store } = ready;
    const { code, draftSpec } = await ready.loadChecking();
    const isWorkspace = problem.partName === '学校工作区';
    const raw = (await store.get(isWorkspace ? workspaceKey : draftKey(draft.slug))) as { context?: unknown; value?: StateValue; savedAt?: string };
    const result = code.migrateVersioned(isWorkspace ? code.workspaceSpec : draftSpec, problem.read.savedVersion, isWorkspace ? raw : raw.context);
    if (!result.ok) return setPhase({ kind: 'recovery', problem: { ...problem, migrationError: result.reason } });
    if (isWorkspace) await store.put(workspaceKey, result.value);
    else await store.put(draftKey(draftSpec.slug), createDraftEnvelope(draftSpec, raw.value!, result.value, new Date(raw.savedAt ?? Date.now())));
    await reload();
  };

  const startAgain = async (problem: RecoveryProblem) => {
    if (!ready) return;
    await ready.store.delete(problem.partName === '学校工作区' ? workspaceKey : draftKey(draft.slug));
    await reload();
  };

  const controls = ready && (
    <WorkFileControls
      onExport={() => void exportAll()}
      onCheckImport={checkImport}
      onClearDraft={() => void changeStore((store) => store.delete(draftKey(draft.slug)).then(() => null))}
      backup={backup}
      exportReminder={exportReminder}
      onUndoImport={() =>
        void changeStore(async (store) =>
          (await store.undoImport()) ? { isError: false, text: '已撤销导入：导入前的工作已经恢复。' } : { isError: true, text: '没有找到导入前的备份，没有做任何改变。' },
        )
      }
      onDiscardBackup={() => void ready.store.discardImportBackup().then(() => (setBackup(null), setNotice({ isError: false, text: '导入前的备份已删除。' })))}
      notice={notice}
    />
  );

  const isDemo = ready?.mode === 'demo';
  const showsControls = phase.kind === 'running' || phase.kind === 'recovery';
  // A workspace update is checked against the schema before it is stored. On a first visit that code is not loaded
  // yet: start loading it when the user first types, presses or clicks in the wizard, so the update that follows
  // is written at once, not after a fetch (a page closed meanwhile would lose it).
  const prepareChecking = () => void ready?.loadChecking().catch(() => undefined);

  return (
    <div class="wizard" data-pagefind-ignore onInput={prepareChecking} onKeyDown={prepareChecking} onPointerDown={prepareChecking}>
      {isDemo && (
        <DemoBanner
          onReload={() => void changeStore((store) => seedDemo(store).then(() => null))}
          onClear={() => void stopRun().then(() => ready?.store.clearAll()).then(() => switchWorkMode('own'))}
          onLeave={() => void stopRun().then(() => switchWorkMode('own'))}
        />
      )}
      {phase.kind === 'loading' && <p class="wizard-loading">正在读取本机保存的工作…</p>}
      {phase.kind === 'stalled' && <StorageStalledNotice seconds={storageAnswerSeconds} onContinue={() => void continueInMemory.current()} />}
      {phase.kind === 'failed' && (
        <p class="wizard-error-message" role="alert">
          没有能读取本机保存的工作（{phase.reason}），可能是网络中断了，或浏览器的存储出了错。已保存的工作没有受影响，请刷新页面再试。
        </p>
      )}
      {phase.kind === 'recovery' && (
        <RecoveryNotice
          problem={phase.problem}
          onMigrate={() => void migrate(phase.problem)}
          onExport={() => void exportAll()}
          onStartAgain={() => void startAgain(phase.problem)}
        />
      )}
      {phase.kind === 'running' && ready && (
        <WizardRun
          key={phase.runKey}
          machine={machine}
          steps={steps}
          screens={screens}
          nextWizard={nextWizard}
          ready={ready}
          phase={phase}
          isDemo={isDemo}
          live={live}
          onReload={() => void changeStore(async () => null)}
        />
      )}
      {showsControls && controls}
      {showsControls && ready && !isDemo && <DemoOffer onLoad={() => void stopRun().then(() => switchWorkMode('demo'))} />}
    </div>
  );
}

/** The result screen: the last step of the list that is not part of another. */
function getResultStep<TContext extends StepErrorsContext>(steps: StepOverview<TContext>): string | undefined {
  return steps.ids.filter((step) => !steps.definitions[step]?.partOf).at(-1);
}

function WizardRun<TMachine extends AnyStateMachine>(props: {
  machine: TMachine;
  steps: WizardHostProps<TMachine>['steps'];
  screens: WizardScreens<TMachine>;
  nextWizard?: ComponentChildren;
  ready: Ready;
  phase: Extract<Phase, { kind: 'running' }>;
  isDemo: boolean;
  live: { current: LiveWork | null };
  /** Load everything again (after the user chose which tab's work to keep). */
  onReload: () => void;
}) {
  const { machine, steps, screens, nextWizard, ready, phase, isDemo, live, onReload } = props;
  const { store, draft } = ready;
  const [snapshot, send, actor] = useActor(machine, {
    input: { workspace: phase.workspace },
    ...(phase.restored ? { snapshot: phase.restored as never } : {}),
  } as never);
  const [changedElsewhere, setChangedElsewhere] = useState({ draft: false, workspace: false });
  const autosave = useAutosave(actor, store, draft, phase.savedAt ? { kind: 'saved', at: phase.savedAt } : { kind: 'idle' });
  const loadApply = () => ready.loadChecking().then(({ code }) => code.applyWorkspacePatch);
  const workspaceWrites = useWorkspaceWrites(actor, store, phase.workspace, loadApply, () =>
    setChangedElsewhere((changed) => ({ ...changed, workspace: true })),
  );
  const machineSnapshot = snapshot as AnyMachineSnapshot;
  const state = getStepId(machineSnapshot.value);
  const isBusy = machineSnapshot.hasTag(busyTag);
  useStepHistory(actor, state, isBusy);
  // A busy state is shown on the screen that started it: the last step shown.
  const shownStep = useRef(state);
  if (!isBusy) shownStep.current = state;
  const Screen = screens[state] ?? screens[shownStep.current];
  if (!Screen) throw new Error(`No screen for state "${state}"`);
  // A screen that cannot be used yet offers only what unblocks it, the same way in every wizard.
  const blocker = steps.blockerOf(shownStep.current, machineSnapshot.context);

  useEffect(() => {
    const ownKey = draftKey(draft.slug);
    return store.onWriteElsewhere((keys) =>
      setChangedElsewhere((changed) => ({ draft: changed.draft || keys.includes(ownKey), workspace: changed.workspace || keys.includes(workspaceKey) })),
    );
  }, [store]);

  // The host reads what is on screen through `live`; a run that is gone hands over nothing (unless a newer run has already taken over).
  const ownLive = useRef<LiveWork | null>(null);
  ownLive.current = {
    unsavedDraft: autosave.unsaved,
    workspace: workspaceWrites.live,
    flush: async () => {
      await Promise.all([autosave.flush(), workspaceWrites.flush()]);
    },
  };
  live.current = ownLive.current;
  useEffect(
    () => () => {
      if (live.current === ownLive.current) live.current = null;
    },
    [],
  );

  const changes: OtherTabChanges = {
    draft: changedElsewhere.draft,
    draftHeld: autosave.state.kind === 'conflict',
    workspace: changedElsewhere.workspace,
    workspaceHeld: workspaceWrites.conflictFields,
  };
  const isChangedElsewhere = changes.draft || changes.workspace || changes.draftHeld || changes.workspaceHeld.length > 0;
  const saveState: SaveState = worstSaveState(autosave.state, workspaceWrites.state, isChangedElsewhere ? { kind: 'stale' } : { kind: 'idle' });

  return (
    <>
      {isChangedElsewhere && (
        <OtherTabNotice
          changes={changes}
          onReload={onReload}
          onKeepMine={() => void Promise.all([autosave.keepMine(), workspaceWrites.keepMine()]).then(onReload)}
        />
      )}
      <SaveStatus state={saveState} isDemo={isDemo} />
      <StepIndicator
        steps={steps}
        current={shownStep.current}
        context={machineSnapshot.context}
        onGo={isBusy ? undefined : (step) => actor.send({ type: 'step.goto', step } as never)}
      />
      {blocker ? <BlockedStep blocker={blocker} /> : <Screen snapshot={snapshot} send={send} context={machineSnapshot.context as ContextFrom<TMachine>} isBusy={isBusy} />}
      {!blocker && !isBusy && state === getResultStep(steps) && nextWizard}
    </>
  );
}
