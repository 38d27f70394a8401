/**
 * The zod every schema of the project is written with: `zod/mini`, the tree-shakable API of zod 4 (its
 * share of a wizard page is about 10 KB gz, where classic zod's is 26 KB, issue 12), set up once for the
 * page, workers, Node and the build:
 * - `jitless`: zod otherwise tries `new Function` to compile its object parsers, which the site's content
 *   security policy (no `'unsafe-eval'`) refuses and reports as a violation;
 * - the English messages: mini loads no locale, so each problem would only say "Invalid input", and the kit's
 *   `describeZodError` quotes zod's detail ("expected string, received undefined"), as with classic zod.
 */
import { z } from 'zod/mini';
import english from 'zod/v4/locales/en.js';

z.config({ ...english(), jitless: true });

export { z };
