import { pinyin } from 'pinyin-pro';
import { GlossaryEntrySchema, FaqEntrySchema, type FaqEntry, type FaqEntryInput, type GlossaryEntry } from '../domain/glossary/schema';
import { fillFactPlaceholders, pageOf } from '../domain/glossary/rules';
import { faq } from '../domain/glossary/faq';
import { glossary } from '../domain/glossary/facts';

/** A glossary entry with every placeholder filled, ready to render. */
export type ResolvedEntry = GlossaryEntry;

/** Return the glossary with defaults applied and placeholders filled. */
export function resolveGlossary(entries: readonly unknown[] = glossary): ResolvedEntry[] {
  return entries.map((raw) => {
    const entry = GlossaryEntrySchema.parse(raw);
    return { ...entry, term: fillFactPlaceholders(entry.term), definition: fillFactPlaceholders(entry.definition) };
  });
}

/** Return the FAQ (questions and common mistakes) with defaults applied and placeholders filled. */
export function resolveFaq(entries: readonly FaqEntryInput[] = faq): FaqEntry[] {
  return entries.map((raw) => {
    const entry = FaqEntrySchema.parse(raw);
    return { ...entry, question: fillFactPlaceholders(entry.question), answer: fillFactPlaceholders(entry.answer) };
  });
}

/** Entries that point to one guide page. */
export interface FaqGroup {
  /** The guide page, without a heading anchor. */
  page: string;
  entries: FaqEntry[];
}

/** Return the entries grouped by the page of their guide, pages in order of first mention. */
export function groupByPage(entries: readonly FaqEntry[]): FaqGroup[] {
  const groups = new Map<string, FaqEntry[]>();
  for (const entry of entries) {
    const page = pageOf(entry.guide);
    groups.set(page, [...(groups.get(page) ?? []), entry]);
  }
  return [...groups].map(([page, grouped]) => ({ page, entries: grouped }));
}

/** Terms under one initial letter. */
export interface GlossaryGroup {
  /** A–Z by the pinyin of the term's first character; # for terms starting with a digit. */
  letter: string;
  entries: ResolvedEntry[];
}

/** Return a term's pinyin, read as a whole word so 重要 reads zhong, not chong. */
function readTerm(term: string): string {
  return pinyin(term, { toneType: 'none', nonZh: 'consecutive' }).toLowerCase();
}

/** Return the entries grouped A–Z by pinyin initial, each group sorted by pinyin. */
export function groupByInitial(entries: readonly ResolvedEntry[]): GlossaryGroup[] {
  const groups = new Map<string, { reading: string; entry: ResolvedEntry }[]>();
  for (const entry of entries) {
    const reading = readTerm(entry.term);
    const first = reading.charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), { reading, entry }]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, items]) => ({
      letter,
      entries: items.sort((a, b) => a.reading.localeCompare(b.reading)).map((item) => item.entry),
    }));
}
