/**
 * Rows of the room batch-import file (「考务管理-考场管理」「批量导入考场信息-导入」,
 * 手册 第三章 五 1): one row per room and level, with the level's two subjects.
 */
import { subjectKinds } from '../certificate/facts';
import { getSubject } from '../certificate/rules';
import type { Level } from '../certificate/schema';
import { roomImportColumns, roomSubjectSeparator } from './facts';

/** One row of the room import file, keyed by its columns. */
export type RoomImportRow = Record<(typeof roomImportColumns)[number], string | number>;

/** A room serving one level, as the import file needs it. */
export interface RoomImportInput {
  roomName: string;
  address: string;
  detailAddress: string;
  level: Level;
  seats: number;
}

/** Return the 考试科目 cell of a level: both subjects with their codes, e.g. 初级理论(1630003007010027101),初级实操(…). */
export function formatRoomSubjects(level: Level): string {
  return subjectKinds
    .map((kind) => getSubject(level, kind))
    .map((subject) => `${subject.name}(${subject.code})`)
    .join(roomSubjectSeparator);
}

/** Return the import row of one room serving one level. 考位数 is the room's actual candidates. */
export function buildRoomImportRow(planName: string, siteName: string, room: RoomImportInput): RoomImportRow {
  return {
    考核计划: planName,
    考核站点: siteName,
    考试科目: formatRoomSubjects(room.level),
    考场名称: room.roomName,
    考场地址: room.address,
    详细地址: room.detailAddress,
    考位数: room.seats,
  };
}
