import { test, expect } from '@playwright/test';
import { wizards } from '../../wizards/catalog';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './built-pages';
import { isOfflineRegistration, measurePageScripts } from './page-weight';

/**
 * Initial JavaScript of a wizard page before the user acts, gzipped (issue 4): exceljs, jszip and pinyin-pro load later.
 * The offline registration every page carries is budgeted on its own (byte-budget.spec.ts), not counted here.
 */
const wizardPageBudgetBytes = 60 * 1024;

/** A library chunk, not the few-hundred-byte loader that imports it on demand (named after it by the bundler). */
const isHeavyLibrary = (module: string) => /exceljs|xlsx|jszip|pinyin/i.test(module) && statSync(join(distDir, module)).size > 10_000;

const wizardPages = wizards.map((wizard) => `/wizards/${wizard.slug}/`);

test('wizard pages ship at most 60 KB of gzipped JavaScript before the user acts', () => {
  expect(wizardPages.length).toBeGreaterThan(0);
  for (const path of wizardPages) {
    const { gzipBytes: pageBytes, modules, islands, inlineScripts } = measurePageScripts(path);
    const gzipBytes = pageBytes - inlineScripts.filter((script) => isOfflineRegistration(script.text)).reduce((sum, script) => sum + script.gzipBytes, 0);
    console.log(`wizard JS ${String(gzipBytes).padStart(6)} B gz  ${path}  (${modules.length} modules)`);
    expect.soft(islands, `${path}: islands`).toBeGreaterThan(0);
    expect.soft(modules.filter(isHeavyLibrary), `${path}: heavy libraries in initial JS`).toEqual([]);
    expect.soft(gzipBytes, `${path}: gzipped JS`).toBeLessThanOrEqual(wizardPageBudgetBytes);
  }
});
