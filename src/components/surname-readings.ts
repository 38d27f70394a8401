import { surnameReadings } from '../domain/pinyin/facts';

/** Return a pinyin syllable or word with its first letter capitalised: shan → Shan. */
function capitalise(reading: string): string {
  return reading.charAt(0).toUpperCase() + reading.slice(1);
}

/** List the surnames of one length as a guide writes them: 单（Shan）、乐（Yue，也有家庭读作 Le）… */
function listReadings(isCompound: boolean): string {
  return Object.entries(surnameReadings)
    .filter(([surname]) => (surname.length > 1) === isCompound)
    .map(([surname, { reading, otherReading }]) => `${surname}（${capitalise(reading)}${otherReading ? `，${otherReading}` : ''}）`)
    .join('、');
}

/**
 * Return the single-character surnames whose surname reading differs from the
 * everyday one, in the order of the pinyin facts, with the other spelling some
 * families use where there is one.
 */
export function listSurnameReadings(): string {
  return listReadings(false);
}

/** Return the compound surnames with a reading of their own, as a guide lists them: 尉迟（Yuchi）… */
export function listCompoundSurnameReadings(): string {
  return listReadings(true);
}
