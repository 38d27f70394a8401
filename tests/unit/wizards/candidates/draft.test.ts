import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { createInitialContext } from '../../../../wizards/candidates/context';
import { candidatesDraftSpec } from '../../../../wizards/candidates/context-schema';
import { candidatesMachine } from '../../../../wizards/candidates/machine';
import { createDraftEnvelope } from '../../../../wizards/kit/draft-envelope';
import { readDraft } from '../../../../wizards/kit/saved-work';

const workspace = { ...createEmptyWorkspace(), school: { name: '某某职业学院', siteName: '', siteCode: '' } };
const row = { id: 1, sourceRow: 2, values: { name: '张三', pinyin: 'Zhang San', gender: '男', documentType: '身份证', documentNumber: '11010519491231002X', phone: '13800138000', enrolmentYear: '2023', educationLevel: '专科', major: '电子商务', majorCode: '530701' } };

/** A draft as the wizard saved it before the kit's contract: the review screen, with the failed task's message and a copy of the workspace. */
const oldDraft = {
  format: 'kaowu-xiangdao.draft',
  slug: 'candidates',
  version: 1,
  savedAt: '2026-11-20T08:30:00.000Z',
  value: 'review',
  context: {
    ...createInitialContext(workspace),
    sourceKind: 'table',
    rows: [row],
    nextRowId: 2,
    check: { issues: [], isStale: true },
    taskError: '处理时出现意外错误（内存不足）。您的数据没有丢失，请重试。',
    workspace,
  },
};

describe('candidatesDraftSpec', () => {
  test('resumes an older draft with a task message and a workspace copy at its step, without either', () => {
    const read = readDraft(candidatesDraftSpec, oldDraft);
    if (read.kind !== 'ok') throw new Error(`draft not ok: ${read.kind}`);
    expect(read.value.context).not.toHaveProperty('taskError');
    expect(read.value.context).not.toHaveProperty('workspace');
    const restored = candidatesMachine.resolveState({ value: read.value.value as string, context: read.value.context as never });
    const actor = createActor(candidatesMachine, { snapshot: restored, input: { workspace } }).start();
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context).toMatchObject({ schoolName: '某某职业学院', rows: [row], check: { isStale: true }, errors: [] });
  });

  test('saves a draft without the workspace and reads it back as it was', () => {
    const context = { ...createInitialContext(workspace), sourceKind: 'table' as const, rows: [row] };
    const read = readDraft(candidatesDraftSpec, createDraftEnvelope(candidatesDraftSpec, 'entry', context, new Date('2026-11-20T08:30:00Z')));
    expect(read).toMatchObject({ kind: 'ok', value: { value: 'entry', context } });
  });
});
