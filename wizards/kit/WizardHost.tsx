/**
 * Runs a wizard: reads saved work, offers recovery when it cannot be used as it
 * is, starts (or resumes) the machine, autosaves, keeps the step in the URL,
 * shows the steps, applies the machine's workspace updates, and offers the 工作文件.
 * The wizard's screens only render the snapshot they are given and send events.
 *
 * In demo mode (`work-mode.ts`) all of this runs on the demo's own store, seeded
 * with the sample school (by the `seedDemo` the island hands in) the first time,
 * under a banner that says so.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor, type Actor, type AnyActorRef, type AnyMachineSnapshot, type AnyStateMachine, type ContextFrom, type SnapshotFrom, type StateValue } from 'xstate';
import type { Workspace } from '../../src/domain/workspace/schema';
import { downloadBlob } from './download';
import { createDraftEnvelope, type DraftSpec } from './draft-envelope';
import { lazyScreen } from './lazy-screen';
import type { RecoveryProblem } from './RecoveryNotice';
import { SaveStatus, type SaveState } from './SaveStatus';
import type { StepErrorsContext, StepOverview } from './step-list';
import { StepIndicator } from './StepIndicator';
import { draftKey, openWizardStore, workspaceKey, type KeyValueStore } from './storage';
import { useActor } from './use-actor';
import { useAutosave } from './use-autosave';
import { useStepHistory } from './use-step-history';
import { WorkFileControls } from './WorkFileControls';
import { busyTag, getStepId, type WorkspaceUpdateEmitted } from './wizard-machine';
import { getUrlForMode, rememberWorkMode, settleWorkMode, type WorkMode } from './work-mode';
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
  /** The draft's spec, loaded on start (its zod schema stays out of the initial JavaScript). */
  loadDraftSpec: () => Promise<DraftSpec<unknown>>;
  /** Seeds the demo's store with the sample school (`wizards/demo/`), loaded only in demo mode. */
  seedDemo: () => Promise<DemoSeeder>;
}

type Persistence = typeof import('./persistence');
type DemoControls = typeof import('./DemoControls');

type Phase =
  | { kind: 'loading' }
  | { kind: 'recovery'; problem: RecoveryProblem }
  | { kind: 'running'; store: KeyValueStore; workspace: Workspace; restored: unknown; savedAt: Date | null; runKey: number };

let runCounter = 0;

// Shown only when saved work cannot be used as it is: its code stays out of every wizard page's first JavaScript.
const RecoveryNotice = lazyScreen(() => import('./RecoveryNotice').then((module) => module.RecoveryNotice));

/** Open the same page showing the other kind of saved work. */
function switchWorkMode(mode: WorkMode) {
  rememberWorkMode(mode);
  window.location.assign(getUrlForMode(window.location.href, mode));
}

/** Host a wizard machine and its view; see the kit README for the machine contract. */
export function WizardHost<TMachine extends AnyStateMachine>({ machine, steps, screens, loadDraftSpec, seedDemo: loadDemoSeeder }: WizardHostProps<TMachine>) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [ready, setReady] = useState<{ store: KeyValueStore; persistence: Persistence; draftSpec: DraftSpec<unknown>; mode: WorkMode } | null>(null);
  const [demoControls, setDemoControls] = useState<DemoControls | null>(null);

  /** Put the sample school in the demo store, replacing whatever the demo held. */
  const seedDemo = (store: KeyValueStore) => loadDemoSeeder().then((seed) => seed(store, new Date()));

  const load = async (activeStore: KeyValueStore, persistence: Persistence, draftSpec: DraftSpec<unknown>, mode: WorkMode) => {
    setPhase({ kind: 'loading' });
    // The demo always has its school: seeded on first use, and again after 重新开始 removed it.
    if (mode === 'demo' && (await activeStore.get(workspaceKey)) === undefined) await seedDemo(activeStore);
    const saved = await persistence.loadSavedWork(activeStore, draftSpec);
    if (saved.workspace && saved.workspace.kind !== 'ok') {
      return setPhase({ kind: 'recovery', problem: { partName: '学校工作区', read: saved.workspace } });
    }
    if (saved.draft && saved.draft.kind !== 'ok') {
      return setPhase({ kind: 'recovery', problem: { partName: '本向导的进度', read: saved.draft } });
    }
    const workspace = saved.workspace?.value ?? persistence.createEmptyWorkspace();
    let restored: unknown;
    if (saved.draft) {
      try {
        // The shared workspace is never part of a draft: a machine that keeps it in its context gets today's copy back.
        const keepsWorkspace = 'workspace' in (createActor(machine, { input: { workspace } } as never).getSnapshot() as AnyMachineSnapshot).context;
        const context = keepsWorkspace ? { ...(saved.draft.value.context as object), workspace } : saved.draft.value.context;
        restored = machine.resolveState({ value: saved.draft.value.value as StateValue, context: context as never });
      } catch (error) {
        const reason = `保存的步骤「${JSON.stringify(saved.draft.value.value)}」已不存在（${(error as Error).message}）`;
        return setPhase({ kind: 'recovery', problem: { partName: '本向导的进度', read: { kind: 'corrupt', reason } } });
      }
    }
    const savedAt = saved.draft ? new Date(saved.draft.value.savedAt) : null;
    runCounter += 1;
    setPhase({ kind: 'running', store: activeStore, workspace, restored, savedAt, runKey: runCounter });
  };

  useEffect(() => {
    // The demo's banner and offer are mostly Chinese text, which compresses poorly: they load beside the saved work
    // instead of weighing on every wizard page's first JavaScript. Without them (a load cut off before the site was
    // cached) a demo page is still marked on every step title (wizard.css).
    void import('./DemoControls').then((controls) => setDemoControls(controls), () => undefined);
    const mode = settleWorkMode();
    void Promise.all([openWizardStore(mode), import('./persistence'), loadDraftSpec()]).then(([store, persistence, draftSpec]) => {
      setReady({ store, persistence, draftSpec, mode });
      return load(store, persistence, draftSpec, mode);
    });
  }, []);

  const reload = () => ready && load(ready.store, ready.persistence, ready.draftSpec, ready.mode);

  /** Stop the running wizard first: its autosave flushes on unmount and must not land after `change`. */
  const changeDemoStore = async (change: (store: KeyValueStore) => Promise<void>) => {
    if (!ready) return;
    setPhase({ kind: 'loading' });
    await new Promise((resolve) => setTimeout(resolve));
    await change(ready.store);
  };

  const exportAll = async () => {
    if (!ready) return;
    const now = new Date();
    const text = ready.persistence.buildWorkFile(await ready.store.entries(), now, ready.mode);
    downloadBlob(new Blob([text], { type: 'application/json' }), ready.persistence.workFileName(now));
  };

  const migrate = async (problem: RecoveryProblem) => {
    if (!ready || problem.read.kind !== 'outdated') return;
    const { store, persistence, draftSpec } = ready;
    const isWorkspace = problem.partName === '学校工作区';
    const raw = (await store.get(isWorkspace ? workspaceKey : draftKey(draftSpec.slug))) as { context?: unknown; value?: StateValue; savedAt?: string };
    const result = persistence.migrateVersioned(isWorkspace ? persistence.workspaceSpec : draftSpec, problem.read.savedVersion, isWorkspace ? raw : raw.context);
    if (!result.ok) return setPhase({ kind: 'recovery', problem: { ...problem, migrationError: result.reason } });
    if (isWorkspace) await store.put(workspaceKey, result.value);
    else await store.put(draftKey(draftSpec.slug), createDraftEnvelope(draftSpec, raw.value!, result.value, new Date(raw.savedAt ?? Date.now())));
    await reload();
  };

  const startAgain = async (problem: RecoveryProblem) => {
    if (!ready) return;
    await ready.store.delete(problem.partName === '学校工作区' ? workspaceKey : draftKey(ready.draftSpec.slug));
    await reload();
  };

  const controls = ready && (
    <WorkFileControls
      onExport={() => void exportAll()}
      onCheckImport={async (file) => {
        const checked = ready.persistence.parseWorkFile(await file.text(), ready.draftSpec, ready.mode);
        if (!checked.ok) return checked;
        return { ok: true, apply: () => void ready.store.replaceAll(checked.entries).then(reload) };
      }}
      onClearDraft={() => void ready.store.delete(draftKey(ready.draftSpec.slug)).then(reload)}
    />
  );

  const isDemo = ready?.mode === 'demo';

  return (
    <div class="wizard" data-pagefind-ignore>
      {isDemo && demoControls && (
        <demoControls.DemoBanner
          onReload={() => void changeDemoStore(seedDemo).then(reload)}
          onClear={() => void changeDemoStore((store) => store.replaceAll([])).then(() => switchWorkMode('own'))}
          onLeave={() => switchWorkMode('own')}
        />
      )}
      {phase.kind === 'loading' && <p class="wizard-loading">正在读取本机保存的工作…</p>}
      {phase.kind === 'recovery' && (
        <RecoveryNotice
          problem={phase.problem}
          onMigrate={() => void migrate(phase.problem)}
          onExport={() => void exportAll()}
          onStartAgain={() => void startAgain(phase.problem)}
        />
      )}
      {phase.kind === 'running' && ready && (
        <WizardRun key={phase.runKey} machine={machine} steps={steps} screens={screens} draftSpec={ready.draftSpec} persistence={ready.persistence} phase={phase} isDemo={isDemo} />
      )}
      {phase.kind !== 'loading' && controls}
      {phase.kind !== 'loading' && ready && !isDemo && demoControls && <demoControls.DemoOffer onLoad={() => switchWorkMode('demo')} />}
    </div>
  );
}

function WizardRun<TMachine extends AnyStateMachine>(props: {
  machine: TMachine;
  steps: WizardHostProps<TMachine>['steps'];
  screens: WizardScreens<TMachine>;
  draftSpec: DraftSpec<unknown>;
  persistence: Persistence;
  phase: Extract<Phase, { kind: 'running' }>;
  isDemo: boolean;
}) {
  const { machine, steps, screens, draftSpec, persistence, phase, isDemo } = props;
  const [snapshot, send, actor] = useActor(machine, {
    input: { workspace: phase.workspace },
    ...(phase.restored ? { snapshot: phase.restored as never } : {}),
  } as never);
  const initialSave: SaveState = phase.savedAt ? { kind: 'saved', at: phase.savedAt } : { kind: 'idle' };
  const saveState = useAutosave(actor, phase.store, draftSpec, initialSave);
  const machineSnapshot = snapshot as AnyMachineSnapshot;
  const state = getStepId(machineSnapshot.value);
  const isBusy = machineSnapshot.hasTag(busyTag);
  useStepHistory(actor, state, isBusy);
  // A busy state is shown on the screen that started it: the last step shown.
  const shownStep = useRef(state);
  if (!isBusy) shownStep.current = state;
  const Screen = screens[state] ?? screens[shownStep.current];
  if (!Screen) throw new Error(`No screen for state "${state}"`);

  useEffect(() => {
    let workspace = phase.workspace;
    const subscription = actor.on('workspace.update', (event: WorkspaceUpdateEmitted) => {
      workspace = persistence.applyWorkspacePatch(workspace, event.patch);
      void phase.store.put(workspaceKey, workspace);
    });
    (actor as AnyActorRef).send({ type: 'workspace.loaded', workspace });
    return () => subscription.unsubscribe();
  }, [actor]);

  return (
    <>
      <SaveStatus state={saveState} isDemo={isDemo} />
      <StepIndicator
        steps={steps}
        current={shownStep.current}
        context={machineSnapshot.context}
        onGo={isBusy ? undefined : (step) => (actor as AnyActorRef).send({ type: 'step.goto', step })}
      />
      <Screen snapshot={snapshot} send={send} context={machineSnapshot.context as ContextFrom<TMachine>} isBusy={isBusy} />
    </>
  );
}
