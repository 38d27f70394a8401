/**
 * Document and phone numbers for the sample school: valid by the identity rules
 * of src/domain/identity, and obviously fake, so they can never be a real person's.
 *
 * - 身份证: the province is real (the check reads only the province), the rest
 *   of the address code is `9900`, which no prefecture or county uses; the check
 *   character is computed by `computeCheckCharacter`.
 * - 港澳台居民居住证: the address code must be 810000/820000/830000, so the
 *   birth date and sequence carry the demo: sequences start at 9.
 * - 通行证 and 护照: mostly zeros, the student's number at the end.
 * - 手机号码: `1990000` and four digits.
 */
import { computeCheckCharacter } from '../../src/domain/identity/rules';
import { residencePermitAddressCodes } from '../../src/domain/identity/facts';

/** Address digits 3–6 of every demo 身份证: no prefecture 99 exists in any province. */
export const fakeCountyCode = '9900';

/** First seven digits of every demo phone number. */
export const fakePhonePrefix = '1990000';

/** Return the 18-character number for an address code, birth date (YYYYMMDD) and three-digit sequence. */
function withCheckCharacter(address: string, birth: string, sequence: number): string {
  const first17 = `${address}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + computeCheckCharacter(first17);
}

/** Return the sequence for a student's number: odd for 男, even for 女 (the 17th digit), distinct per `index`. */
export function getDemoSequence(index: number, gender: '男' | '女'): number {
  return index * 2 + (gender === '男' ? 1 : 2);
}

/** Return a fake, checksum-valid 身份证 number (province code, birth YYYYMMDD, sequence). */
export function makeDemoResidentId(province: string, birth: string, sequence: number): string {
  return withCheckCharacter(`${province}${fakeCountyCode}`, birth, sequence);
}

/** Return the 15-digit legacy number of a person born in 19YY, and the 18-digit number it upgrades to. */
export function makeDemoLegacyId(province: string, birth: string, sequence: number): { legacy: string; upgraded: string } {
  const address = `${province}${fakeCountyCode}`;
  return { legacy: `${address}${birth.slice(2)}${String(sequence).padStart(3, '0')}`, upgraded: withCheckCharacter(address, birth, sequence) };
}

/** Return a fake, checksum-valid 港澳台居民居住证 number (region: the address code's place, e.g. 香港). */
export function makeDemoResidencePermit(region: string, birth: string, sequence: number): string {
  const address = Object.keys(residencePermitAddressCodes).find((code) => residencePermitAddressCodes[code] === region);
  if (!address) throw new Error(`No residence-permit address code for ${region}`);
  return withCheckCharacter(address, birth, 900 + (sequence % 100));
}

/** Return the first fake 身份证 number from `sequence` on (same gender parity) whose check character is X. */
export function findDemoResidentIdEndingInX(province: string, birth: string, sequence: number): string {
  for (let next = sequence; next < 1000; next += 2) {
    const id = makeDemoResidentId(province, birth, next);
    if (id.endsWith('X')) return id;
  }
  throw new Error(`No sequence from ${sequence} gives a check character X`);
}

/** Return a fake mobile number for the `index`-th person. */
export function makeDemoPhone(index: number): string {
  return fakePhonePrefix + String(index).padStart(4, '0');
}
