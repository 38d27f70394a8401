// zod's messages as the project configures it (src/domain/zod.ts): what a refused draft or work file says.
import { describe, expect, test } from 'vitest';
import { z } from '../../../src/domain/zod';

const firstMessage = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe('zod messages in Chinese', () => {
  test.each([
    { case: 'text missing', schema: z.object({ name: z.string() }), value: {}, message: '应为文字，实际是空缺' },
    { case: 'a number where text belongs (shown as it is)', schema: z.string(), value: 5, message: '应为文字，实际是 5' },
    { case: 'text where a list belongs', schema: z.array(z.string()), value: 'a', message: '应为列表，实际是文字' },
    { case: 'null where an object belongs', schema: z.object({}), value: null, message: '应为一组内容，实际是空值（null）' },
    { case: 'a fraction where a whole number belongs', schema: z.int(), value: 1.5, message: '应为整数，实际是 1.5' },
    { case: 'a list where a number belongs', schema: z.number(), value: [], message: '应为数字，实际是列表' },
    { case: 'NaN', schema: z.number(), value: Number.NaN, message: '应为数字，实际是非数字（NaN）' },
    { case: 'a value outside a list of choices', schema: z.enum(['file', 'paste']), value: 'mail', message: '应为 file、paste 之一' },
    { case: 'a value other than the one allowed', schema: z.literal(2), value: 3, message: '应为 2' },
    { case: 'text too short', schema: z.string().check(z.minLength(2)), value: 'a', message: '应为至少 2 个字符' },
    { case: 'a list too long', schema: z.array(z.int()).check(z.maxLength(1)), value: [1, 2], message: '应为最多 1 项' },
    { case: 'a number too small', schema: z.int().check(z.minimum(0)), value: -7, message: '应为不小于 0' },
    { case: 'a number not above a bound', schema: z.number().check(z.gt(0)), value: 0, message: '应为大于 0' },
    { case: 'a badly formed text', schema: z.string().check(z.regex(/^\d+$/)), value: 'x', message: '格式不对' },
    { case: 'a date that does not exist', schema: z.iso.date(), value: '2026-13-01', message: '应为 YYYY-MM-DD 格式的日期' },
    { case: 'keys a strict object does not have', schema: z.strictObject({ a: z.int() }), value: { a: 1, b: 2, c: 3 }, message: '有不该有的项：b、c' },
  ])('$case: 「$message」', ({ schema, value, message }) => {
    expect(firstMessage(schema, value)).toBe(message);
  });

  test('a problem the map does not word gets a general message, never English', () => {
    expect(firstMessage(z.union([z.string(), z.int()]), true)).toBe('内容不符合要求');
  });
});
