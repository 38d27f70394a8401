import { certificate, defaultFeeYuan, levelFacts, levels } from '../domain/certificate/facts';
import { formatCertificateTitle, getSubject } from '../domain/certificate/rules';
import type { Subject } from '../domain/certificate/facts-schema';
import type { Level } from '../domain/certificate/schema';

/** One level of the certificate with everything a guide table shows about it. */
export interface LevelRow {
  level: Level;
  /** Full certificate title, e.g. 网店运营推广职业技能等级证书（初级）. */
  title: string;
  /** 证书编号 used in the 按证书导入 file. */
  certificateNumber: string;
  theory: Subject;
  practical: Subject;
  /** Fee in yuan where the province has not set its own. */
  defaultFeeYuan: number;
}

/** Return one row per level, 初级 first. */
export function listLevelRows(): LevelRow[] {
  return levels.map((level) => ({
    level,
    title: formatCertificateTitle(certificate.name, level),
    certificateNumber: levelFacts[level].certificateNumber,
    theory: getSubject(level, '理论'),
    practical: getSubject(level, '实操'),
    defaultFeeYuan: defaultFeeYuan[level],
  }));
}
