import { Window } from 'happy-dom';

/**
 * Reading built pages without a browser, and markup that leaked into their text:
 * an MDX `{expression}` printed as it was written (inside Markdown code, or in a
 * string a component did not fill), or Markdown `**` that did not turn into bold
 * (CommonMark does not close `**` between a full-width bracket and a Han character).
 */

/** Return the document of a built page, parsed only: no script runs and nothing is fetched. */
export function parsePage(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Return the text a reader gets from a built page: the body without scripts, styles and templates. */
export function readPageText(html: string): string {
  const document = parsePage(html);
  for (const element of document.querySelectorAll('script, style, template, noscript')) element.remove();
  return document.body.textContent ?? '';
}

/** Return each raw `{identifier}` or `**` in a page's text, with a little text around it. */
export function findRawMarkup(text: string): string[] {
  return [...text.matchAll(/\{[A-Za-z_$][\w$.]*\}|\*\*/g)].map((match) => {
    const at = match.index;
    return `${match[0]} in “${text.slice(Math.max(0, at - 12), at + match[0].length + 12).replace(/\s+/g, ' ')}”`;
  });
}
