/**
 * Turns what staff type into the parts Pagefind is asked about. A query becomes a
 * list of slots: a word of a synonym group (src/domain/glossary/synonyms.ts) makes a
 * slot that any word of the group satisfies; the rest of the query, with question
 * words dropped (question-words.ts), makes a slot per word. Words typed next to
 * each other also form a phrase, and pages with the whole phrase rank higher.
 */
import { searchSynonyms, type SynonymGroup } from '../domain/glossary/synonyms';
import { fillerWords, howManyPattern, questionPhrases } from './question-words';

/** One part of a query: a page matches it when it contains what was typed or one of its synonyms. */
export interface QuerySlot {
  /** What the user typed, searched the way Pagefind searches; null for a question phrase (坐多少人). */
  typed: string | null;
  /** The other words of its synonym group, each searched as an exact phrase. */
  synonyms: readonly string[];
}

/** Words typed next to each other: a page with the whole phrase matches them better. */
export interface QueryPhrase {
  text: string;
  /** Indexes of the slots the phrase is made of. */
  slots: number[];
}

/** What search asks Pagefind for one query. */
export interface QueryPlan {
  /** Every part of the query, in the order typed. */
  slots: QuerySlot[];
  /** Runs of two or more slots typed with no question word between them. */
  phrases: QueryPhrase[];
  /** The query asked for a number (多少, 几, 多久, 多大): excerpts prefer a passage with one. */
  asksForNumber: boolean;
}

/** Splits text into words; the browser's and Node's `Intl.Segmenter` by default. */
export type WordSegmenter = (text: string) => string[];

const chineseWords = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Return the words of `text` as the Chinese word segmenter finds them, spaces and punctuation left out. */
export function segmentWords(text: string): string[] {
  return [...chineseWords.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

// Question words that ask for an amount, so the answer is a number.
const numberQuestion = /多少|几|多久|多长|多大|多高|多远/;

/** Whether `word` asks something (多少钱, 坐几个人) rather than names it. */
function asksSomething(word: string): boolean {
  return numberQuestion.test(word) || questionPhrases.some((phrase) => word.includes(phrase));
}

/** Return the query as Pagefind indexes text: half-width, lower case, punctuation as spaces. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, (match) => (/^[+.]+$/.test(match) ? match : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

interface SynonymMatch {
  start: number;
  end: number;
  group: SynonymGroup;
}

/** Return the synonym words found in `text`, longest first at each position, without overlaps. */
export function findSynonyms(text: string, groups: readonly SynonymGroup[] = searchSynonyms): SynonymMatch[] {
  const byWord = new Map<string, SynonymGroup>();
  for (const group of groups) for (const word of group) byWord.set(word.toLowerCase(), group);
  const lengths = [...new Set([...byWord.keys()].map((word) => word.length))].sort((a, b) => b - a);
  const matches: SynonymMatch[] = [];
  let position = 0;
  while (position < text.length) {
    const length = lengths.find((candidate) => position + candidate <= text.length && byWord.has(text.slice(position, position + candidate)));
    if (length === undefined) {
      position += 1;
      continue;
    }
    matches.push({ start: position, end: position + length, group: byWord.get(text.slice(position, position + length))! });
    position += length;
  }
  return matches;
}

/**
 * Return what is left of `text` once its question is taken out: question phrases
 * (怎么, 多少, 几个) split it, filler words (的, 要, 在) vanish, so 「学生找不到自己的考场」
 * becomes 学生找不到考场 and its words meet again as the guides write them.
 */
export function dropQuestionWords(text: string, segment: WordSegmenter = segmentWords): string[] {
  let rest = text;
  for (const phrase of questionPhrases) rest = rest.split(phrase).join(' ');
  const pieces: string[] = [];
  for (const part of rest.split(' ')) {
    let piece = '';
    for (const word of segment(part)) {
      if (howManyPattern.test(word)) {
        if (piece) pieces.push(piece);
        piece = '';
      } else if (!fillerWords.has(word)) piece += word;
    }
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/**
 * Return the words of a piece of query without synonyms: the segmenter knows everyday
 * words but splits most of the manual's into single characters (实操 → 实 + 操), so a run
 * of single characters stays one word.
 */
export function splitWords(piece: string, segment: WordSegmenter = segmentWords): string[] {
  const words: string[] = [];
  let characters = '';
  for (const word of [...segment(piece), '']) {
    if ([...word].length === 1) characters += word;
    else {
      if (characters) words.push(characters);
      characters = '';
      if (word) words.push(word);
    }
  }
  return words;
}

/** Return the slots and phrases of a query as typed: synonym groups both ways, question words dropped. */
export function planQuery(raw: string, groups: readonly SynonymGroup[] = searchSynonyms, segment: WordSegmenter = segmentWords): QueryPlan {
  const text = normalizeQuery(raw);
  const slots: QuerySlot[] = [];
  const phrases: QueryPhrase[] = [];
  const seenGroups = new Set<SynonymGroup>();
  const synonymsOf = (group: SynonymGroup, typed: string) =>
    group.map((word) => word.toLowerCase()).filter((word) => word !== typed && !asksSomething(word));
  // Words typed together, with only filler words between them: pages with the whole phrase rank higher.
  const addPiece = (piece: string) => {
    const run: number[] = [];
    const addWords = (part: string) => {
      for (const word of splitWords(part, segment)) run.push(slots.push({ typed: word, synonyms: [] }) - 1);
    };
    let restStart = 0;
    for (const match of findSynonyms(piece, groups)) {
      addWords(piece.slice(restStart, match.start));
      restStart = match.end;
      // The same thing named twice is one slot.
      if (seenGroups.has(match.group)) continue;
      seenGroups.add(match.group);
      const typed = piece.slice(match.start, match.end);
      run.push(slots.push({ typed, synonyms: synonymsOf(match.group, typed) }) - 1);
    }
    addWords(piece.slice(restStart));
    if (run.length > 1) phrases.push({ text: run.map((index) => slots[index]!.typed).join(''), slots: run });
  };
  // A synonym phrase with a question in it (坐多少人, 多少钱) is matched first: its synonyms stand for it.
  let restStart = 0;
  for (const match of findSynonyms(text, groups).filter((found) => asksSomething(text.slice(found.start, found.end)))) {
    for (const piece of dropQuestionWords(text.slice(restStart, match.start), segment)) addPiece(piece);
    restStart = match.end;
    if (seenGroups.has(match.group)) continue;
    seenGroups.add(match.group);
    slots.push({ typed: null, synonyms: synonymsOf(match.group, '') });
  }
  for (const piece of dropQuestionWords(text.slice(restStart), segment)) addPiece(piece);
  // A query of question words only ("多少") is still a query: search it as typed.
  if (slots.length === 0 && text) slots.push({ typed: text, synonyms: [] });
  return { slots, phrases, asksForNumber: numberQuestion.test(text) };
}
