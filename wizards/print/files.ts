/** File names and types of the files the exam-run wizards offer, kept apart from the builders so pages load them before exceljs. */

/** Return a file name safe on Windows: characters Windows refuses become “-”. */
export function toSafeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim();
}

/** MIME type of an .xlsx file, for the download Blob. */
export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
