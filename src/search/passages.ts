/**
 * Where on a page a query is answered: the section (from one anchor to the next)
 * where the most of its slots meet, and the passage of a section to show as the
 * excerpt. A question that asks for a number (多少, 几) gets a passage with an amount
 * in it, so the result shows the fact itself (40 人, 5M, 7 个工作日).
 *
 * Positions are word indexes in Pagefind's content of the page (its `raw_content`
 * split at zero-width spaces), the same indexes as its anchors' `location`.
 */

/** An element with an id (a heading, a FAQ entry, an emergency card, a glossary term), as Pagefind records it. */
export interface PageAnchor {
  element: string;
  id: string;
  /** The heading's text; often empty for other elements. */
  text: string;
  location: number;
}

/** A section of a page: from an anchor up to the next one. */
export interface PageSection {
  /** The anchor's id; '_top' (Starlight's page title) or '' for the start of the page. */
  id: string;
  title: string;
  start: number;
  end: number;
}

/** A slot's weight and where it matched on the page. */
export interface SlotOnPage {
  weight: number;
  positions: readonly number[];
}

/** A part of the excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPart {
  text: string;
  isMatch: boolean;
}

/** Words of an excerpt: Pagefind's excerpts are about this long, enough for a sentence. */
export const excerptWords = 30;

const isHeading = (anchor: PageAnchor) => /^h[1-6]$/i.test(anchor.element);
// A section title made from the text (an entry without a heading) is cut at this many characters.
const titleLength = 30;

/** Return the first sentence at `start`, cut to `titleLength` characters: the title of an entry without a heading. */
function titleAt(words: readonly string[], start: number): string {
  let title = '';
  for (let position = start; position < words.length && [...title].length < titleLength; position += 1) {
    const word = words[position]!;
    const end = word.search(/[.。？?]/);
    if (end >= 0) return (title + word.slice(0, end)).trim();
    title += word;
  }
  const characters = [...title.trim()];
  return characters.length > titleLength ? `${characters.slice(0, titleLength).join('')}…` : characters.join('');
}

/**
 * Return the sections of a page in page order: one per anchor (headings, and the
 * entries components give a stable id: FAQ answers, emergency cards, glossary terms,
 * materials), from the anchor up to the next.
 */
export function findSections(anchors: readonly PageAnchor[], words: readonly string[]): PageSection[] {
  const starts = anchors
    .filter((anchor) => anchor.id !== '' && (!isHeading(anchor) || anchor.text.trim() !== ''))
    .sort((a, b) => a.location - b.location)
    .filter((anchor, index, sorted) => index === 0 || anchor.location > sorted[index - 1]!.location);
  const sections: PageSection[] = [];
  if (starts.length === 0 || starts[0]!.location > 0) sections.push({ id: '', title: '', start: 0, end: starts[0]?.location ?? words.length });
  starts.forEach((anchor, index) => {
    const title = isHeading(anchor) ? anchor.text.trim() : titleAt(anchor.text.trim() ? [anchor.text] : words, anchor.text.trim() ? 0 : anchor.location);
    sections.push({ id: anchor.id, title, start: anchor.location, end: starts[index + 1]?.location ?? words.length });
  });
  return sections;
}

/**
 * Return the positions of the words where any of `phrases` occurs in the page's text
 * (case ignored, across word boundaries: the index splits 考位数 into 考 + 位 + 数).
 */
export function findOccurrences(words: readonly string[], phrases: readonly string[]): number[] {
  const { text, starts } = textOf(words);
  const wordAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const positions = new Set<number>();
  for (const phrase of phrases.map((item) => item.toLowerCase()).filter((item) => item !== '')) {
    for (let offset = text.indexOf(phrase); offset >= 0; offset = text.indexOf(phrase, offset + 1)) {
      for (let position = wordAt(offset); position <= wordAt(offset + phrase.length - 1); position += 1) positions.add(position);
    }
  }
  return [...positions].sort((a, b) => a - b);
}

const texts = new WeakMap<readonly string[], { text: string; starts: number[] }>();

/**
 * Return a page's words as one lower-case text, with where each word starts in it:
 * what phrases are looked for in. Kept per words array (pagefind-words.ts keeps one per page).
 */
export function textOf(words: readonly string[]): { text: string; starts: number[] } {
  let known = texts.get(words);
  if (!known) {
    const starts: number[] = [];
    let text = '';
    for (const word of words) {
      starts.push(text.length);
      text += word.toLowerCase();
    }
    known = { text, starts };
    texts.set(words, known);
  }
  return known;
}

/** Return the character pairs of `text`, letters and digits only: 照片要求 → 照片, 片要, 要求. */
function characterPairs(text: string): Set<string> {
  const characters = [...text.toLowerCase()].filter((character) => /[\p{L}\p{N}]/u.test(character));
  return new Set(characters.slice(1).map((character, index) => characters[index] + character));
}

/**
 * Return how much a section title reads like the question, 0–1 (Dice coefficient of
 * their character pairs). Guides and the FAQ title sections the way staff ask
 * (「在哪个平台办理」「停电后多久能继续考」), so the question's own words count here.
 */
export function titleLikeness(title: string, query: string): number {
  return pairLikeness(characterPairs(title), characterPairs(query));
}

/** Return the Dice coefficient of two sets of character pairs. */
function pairLikeness(titlePairs: ReadonlySet<string>, queryPairs: ReadonlySet<string>): number {
  if (titlePairs.size === 0 || queryPairs.size === 0) return 0;
  let shared = 0;
  for (const pair of titlePairs) if (queryPairs.has(pair)) shared += 1;
  return (2 * shared) / (titlePairs.size + queryPairs.size);
}

// An amount (40 人, 5M, 7 个工作日, 1:20), not a code, phone number or mail address of five digits or more.
const isAmount = (word: string) => /\d/.test(word) && !/\d{5,}/.test(word);

/** The best passage of a page: its section, where the excerpt starts, and its score. */
export interface Passage {
  section: PageSection;
  start: number;
  /** Weight of the slots in it, plus the amount bonus. */
  score: number;
}

/**
 * Return the passage of `length` words, within one section, where the slots' weight
 * adds up highest; when the query asks for a number, a passage with an amount in it
 * counts as if it matched half the query more, and a section titled like the question
 * counts as much more as its title is like it. Of equally good passages in a row, the
 * middle one is taken, so the matches sit inside the excerpt, not at its edge.
 */
export function findBestPassage(words: readonly string[], sections: readonly PageSection[], slots: readonly SlotOnPage[], query: { text: string; asksForNumber: boolean }, length = excerptWords): Passage {
  const totalWeight = slots.reduce((sum, slot) => sum + slot.weight, 0);
  const amountBonus = query.asksForNumber ? totalWeight / 2 : 0;
  // Which slots match at each word, to slide a window over the page once.
  const slotsAt = new Map<number, number[]>();
  slots.forEach((slot, index) => {
    for (const position of slot.positions) slotsAt.set(position, [...(slotsAt.get(position) ?? []), index]);
  });
  const queryPairs = characterPairs(query.text);
  // The best windows, as the first run of equally good starts: the excerpt is the middle one.
  let best = { section: sections[0]!, first: sections[0]!.start, last: sections[0]!.start, score: -1 };
  for (const section of sections) {
    const titleBonus = pairLikeness(characterPairs(section.title), queryPairs) * totalWeight;
    const counts = slots.map(() => 0);
    let weight = 0;
    let amounts = 0;
    const add = (position: number, change: 1 | -1) => {
      if (amountBonus > 0 && isAmount(words[position] ?? '')) amounts += change;
      for (const index of slotsAt.get(position) ?? []) {
        counts[index]! += change;
        if (change === 1 && counts[index] === 1) weight += slots[index]!.weight;
        if (change === -1 && counts[index] === 0) weight -= slots[index]!.weight;
      }
    };
    const lastStart = Math.max(section.start, section.end - length);
    for (let position = section.start; position < Math.min(section.start + length, section.end); position += 1) add(position, 1);
    for (let start = section.start; start <= lastStart; start += 1) {
      if (start > section.start) {
        add(start - 1, -1);
        add(start + length - 1, 1);
      }
      let score = weight;
      if (score > 0 && amounts > 0) score += amountBonus;
      if (score > 0) score += titleBonus;
      if (score > best.score) best = { section, first: start, last: start, score };
      else if (score === best.score && best.section === section && best.last === start - 1) best.last = start;
    }
  }
  return { section: best.section, start: Math.floor((best.first + best.last) / 2), score: best.score };
}

/** Return the excerpt's parts from `start`: `length` words, matched positions marked. */
export function buildExcerpt(words: readonly string[], start: number, end: number, slots: readonly SlotOnPage[]): ExcerptPart[] {
  const matched = new Set(slots.flatMap((slot) => slot.positions));
  const parts: ExcerptPart[] = [];
  for (let position = start; position < Math.min(end, words.length); position += 1) {
    const text = words[position]!;
    const isMatch = matched.has(position);
    const last = parts.at(-1);
    if (last && last.isMatch === isMatch) last.text += text;
    else parts.push({ text, isMatch });
  }
  return parts;
}
