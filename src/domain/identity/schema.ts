import { z } from '../zod';

/** The kinds of identity document the template can name. */
export const DocumentKindSchema = z.enum(['residentId', 'residencePermit', 'hkMacauPermit', 'taiwanPermit', 'passport']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** What the number of an 18-character ID says about its holder. */
export interface ResidentIdFacts {
  /** Two-digit province code. */
  provinceCode: string;
  /** Birth date, YYYY-MM-DD. */
  birthDate: string;
  /** From the 17th digit: odd 男, even 女. */
  gender: '男' | '女';
}

/** A problem with a document number, as a code the caller turns into a message. */
export type DocumentProblem =
  | { code: 'empty' }
  | { code: 'legacy15'; upgraded: string }
  | { code: 'format'; expected: string }
  | { code: 'province'; provinceCode: string }
  | { code: 'birthDate'; birthDate: string }
  | { code: 'futureBirthDate'; birthDate: string }
  | { code: 'checksum'; expected: string }
  | { code: 'residencePermitAddress'; addressCode: string };
