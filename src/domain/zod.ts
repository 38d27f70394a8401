/**
 * The zod every schema of the project is written with: `zod/mini`, the tree-shakable API of zod 4 (its
 * share of a wizard page is about 10 KB gz, where classic zod's is 26 KB, issue 12), set up once for the
 * page, workers, Node and the build:
 * - `jitless`: zod otherwise tries `new Function` to compile its object parsers, which the site's content
 *   security policy (no `'unsafe-eval'`) refuses and reports as a violation;
 * - messages in Chinese (`zod-messages.ts`): mini loads no locale, so each problem would only say "Invalid
 *   input", and the kit's `describeZodError` shows zod's detail to the user ("应为文字，实际是空缺").
 */
import { z } from 'zod/mini';
import { describeZodIssue } from './zod-messages';

z.config({ localeError: describeZodIssue, jitless: true });

export { z };
