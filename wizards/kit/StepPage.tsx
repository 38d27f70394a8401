/**
 * One screen of a wizard: 上一步, the error summary, the question as a heading,
 * the content, and 下一步. The content is a form so Enter submits it; submitting
 * sends 下一步 to the machine, which validates and either moves on or returns
 * errors, while everything typed stays in the machine's context.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorSummary } from './ErrorSummary';
import type { FieldError } from './wizard-machine';

/** Props of a wizard screen. */
export interface StepPageProps {
  /** The question or task of this screen. */
  title: string;
  /** Errors from the last 下一步. Default: none. */
  errors?: readonly FieldError[];
  /** Called by 上一步; omit on the first screen. */
  onBack?: () => void;
  /** Called by 下一步 (or Enter); omit on screens without it (the result page). */
  onNext?: () => void;
  /** Text of the main button. Default: 下一步. */
  nextLabel?: string;
  /** Disables the main button, e.g. while nothing can be submitted yet. Default: false. */
  isNextDisabled?: boolean;
  children: ComponentChildren;
}

// The first screen after a page load keeps the browser's focus; later screens take it.
let hasShownAStep = false;

/** Render one screen; moves focus to its heading when it replaces another screen. */
export function StepPage({ title, errors = [], onBack, onNext, nextLabel = '下一步', isNextDisabled = false, children }: StepPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A new screen replaces the old one in place: without this, focus would fall back to the
    // page body and screen readers would not announce the new question.
    if (hasShownAStep && heading.current && errors.length === 0) {
      heading.current.focus({ preventScroll: true });
      heading.current.scrollIntoView({ block: 'start' });
    }
    hasShownAStep = true;
  }, [title]);

  return (
    <section class="wizard-step" aria-labelledby="wizard-step-title">
      {onBack && (
        <button type="button" class="wizard-back-link" onClick={onBack}>
          上一步
        </button>
      )}
      <ErrorSummary errors={errors} />
      <h2 id="wizard-step-title" class="wizard-step-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <form
        class="wizard-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onNext?.();
        }}
      >
        {children}
        {onNext && (
          <div class="wizard-actions">
            <button type="submit" class="wizard-button" disabled={isNextDisabled}>
              {nextLabel}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
