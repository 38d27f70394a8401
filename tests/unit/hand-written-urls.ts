/**
 * Finds URLs of the site written by hand as root-absolute paths (`"/wizards/rooms/"`,
 * `` `/training/cards/${key}/` ``, `href="/"`), which break when the site is published
 * under a sub-path. Such a URL must be built with `withBase` from src/paths.ts.
 *
 * Not reported: comments; the argument of `withBase(…)`; and routes held as data
 * under the keys `guide`, `guides` and `link` (the wizard catalog's guide, the
 * sidebar's link), which name a page inside the site and are given the base where
 * they are rendered (by a component, or by Starlight for the sidebar).
 *
 * Where such a route is rendered, a computed `href={…}` on an HTML element is reported
 * unless it is `withBase(…)`, a fragment (`#x`), or a value named as a URL already built
 * (`link.href`, `stampUrl`): `<a href={entry.guide}>` would leave the base. A component's
 * `href` (`<GuideLink href={entry.guide}>`) is not: the component adds the base. The
 * release suite checks every link of every page built for `/kaowu/` for what this misses.
 */

/** A root-absolute string: a quote, one slash, then a path character (so `'/'` and `'//'` alone are not paths). */
const rootPathLiteral = /(['"`])\/[A-Za-z0-9_~.%-]/g;
/** An HTML attribute holding a root-absolute URL, including the bare root `href="/"`. */
const rootUrlAttribute = /\b(?:href|src|action|poster)=(['"])\/(?!\/)/g;
/** Route data: `guide: '/x/'`, `link: '/x/'`, `guides: ['/x/', '/y/']`. */
const routeData = [/\b(?:guide|link)\s*:\s*(['"`])[^'"`\n]*\1/g, /\bguides\s*:\s*\[[^\]]*\]/g];

/** A computed `href={` on an HTML element: a lower-case tag, the nearest `<` before the attribute. */
const computedHref = /<[a-z][\w-]*\b[^<]*?\s(href)=\{/g;
/** A computed href that needs no base: `withBase(…)`, a fragment, or a reference whose last name says it is a built URL. */
const hrefWithoutRoute = /^(?:withBase\(|(['"`])#|[\w$.?!]*(?:\[[^\]]*\][\w$.?!]*)*\b(?:href|url|[\w$]*(?:Href|Url))$)/;

/** Return the offsets of computed hrefs on HTML elements whose expression may be a bare route. */
function findRouteHrefs(code: string): number[] {
  return [...code.matchAll(computedHref)].flatMap((match) => {
    const open = match.index + match[0].length;
    let depth = 1;
    let end = open;
    for (; end < code.length && depth > 0; end += 1) {
      if (code[end] === '{') depth += 1;
      else if (code[end] === '}') depth -= 1;
    }
    const expression = code.slice(open, end - 1).trim();
    return hrefWithoutRoute.test(expression) ? [] : [match.index + match[0].lastIndexOf('href')];
  });
}

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
  const offsets = [...[...code.matchAll(rootPathLiteral), ...code.matchAll(rootUrlAttribute)].map((match) => match.index), ...findRouteHrefs(code)];
  const lines = source.split('\n');
  const lineNumbers = [...new Set(offsets.map((offset) => code.slice(0, offset).split('\n').length))].sort((a, b) => a - b);
  return lineNumbers.map((line) => ({ line, text: lines[line - 1]!.trim() }));
}
