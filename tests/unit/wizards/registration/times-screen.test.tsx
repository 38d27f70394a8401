// @vitest-environment happy-dom
/** The times screen says where a prefilled 考试日期 came from, only while the box still holds it. */
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { createActor } from 'xstate';
import { registrationMachine } from '../../../../wizards/registration/machine';
import { TimesScreen } from '../../../../wizards/registration/PlanScreens';
import { withCandidates } from '../../../fixtures/workspace';

const workspace = { ...withCandidates, examPlan: { ...withCandidates.examPlan, examDate: '2036-06-28' } };

function renderHints(practicalDate: string): string[] {
  const actor = createActor(registrationMachine, { input: { workspace, today: '2030-01-01' } }).start();
  actor.send({ type: 'level.toggle', level: '初级', isSat: true });
  actor.send({ type: 'sitting.set', level: '初级', part: 'practical', key: 'date', value: practicalDate });
  const snapshot = actor.getSnapshot();
  const host = document.createElement('div');
  render(<TimesScreen snapshot={snapshot} send={() => {}} context={snapshot.context} isBusy={false} />, host);
  return ['theory', 'practical'].map((part) => host.querySelector(`[id="初级-${part}-date-hint"]`)?.textContent ?? '');
}

describe('TimesScreen', () => {
  test('names the timeline wizard beside a date it filled, and not beside a changed one', () => {
    expect(renderHints('2036-06-29')).toEqual(['已填入「考务时间表」向导中的考试日期，可以修改。', '']);
  });
});
