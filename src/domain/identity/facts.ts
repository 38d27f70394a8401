/**
 * Identity documents (证件) as public standards define them (DOMAIN.md 「Identity
 * documents」): the 18-character 居民身份证 number of GB 11643-1999, the
 * 15-digit numbers of GB 11643-1989, 港澳台居民居住证, the two 通行证, and 护照.
 * Data only; the checks are in `rules.ts`.
 */
import type { DocumentKind } from './schema';

/** GB 11643-1999 / ISO 7064 MOD 11-2: weights of the first 17 digits. */
export const checksumWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The check character for each remainder of the weighted sum mod 11. */
export const checkCharacters = '10X98765432';

/**
 * Two-digit province codes that begin a valid number. Only the province is checked:
 * old cards keep county codes that no longer exist, so a county list would reject real people.
 */
export const provinceCodes: Readonly<Record<string, string>> = {
  '11': '北京', '12': '天津', '13': '河北', '14': '山西', '15': '内蒙古',
  '21': '辽宁', '22': '吉林', '23': '黑龙江',
  '31': '上海', '32': '江苏', '33': '浙江', '34': '安徽', '35': '福建', '36': '江西', '37': '山东',
  '41': '河南', '42': '湖北', '43': '湖南', '44': '广东', '45': '广西', '46': '海南',
  '50': '重庆', '51': '四川', '52': '贵州', '53': '云南', '54': '西藏',
  '61': '陕西', '62': '甘肃', '63': '青海', '64': '宁夏', '65': '新疆',
  '71': '台湾', '81': '香港', '82': '澳门', '83': '台湾（居住证）',
};

/** 港澳台居民居住证: same structure and checksum as 身份证, with these address codes. */
export const residencePermitAddressCodes: Readonly<Record<string, string>> = {
  '810000': '香港',
  '820000': '澳门',
  '830000': '台湾',
};

/** The century a 15-digit number's two-digit birth year belongs to (GB 11643-1989: all 19YY). */
export const legacyCentury = '19';

/** Earliest birth year accepted as real for a candidate. */
export const earliestBirthYear = 1900;

/** Patterns of the documents without a checksum (DOMAIN.md). */
export const documentPatterns = {
  /** 港澳居民来往内地通行证: H or M, 8 digits, optionally 2 more. */
  hkMacauPermit: /^[HM]\d{8}(\d{2})?$/,
  /** 台湾居民来往大陆通行证: 8 digits. */
  taiwanPermit: /^\d{8}$/,
  /** 护照: letters and digits, 5–17 characters, no checksum. */
  passport: /^[A-Z0-9]{5,17}$/,
} as const;

/** Which kinds of document encode the holder's birth date and gender in the number. */
export const kindsWithEncodedGender: readonly DocumentKind[] = ['residentId', 'residencePermit'];

/** 手机号码 of mainland China (DOMAIN.md 「Mobile phone」): 11 digits starting 13–19; nothing stricter. */
export const mobileNumberPattern = /^1[3-9]\d{9}$/;
