import { describe, expect, test } from 'vitest';
import { readDraft } from '../../../../wizards/kit/saved-work';
import { pilotDraftSpec, type PilotContext } from '../../../../wizards/pilot/context-schema';
import { createPilotForm } from '../../../../wizards/pilot/fields';
import { pilotSteps } from '../../../../wizards/pilot/steps';
import { siteDraftSpec, type SiteContext } from '../../../../wizards/site/context-schema';
import { siteSteps } from '../../../../wizards/site/steps';
import { buildSampleApplicationDrafts, buildSamplePilotForm, buildSampleSiteForm } from '../../../../wizards/demo/sample-applications';
import { buildSampleWorkspace } from '../../../../wizards/demo/sample-workspace';

const now = new Date('2026-11-26T09:00:00+08:00');
const today = '2026-11-26';
const workspace = buildSampleWorkspace(now);
const drafts = Object.fromEntries(buildSampleApplicationDrafts(workspace, today, now));

describe('buildSampleApplicationDrafts', () => {
  test.each([
    { key: 'draft:pilot', spec: pilotDraftSpec, step: 'batch' },
    { key: 'draft:site', spec: siteDraftSpec, step: 'eligibility' },
  ])('returns $key at its first screen, read back as it was written', ({ key, spec, step }) => {
    const read = readDraft(spec, drafts[key]);
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.value.value).toBe(step);
  });
});

describe('buildSamplePilotForm', () => {
  test('answers every box of the pilot wizard and nothing else', () => {
    expect(Object.keys(buildSamplePilotForm(workspace, today)).toSorted()).toEqual(Object.keys(createPilotForm()).toSorted());
  });

  const context: PilotContext = { workspace, form: buildSamplePilotForm(workspace, today) as PilotContext['form'], majors: workspace.pilot.majors.map((major) => major.name), errors: [] };

  // The two descriptions are left for the wizard to draft from these answers when their screen opens.
  test.each(pilotSteps.ids.filter((step) => step !== 'descriptions').map((step) => ({ step })))('passes the pilot wizard’s check on $step', ({ step }) => {
    expect(pilotSteps.errorsOf(step, context)).toEqual([]);
  });

  test('opens the application window on the day the demo is loaded and names this year’s batch', () => {
    expect(context.form).toMatchObject({ batch: '2026年第一次', windowStart: '2026-11-26', windowEnd: '2026-12-10', teacherText: '', facilityText: '' });
  });

  test('counts the rooms and working machines of the workspace and the pilot majors’ students', () => {
    expect(context.form).toMatchObject({ facilityRooms: '3', facilityMachines: '127' });
    const pilotMajors = new Set(workspace.pilot.majors.map((major) => major.name));
    expect(Number(context.form.trainees)).toBe(workspace.candidates.filter((candidate) => pilotMajors.has(candidate.major)).length);
    expect(Number(context.form.trainees)).toBeGreaterThan(workspace.pilot.approvedScale!);
  });
});

describe('buildSampleSiteForm', () => {
  const context: SiteContext = { workspace, form: buildSampleSiteForm(workspace), errors: [] };

  test.each(siteSteps.ids.filter((step) => step !== 'ineligible').map((step) => ({ step })))('passes the site wizard’s check on $step', ({ step }) => {
    expect(siteSteps.errorsOf(step, context)).toEqual([]);
  });

  test('answers as an eligible pilot school applying for the first time, with the workspace’s rooms', () => {
    expect(context.form).toMatchObject({ isPilotSchool: 'yes', hasFiledBefore: 'no' });
    expect(context.form.rooms.map((room) => [room.name, room.candidateMachines])).toEqual(workspace.rooms.map((room) => [room.name, String(room.machines)]));
  });
});
