/**
 * Finds URLs of the site written by hand as root-absolute paths (`"/wizards/rooms/"`,
 * `` `/training/cards/${key}/` ``, `href="/"`), which break when the site is published
 * under a sub-path. Such a URL must be built with `withBase` from src/paths.ts.
 *
 * Not reported: comments; the argument of `withBase(…)`; and routes held as data
 * under the keys `guide`, `guides` and `link` (the wizard catalog's guide, the
 * sidebar's link), which name a page inside the site and are given the base where
 * they are rendered (by a component, or by Starlight for the sidebar). The base
 * build's browser suite checks every link of every built page for that.
 */

/** A root-absolute string: a quote, one slash, then a path character (so `'/'` and `'//'` alone are not paths). */
const rootPathLiteral = /(['"`])\/[A-Za-z0-9_~.%-]/g;
/** An HTML attribute holding a root-absolute URL, including the bare root `href="/"`. */
const rootUrlAttribute = /\b(?:href|src|action|poster)=(['"])\/(?!\/)/g;
/** Route data: `guide: '/x/'`, `link: '/x/'`, `guides: ['/x/', '/y/']`. */
const routeData = [/\b(?:guide|link)\s*:\s*(['"`])[^'"`\n]*\1/g, /\bguides\s*:\s*\[[^\]]*\]/g];

/** Replace a span of text with spaces, keeping line numbers and columns. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function stripComments(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    // A line comment: `//` not inside a URL such as `https://` (a colon before it) or a string of slashes.
    .replace(/(^|[^:'"`/\\])\/\/[^\n]*/g, (match, before: string) => before + blank(match.slice(before.length)));
}

/** Blank the arguments of every `withBase(…)` call, matching parentheses. */
function maskWithBaseCalls(source: string): string {
  let text = source;
  for (let start = text.indexOf('withBase('); start >= 0; start = text.indexOf('withBase(', start + 1)) {
    let depth = 0;
    let end = start + 'withBase'.length;
    for (; end < text.length; end += 1) {
      if (text[end] === '(') depth += 1;
      else if (text[end] === ')' && --depth === 0) break;
    }
    const open = start + 'withBase('.length;
    text = text.slice(0, open) + blank(text.slice(open, end)) + text.slice(end);
  }
  return text;
}

/** A hand-written root-absolute URL: its line and the line's text. */
export interface HandWrittenUrl {
  line: number;
  text: string;
}

/** Return every root-absolute URL of the site written by hand in `source` (TypeScript, TSX, Astro or JavaScript). */
export function findHandWrittenUrls(source: string): HandWrittenUrl[] {
  let code = maskWithBaseCalls(stripComments(source));
  for (const pattern of routeData) code = code.replace(pattern, blank);
  const offsets = [...code.matchAll(rootPathLiteral), ...code.matchAll(rootUrlAttribute)].map((match) => match.index);
  const lines = source.split('\n');
  const lineNumbers = [...new Set(offsets.map((offset) => code.slice(0, offset).split('\n').length))].sort((a, b) => a - b);
  return lineNumbers.map((line) => ({ line, text: lines[line - 1]!.trim() }));
}
