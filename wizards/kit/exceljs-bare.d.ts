// The browser build of exceljs ships without typings; it has the same API as the package's main entry.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}
