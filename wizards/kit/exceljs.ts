/**
 * Loading exceljs (~235 KB gz) only when a file is first generated or read. The
 * bare browser build already contains its own JSZip and no Node polyfills.
 */
import type ExcelJSModule from 'exceljs';

/** The exceljs namespace (`new ExcelJS.Workbook()`). */
export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

/** Return exceljs, loading it on first use. */
export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs/dist/exceljs.bare.min.js').then((module) => {
    // The UMD bundle arrives as a default export in browsers and as the namespace itself in Node.
    const loaded = module as unknown as { default?: ExcelJS } & ExcelJS;
    return loaded.default ?? loaded;
  });
  return loading;
}
