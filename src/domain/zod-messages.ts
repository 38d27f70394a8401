/**
 * What zod says of a problem, in Chinese: saved work or a 工作文件 that does not fit
 * its schema is refused with these words, after where the problem is
 * (`describeZodError` in `wizards/kit/versioned.ts`). They cover what the project's
 * schemas check; anything else gets a general message.
 */
import type { z } from 'zod/mini';

/** The names of the kinds of value a schema expects or a file holds. */
const kindNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  nan: '非数字（NaN）',
  boolean: '是或否（true/false）',
  object: '一组内容',
  array: '列表',
  undefined: '空缺',
  null: '空值（null）',
  date: '日期',
};

const nameKind = (kind: string) => kindNames[kind] ?? kind;

/** The kind of value `input` is, as `kindNames` names it. */
function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

/** A length or size limit in words: characters for text, items for lists, the number itself otherwise. */
function describeLimit(origin: string, limit: number | bigint, atLeast: boolean, inclusive: boolean | undefined): string {
  if (origin === 'string') return `${atLeast ? '至少' : '最多'} ${limit} 个字符`;
  if (origin === 'array' || origin === 'set') return `${atLeast ? '至少' : '最多'} ${limit} 项`;
  if (inclusive === false) return `${atLeast ? '大于' : '小于'} ${limit}`;
  return `${atLeast ? '不小于' : '不大于'} ${limit}`;
}

/** zod's error map in Chinese (`z.config({ localeError })`). */
export const describeZodIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      // A number is shown as it is: 1.5 where a whole number belongs says more than its kind.
      const input = issue.input;
      return `应为${nameKind(issue.expected)}，实际是${typeof input === 'number' && Number.isFinite(input) ? ` ${input}` : nameKind(kindOf(input))}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `应为 ${String(issue.values[0])}` : `应为 ${issue.values.map(String).join('、')} 之一`;
    case 'too_small':
      return `应为${describeLimit(issue.origin, issue.minimum, true, issue.inclusive)}`;
    case 'too_big':
      return `应为${describeLimit(issue.origin, issue.maximum, false, issue.inclusive)}`;
    case 'invalid_format':
      return issue.format === 'date' ? '应为 YYYY-MM-DD 格式的日期' : '格式不对';
    case 'unrecognized_keys':
      return `有不该有的项：${issue.keys.join('、')}`;
    default:
      return '内容不符合要求';
  }
};
