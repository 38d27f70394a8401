import { factValues } from './fact-values';
import type { FaqEntry, GlossaryEntry } from './schema';

const placeholder = /\{([A-Za-z][\w.]*)\}/g;

/** Return the placeholder names a text uses, in order. */
export function listPlaceholders(text: string): string[] {
  return [...text.matchAll(placeholder)].map(([, name]) => name!);
}

/** Replace every `{name}` with its fact; throws on a name fact-values.ts does not know. */
export function fillFactPlaceholders(text: string, values: Readonly<Record<string, string>> = factValues): string {
  return text.replace(placeholder, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown fact placeholder {${name}} in: ${text}`);
    return value;
  });
}

/** True when a FAQ entry is this site's advice rather than the manual's (its source says 本站). */
export function isSiteAdvice(entry: Pick<FaqEntry, 'source'>): boolean {
  return entry.source.startsWith('本站');
}

/** Return the page part of a guide link: `/exam-day/duties/#监考人员` → `/exam-day/duties/`. */
export function pageOf(link: string): string {
  return link.split('#')[0]!;
}

/** Return the glossary entries a guide page explains, in glossary order. */
export function findTermsForPage<T extends Pick<GlossaryEntry, 'guide'>>(entries: readonly T[], page: string): T[] {
  return entries.filter((entry) => pageOf(entry.guide) === page);
}

/** Return the FAQ entries of one kind that point to a guide page (by `guide` or `alsoOn`), in FAQ order. */
export function findFaqForPage(entries: readonly FaqEntry[], page: string, kind: FaqEntry['kind']): FaqEntry[] {
  return entries.filter((entry) => entry.kind === kind && [entry.guide, ...entry.alsoOn].some((link) => pageOf(link) === page));
}
