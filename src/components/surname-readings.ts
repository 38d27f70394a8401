import { compoundSurnames, surnameReadings } from '../domain/pinyin/facts';

/** Return a pinyin syllable or word with its first letter capitalised: shan → Shan. */
function capitalise(reading: string): string {
  return reading.charAt(0).toUpperCase() + reading.slice(1);
}

/**
 * Return the surnames whose surname reading differs from the everyday one, as a
 * guide lists them: 单（Shan）、曾（Zeng）…, in the order of the pinyin facts.
 */
export function listSurnameReadings(): string {
  return Object.entries(surnameReadings)
    .map(([surname, reading]) => `${surname}（${capitalise(reading)}）`)
    .join('、');
}

/** Return the compound surnames with a reading of their own, as a guide lists them: 尉迟（Yuchi）… */
export function listCompoundSurnameReadings(): string {
  return Object.entries(compoundSurnames)
    .flatMap(([surname, reading]) => (reading ? [`${surname}（${capitalise(reading)}）`] : []))
    .join('、');
}
