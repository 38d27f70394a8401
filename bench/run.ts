/**
 * `npm run bench`: runs every `bench/*.bench.ts` and prints its figures.
 *
 * A benchmark file default-exports `{ name, run }`; `run()` returns figures
 * `{ label, value, unit, target? }`. Each file is bundled with esbuild (so it can
 * import the project's TypeScript as the site does) and run in this Node process.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One measured figure. */
export interface Figure {
  label: string;
  value: number;
  unit: string;
  /** What the issue asks for, e.g. `< 2000`; printed beside the value. */
  target?: string;
}

/** What a benchmark file default-exports. */
export interface Benchmark {
  name: string;
  run: () => Promise<Figure[]>;
}

const benchDir = resolve(import.meta.dirname);
const only = process.argv[2];
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
  .sort();
// Bundles go two levels below the project root, so packages resolve and `import.meta.dirname`-relative
// paths in imported helpers (the build folder) point where they do in the sources.
const outDir = join(benchDir, '.out');
mkdirSync(outDir, { recursive: true });

try {
  for (const file of files) {
    const outfile = join(outDir, file.replace(/\.ts$/, '.mjs'));
    await build({ entryPoints: [join(benchDir, file)], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
    const benchmark = ((await import(pathToFileURL(outfile).href)) as { default: Benchmark }).default;
    console.log(`\n${benchmark.name}  (${file})`);
    for (const figure of await benchmark.run()) {
      const value = Number.isInteger(figure.value) ? figure.value.toLocaleString('en-US') : figure.value.toFixed(2);
      console.log(`  ${figure.label.padEnd(58)} ${value.padStart(12)} ${figure.unit}${figure.target ? `   (target ${figure.target})` : ''}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
