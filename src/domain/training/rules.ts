/**
 * Turning the 培训 data into what pages show: placeholders filled with facts
 * (glossary/fact-values.ts), card mistakes looked up in 常见问题, exercises linked to their wizard step on the demo,
 * the course's modules placed on its timeline.
 */
import { faq } from '../glossary/faq';
import { fillFactPlaceholders } from '../glossary/rules';

/** Fill one text's placeholders (a callback for `map`, which would pass its index as the values). */
const fill = (text: string) => fillFactPlaceholders(text);
import { menus } from '../platform/facts';
import { CourseModuleSchema, QuickCardSchema, type CourseModule, type CourseModuleInput, type Exercise, type QuickCardInput } from './schema';

/** A mistake as a card shows it. */
export interface ResolvedMistake {
  mistake: string;
  avoid: string;
}

/** Return a common mistake of 常见问题 by key, its facts filled; throws on an unknown key or a question. */
export function findCardMistake(key: string): ResolvedMistake {
  const entry = faq.find((candidate) => candidate.kind === 'mistake' && candidate.key === key);
  if (!entry) throw new Error(`Unknown card mistake: ${key}`);
  return { mistake: fillFactPlaceholders(entry.question), avoid: fillFactPlaceholders(entry.answer) };
}

/** A quick-reference card with every text filled in, ready to render. */
export interface ResolvedCard {
  key: string;
  title: string;
  guide: string;
  wizard: string | null;
  who: string;
  when: string;
  /** Menu paths in 「」, then the note. */
  where: string[];
  steps: string[];
  mistakes: ResolvedMistake[];
}

/** Return a card ready to render: validated, placeholders filled, menus quoted, mistakes looked up. */
export function resolveCard(input: QuickCardInput): ResolvedCard {
  const card = QuickCardSchema.parse(input);
  return {
    key: card.key,
    title: card.title,
    guide: card.guide,
    wizard: card.wizard,
    who: fillFactPlaceholders(card.who),
    when: fillFactPlaceholders(card.when),
    where: [...card.where.map((key) => `「${menus[key]}」`), ...(card.whereNote ? [fillFactPlaceholders(card.whereNote)] : [])],
    steps: card.steps.map(fill),
    mistakes: card.mistakes.map(findCardMistake),
  };
}

/** Return the link that opens an exercise's wizard at its step with the sample school loaded. */
export function getExerciseHref(exercise: Pick<Exercise, 'wizard' | 'step'>): string {
  return `/wizards/${exercise.wizard}/?demo=1#${exercise.step}`;
}

/** A module placed on the course's timeline, its texts filled in. */
export interface ScheduledModule extends CourseModule {
  /** Minutes from the start of the course to the module's start and end. */
  from: number;
  to: number;
}

/** Return the modules validated, with their texts filled and their place on the timeline. */
export function scheduleCourse(inputs: readonly CourseModuleInput[]): ScheduledModule[] {
  let from = 0;
  return inputs.map((input) => {
    const module = CourseModuleSchema.parse(input);
    const scheduled: ScheduledModule = {
      ...module,
      goals: module.goals.map(fill),
      exercises: module.exercises.map((exercise) => ({ ...exercise, tasks: exercise.tasks.map(fill), lookFor: exercise.lookFor.map(fill) })),
      from,
      to: from + module.minutes,
    };
    from = scheduled.to;
    return scheduled;
  });
}
