/**
 * The error summary at the top of a screen, after GOV.UK Frontend's
 * `error-summary.mjs`, behaviour for behaviour:
 * - it takes focus when it appears, so screen readers read it and keyboard users
 *   start there; the temporary tabindex is removed on blur so it does not become
 *   a tab stop;
 * - `role="alert"` sits on an inner div, not the focused element, to avoid a race
 *   between the focus and the announcement;
 * - each link moves focus to its field without scrolling it under the top edge
 *   and without adding a hash to the URL (the hash holds the wizard's step here);
 *   a field on another page of a paged list is shown first (`reveal-field.ts`).
 */
import { useEffect, useRef } from 'preact/hooks';
import { showField } from './reveal-field';
import type { FieldError } from './wizard-machine';

/** Props of the error summary. */
export interface ErrorSummaryProps {
  errors: readonly FieldError[];
  /** Heading text. Default: 存在以下问题. */
  titleText?: string;
  /** Don't move focus on appear (for summaries shown while the user types). Default: false. */
  disableAutoFocus?: boolean;
}

/** List a screen's errors, each linking to its field; renders nothing without errors. */
export function ErrorSummary({ errors, titleText = '存在以下问题', disableAutoFocus = false }: ErrorSummaryProps) {
  const root = useRef<HTMLDivElement>(null);

  // A new errors array means a new failed 下一步: announce and focus again.
  useEffect(() => {
    if (errors.length > 0 && !disableAutoFocus && root.current) setFocus(root.current);
  }, [errors, disableAutoFocus]);

  if (errors.length === 0) return null;
  return (
    <div class="wizard-error-summary" ref={root} data-module="error-summary">
      <div role="alert">
        <h2 class="wizard-error-summary__title">{titleText}</h2>
        <ul class="wizard-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              <a href={`#${error.field}`} onClick={(event) => focusTarget(event.currentTarget) && event.preventDefault()}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Focus an element that is not normally focusable, and make it unfocusable again on blur. */
export function setFocus(element: HTMLElement): void {
  const hadTabindex = element.hasAttribute('tabindex');
  if (!hadTabindex) element.setAttribute('tabindex', '-1');
  element.addEventListener('blur', () => hadTabindex || element.removeAttribute('tabindex'), { once: true });
  element.focus();
}

/** Focus the field a summary link points to, showing it first when a paged list holds it. */
function focusTarget(link: HTMLAnchorElement): boolean {
  return showField(decodeURIComponent(link.hash.slice(1)), focusWithQuestion);
}

/**
 * Focus a field after scrolling its label or legend into view. Without the scroll
 * the browser puts the input at the very top and the question it answers is off
 * screen, so users (and screen readers, which read only "edit text") lose the context.
 */
function focusWithQuestion(input: HTMLElement): boolean {
  const legendOrLabel = getAssociatedLegendOrLabel(input);
  if (!legendOrLabel) return false;
  legendOrLabel.scrollIntoView();
  input.focus({ preventScroll: true });
  return true;
}

function getAssociatedLegendOrLabel(input: HTMLElement): Element | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend) {
    // Radios and checkboxes are answers to the legend's question: always show it.
    if (input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')) return legend;
    // Other inputs: use the legend only if the input would still be in the top half of the screen.
    const legendTop = legend.getBoundingClientRect().top;
    const inputRect = input.getBoundingClientRect();
    if (inputRect.height && window.innerHeight && inputRect.top + inputRect.height - legendTop < window.innerHeight / 2) {
      return legend;
    }
  }
  return document.querySelector(`label[for="${CSS.escape(input.id)}"]`) ?? input.closest('label');
}
