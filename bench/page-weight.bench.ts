/** Initial JavaScript of each wizard page, gzipped, from the last build (`npm run build` first). */
import { existsSync } from 'node:fs';
import { wizards } from '../wizards/catalog';
import { builtFileFor } from '../tests/e2e/built-pages';
import { measurePageScripts } from '../tests/e2e/page-weight';
import type { Benchmark } from './run';

const benchmark: Benchmark = {
  name: 'Initial JavaScript of wizard pages (gzip, before the user acts)',
  async run() {
    return wizards.map((wizard) => {
        const path = `/wizards/${wizard.slug}/`;
        if (!existsSync(builtFileFor(path))) throw new Error(`${path} is not built: run \`npm run build\` first (with the same SITE_OUT_DIR).`);
        return { label: path, value: measurePageScripts(path).gzipBytes, unit: 'B gz', target: '≤ 61 440' };
      });
  },
};

export default benchmark;
