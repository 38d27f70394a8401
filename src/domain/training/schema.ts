/**
 * Shapes of the 培训 section: the onboarding course, its exercises on the
 * sample school, and the one-page quick-reference cards. Texts may carry
 * `{placeholder}` names of facts (glossary/fact-values.ts), so no number is written twice.
 */
import { z } from '../zod';
import { GuideLinkSchema } from '../glossary/schema';
import { menus } from '../platform/facts';

/** Text that may carry `{placeholder}` fact names. */
const FactTextSchema = z.string().check(z.minLength(1));

/** A key of a platform menu path (`menus` in src/domain/platform/facts.ts). */
const MenuKeySchema = z.enum(Object.keys(menus) as [keyof typeof menus, ...Array<keyof typeof menus>]);

/** A file of the sample school that an exercise starts from, offered for download on the course page. */
export const DemoFileKeySchema = z.enum(['studentList', 'photoPack', 'scoreExport', 'reviewScores', 'stampScan']);
export type DemoFileKey = z.infer<typeof DemoFileKeySchema>;

/** An exercise: a wizard opened at one of its steps on the sample school, and what to do there. */
export const ExerciseSchema = z.object({
  /** The wizard's slug (wizards/catalog.ts; checked in the topic's tests, the domain does not import wizards). */
  wizard: z.string().check(z.regex(/^[a-z]+$/)),
  /** The step id the exercise link opens (the wizard's URL hash). */
  step: z.string().check(z.regex(/^[a-zA-Z]+$/)),
  /** The heading the step shows, so the trainer (and the test) can tell the right screen opened. */
  stepHeading: z.string().check(z.minLength(1)),
  /** A sample-school file the exercise needs. Default: none. */
  demoFile: z._default(z.nullable(DemoFileKeySchema), null),
  /** What the participants do, in order. */
  tasks: z.array(FactTextSchema).check(z.minLength(1)),
  /** What the trainer points out while they do it. */
  lookFor: z.array(FactTextSchema).check(z.minLength(1)),
});
export type Exercise = z.output<typeof ExerciseSchema>;
export type ExerciseInput = z.input<typeof ExerciseSchema>;

/** One part of the course. */
export const CourseModuleSchema = z.object({
  /** Stable ASCII key; also the module's anchor on the course page. */
  key: z.string().check(z.regex(/^[a-z][a-zA-Z]*$/)),
  title: z.string().check(z.minLength(1)),
  /** Length in minutes. */
  minutes: z.int().check(z.positive()),
  /** What the participants know or can do afterwards. */
  goals: z.array(FactTextSchema).check(z.minLength(1)),
  /** Guide pages the trainer shows. */
  guides: z.array(GuideLinkSchema),
  /** Exercises on the sample school. Default: none. */
  exercises: z._default(z.array(ExerciseSchema), []),
  /** Quick-reference cards that go with the module. Default: none. */
  cards: z._default(z.array(z.string()), []),
});
export type CourseModule = z.output<typeof CourseModuleSchema>;
export type CourseModuleInput = z.input<typeof CourseModuleSchema>;

/** A one-page quick-reference card for one workflow. */
export const QuickCardSchema = z.object({
  /** Stable ASCII key; also the card page's slug. */
  key: z.string().check(z.regex(/^[a-z][a-z-]*$/)),
  /** The workflow, as staff call it. */
  title: z.string().check(z.minLength(1)),
  /** The guide page that explains the workflow in full. */
  guide: GuideLinkSchema,
  /** The slug of the wizard that does the workflow's paperwork, if any. */
  wizard: z.nullable(z.string().check(z.regex(/^[a-z]+$/))),
  /** 谁来做. */
  who: FactTextSchema,
  /** 什么时候. */
  when: FactTextSchema,
  /** 在哪里: the platform's menu paths, in the order they are used. Default: none (work off the platform). */
  where: z._default(z.array(MenuKeySchema), []),
  /** Where, when it is not (only) a menu: a button, or work off the platform. Default: none. */
  whereNote: z._default(z.nullable(FactTextSchema), null),
  /** The key steps, three to six. */
  steps: z.array(FactTextSchema).check(z.minLength(3), z.maxLength(6)),
  /** Keys of the common mistakes (常见问题 `mistake` entries, glossary/mistakes-*.ts). */
  mistakes: z.array(z.string()).check(z.minLength(1), z.maxLength(4)),
}).check(z.refine((card) => card.where.length > 0 || card.whereNote !== null, { error: 'A card needs a menu path or a where note' }));
export type QuickCard = z.output<typeof QuickCardSchema>;
export type QuickCardInput = z.input<typeof QuickCardSchema>;
