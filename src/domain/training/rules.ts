/**
 * Turning the 培训 data into what pages show: placeholders filled with facts,
 * card mistakes looked up, exercises linked to their wizard step on the demo,
 * the course's modules placed on its timeline.
 */
import { faq } from '../glossary/faq';
import { fillFactPlaceholders } from '../glossary/rules';
import { menus } from '../platform/facts';
import { trainingFactValues } from './fact-values';
import { trainingMistakes } from './mistakes';
import { CourseModuleSchema, QuickCardSchema, type CourseModule, type CourseModuleInput, type Exercise, type QuickCardInput } from './schema';

/** Replace every `{placeholder}` of a training text with its fact. */
export function fillTrainingText(text: string): string {
  return fillFactPlaceholders(text, trainingFactValues);
}

/** A mistake as a card shows it. */
export interface ResolvedMistake {
  mistake: string;
  avoid: string;
}

/** Return a card mistake by key: a common mistake of 常见问题, or one of the training topic's own; throws on an unknown key. */
export function findCardMistake(key: string): ResolvedMistake {
  const fromFaq = faq.find((entry) => entry.kind === 'mistake' && entry.key === key);
  const own = trainingMistakes.find((entry) => entry.key === key);
  if (fromFaq) return { mistake: fillTrainingText(fromFaq.question), avoid: fillTrainingText(fromFaq.answer) };
  if (own) return { mistake: fillTrainingText(own.mistake), avoid: fillTrainingText(own.avoid) };
  throw new Error(`Unknown card mistake: ${key}`);
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
    who: fillTrainingText(card.who),
    when: fillTrainingText(card.when),
    where: [...card.where.map((key) => `「${menus[key]}」`), ...(card.whereNote ? [fillTrainingText(card.whereNote)] : [])],
    steps: card.steps.map(fillTrainingText),
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
      goals: module.goals.map(fillTrainingText),
      exercises: module.exercises.map((exercise) => ({ ...exercise, tasks: exercise.tasks.map(fillTrainingText), lookFor: exercise.lookFor.map(fillTrainingText) })),
      from,
      to: from + module.minutes,
    };
    from = scheduled.to;
    return scheduled;
  });
}
