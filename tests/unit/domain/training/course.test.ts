import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { faq } from '../../../../src/domain/glossary/faq';
import { quickCards } from '../../../../src/domain/training/cards/index';
import { courseMinutes, courseModules } from '../../../../src/domain/training/course';
import { resolveCard, scheduleCourse } from '../../../../src/domain/training/rules';
import { wizardSlugs } from '../../../../wizards/catalog';
import { guidesDir } from '../../content/guide-files';

const modules = scheduleCourse(courseModules);
const exercises = modules.flatMap((module) => module.exercises);
const guideSource = (link: string) => readFileSync(join(guidesDir, `${link.split('#')[0]!.replace(/^\/|\/$/g, '')}.mdx`), 'utf8');

describe('courseModules', () => {
  test('fill the course exactly', () => {
    expect(modules.at(-1)!.to).toBe(courseMinutes);
  });

  test('give every module a distinct key', () => {
    expect(new Set(modules.map((module) => module.key)).size).toBe(modules.length);
  });

  test.each(exercises.map((exercise) => ({ wizard: exercise.wizard, step: exercise.step })))('open an existing wizard: $wizard#$step', ({ wizard }) => {
    expect(wizardSlugs).toContain(wizard);
  });

  test('give every wizard of the site an exercise', () => {
    expect(new Set(exercises.map((exercise) => exercise.wizard))).toEqual(new Set(wizardSlugs));
  });

  test('name only cards that exist', () => {
    const keys = quickCards.map((card) => card.key);
    expect(modules.flatMap((module) => module.cards).filter((key) => !keys.includes(key))).toEqual([]);
  });

  test('hand out every card in some module', () => {
    expect(new Set(modules.flatMap((module) => module.cards))).toEqual(new Set(quickCards.map((card) => card.key)));
  });
});

describe('quickCards', () => {
  test.each(quickCards.map((card) => ({ key: card.key, card })))('resolve with every fact filled: $key', ({ card }) => {
    const resolved = resolveCard(card);
    expect(JSON.stringify(resolved)).not.toMatch(/\{[A-Za-z.]+\}/);
    if (resolved.wizard) expect(wizardSlugs).toContain(resolved.wizard);
  });

  test.each(quickCards.map((card) => ({ key: card.key, card })))('follow their guide’s menu paths: $key', ({ card }) => {
    const source = guideSource(card.guide);
    for (const menu of card.where ?? []) expect(source, `${card.guide} does not use ${menu}`).toMatch(new RegExp(`menu="${menu}"|menu\\.${menu}\\b`));
  });

  test.each(quickCards.map((card) => ({ key: card.key })))('have a printable page: $key', ({ key }) => {
    expect(existsSync(join(guidesDir, 'training', 'cards', `${key}.mdx`))).toBe(true);
  });

  test('give every card a distinct key', () => {
    expect(new Set(quickCards.map((card) => card.key)).size).toBe(quickCards.length);
  });
});

describe('card mistakes', () => {
  test.each(quickCards.map((card) => ({ key: card.key, card })))('are common mistakes of 常见问题: $key', ({ card }) => {
    const mistakeKeys = new Set(faq.filter((entry) => entry.kind === 'mistake').map((entry) => entry.key));
    expect(card.mistakes.filter((key) => !mistakeKeys.has(key))).toEqual([]);
  });
});
