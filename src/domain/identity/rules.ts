import { checkCharacters, checksumWeights, documentPatterns, earliestBirthYear, legacyCentury, mobileNumberPattern, provinceCodes, residencePermitAddressCodes } from './facts';
import type { DocumentKind, DocumentProblem, ResidentIdFacts } from './schema';

/** Return the check character for the first 17 digits of an ID number (ISO 7064 MOD 11-2). */
export function computeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * checksumWeights[i]!;
  return checkCharacters[sum % 11]!;
}

/** True when an 18-character number's last character matches its checksum. */
export function hasValidChecksum(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && computeCheckCharacter(id.slice(0, 17)) === id[17];
}

/** Return the 18-character number for a 15-digit legacy number: "19" inserted after the address, check character appended. */
export function upgradeLegacyId(legacy: string): string {
  const first17 = `${legacy.slice(0, 6)}${legacyCentury}${legacy.slice(6)}`;
  return first17 + computeCheckCharacter(first17);
}

/** True when YYYYMMDD is a real calendar date. */
export function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Return gender from the 17th digit: odd 男, even 女. */
export function genderFromId(id: string): '男' | '女' {
  return Number(id[16]) % 2 === 1 ? '男' : '女';
}

/** Return the province, birth date and gender an 18-character number encodes. */
export function readResidentId(id: string): ResidentIdFacts {
  const birth = id.slice(6, 14);
  return {
    provinceCode: id.slice(0, 2),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    gender: genderFromId(id),
  };
}

/** Return YYYY-MM-DD of a date in China's time zone, where the candidates are. */
export function toChinaDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Return the problems of an 18-character 居民身份证 or 居住证 number, in the order
 * a person fixes them: format, then province, birth date, checksum. A 15-digit
 * number gets `legacy15` with its upgrade.
 */
export function checkResidentId(id: string, kind: 'residentId' | 'residencePermit', today: Date): DocumentProblem[] {
  if (kind === 'residentId' && /^\d{15}$/.test(id)) {
    const upgraded = upgradeLegacyId(id);
    return isRealDate(`${legacyCentury}${id.slice(6, 12)}`) ? [{ code: 'legacy15', upgraded }] : [{ code: 'birthDate', birthDate: id.slice(6, 12) }];
  }
  if (!/^\d{17}[\dX]$/.test(id)) return [{ code: 'format', expected: '18 位：17 位数字加 1 位数字或 X' }];
  const problems: DocumentProblem[] = [];
  if (kind === 'residencePermit') {
    if (!residencePermitAddressCodes[id.slice(0, 6)]) problems.push({ code: 'residencePermitAddress', addressCode: id.slice(0, 6) });
  } else if (!provinceCodes[id.slice(0, 2)]) {
    problems.push({ code: 'province', provinceCode: id.slice(0, 2) });
  }
  const birth = id.slice(6, 14);
  if (!isRealDate(birth) || Number(birth.slice(0, 4)) < earliestBirthYear) problems.push({ code: 'birthDate', birthDate: birth });
  else if (readResidentId(id).birthDate > toChinaDate(today)) problems.push({ code: 'futureBirthDate', birthDate: birth });
  if (!hasValidChecksum(id)) problems.push({ code: 'checksum', expected: computeCheckCharacter(id.slice(0, 17)) });
  return problems;
}

/** Return the problems of a document number of the given kind (already cleaned: half-width, upper-case). */
export function checkDocumentNumber(kind: DocumentKind, number: string, today: Date): DocumentProblem[] {
  if (number === '') return [{ code: 'empty' }];
  switch (kind) {
    case 'residentId':
    case 'residencePermit':
      return checkResidentId(number, kind, today);
    case 'hkMacauPermit':
      return documentPatterns.hkMacauPermit.test(number) ? [] : [{ code: 'format', expected: 'H 或 M 开头，后跟 8 位数字（或 10 位）' }];
    case 'taiwanPermit':
      return documentPatterns.taiwanPermit.test(number) ? [] : [{ code: 'format', expected: '8 位数字' }];
    case 'passport':
      return documentPatterns.passport.test(number) ? [] : [{ code: 'format', expected: '5–17 位字母或数字' }];
  }
}

/** Return the kind of document a number looks like, or null when it fits none. */
export function inferDocumentKind(number: string): DocumentKind | null {
  if (/^\d{17}[\dX]$/.test(number) || /^\d{15}$/.test(number)) {
    return residencePermitAddressCodes[number.slice(0, 6)] ? 'residencePermit' : 'residentId';
  }
  if (documentPatterns.hkMacauPermit.test(number)) return 'hkMacauPermit';
  if (documentPatterns.taiwanPermit.test(number)) return 'taiwanPermit';
  if (documentPatterns.passport.test(number)) return 'passport';
  return null;
}

/** Return whether `phone` (already trimmed) is a mainland mobile number: 11 digits starting 13–19. */
export function isMobileNumber(phone: string): boolean {
  return mobileNumberPattern.test(phone);
}
