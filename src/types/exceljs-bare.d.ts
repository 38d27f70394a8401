/**
 * exceljs' browser bundle without polyfills, loaded on demand with
 * `import('exceljs/dist/exceljs.bare.min.js')`: the same API as the package's main entry.
 */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import * as ExcelJS from 'exceljs';
  export default ExcelJS;
}
