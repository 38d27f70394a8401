/**
 * Showing a field before focusing it. A paged list (the candidate table, the groups of
 * students with the same 证件号码) draws one page of fields at a time, so a link to a
 * field on another page (an error summary's link, 在表格中查看) finds nothing to focus.
 * `showField` focuses a field that is drawn; otherwise it asks, with an event, whether a
 * paged list holds it. A list that does (`useFieldReveal`) turns to the page holding it
 * and focuses it once that page is drawn. Links and lists know nothing of each other.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** How to focus the field once it is drawn (scrolling its label, or its table cell, into view); false when it cannot be. */
export type FocusField = (field: HTMLElement) => boolean;

interface RevealRequest {
  fieldId: string;
  focus: FocusField;
}

const revealEventType = 'wizard-reveal-field';

/** Focus the field with this id with `focus`, asking the paged list that holds it to show it first; false when no list holds it. */
export function showField(fieldId: string, focus: FocusField): boolean {
  const field = fieldId ? document.getElementById(fieldId) : null;
  if (field) return focus(field);
  if (!fieldId) return false;
  const request = new CustomEvent<RevealRequest>(revealEventType, { detail: { fieldId, focus }, cancelable: true });
  document.dispatchEvent(request);
  // A list that holds the field cancels the event: it shows the field and focuses it when drawn.
  return request.defaultPrevented;
}

/**
 * Answer `showField` for a paged list: `pageOf` says which page holds a field id (null when this list does not
 * hold it), `showPage` turns to it, `shownPage` is the page drawn now. The field is focused once its page is drawn.
 */
export function useFieldReveal(pageOf: (fieldId: string) => number | null, showPage: (page: number) => void, shownPage: number): void {
  const [pending, setPending] = useState<RevealRequest | null>(null);
  // The listener is added once and reads the list as it is now (rows are added, deleted and filtered).
  const latest = useRef({ pageOf, showPage });
  latest.current = { pageOf, showPage };

  useEffect(() => {
    const onRequest = (event: Event) => {
      const request = (event as CustomEvent<RevealRequest>).detail;
      const page = latest.current.pageOf(request.fieldId);
      if (page === null) return;
      event.preventDefault();
      latest.current.showPage(page);
      // A new object each time: a second request for the same field focuses it again.
      setPending({ ...request });
    };
    document.addEventListener(revealEventType, onRequest);
    return () => document.removeEventListener(revealEventType, onRequest);
  }, []);

  useEffect(() => {
    if (!pending) return;
    const field = document.getElementById(pending.fieldId);
    if (field) {
      pending.focus(field);
      setPending(null);
    }
  }, [pending, shownPage]);
}
