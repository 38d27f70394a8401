/**
 * A date box: staff type the date the way they write it (2026-10-12, 2026/10/12,
 * 2026年10月12日, read by `parseDateInput`) or pick it from the browser's own
 * calendar (选择日期). When the box is left, a date written another way is put in
 * the one form the checks and files use (2026-10-12), and the date is read back
 * beneath it (2026年10月12日（周一）) so the user sees what was understood:
 * nothing changes unseen. The picker button is for the mouse and touch: the
 * keyboard types the date, so Tab moves from box to box as in any form.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatChineseDate, parseDateInput } from '../../src/domain/calendar/dates';
import { describedBy, LabelledField } from './Fields';

/** Props of a date field: those of a one-line text field. */
export interface DateFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
}

/** Render a date box with the browser's date picker beside it. */
export function DateField({ id, label, hint, error, value, onInput }: DateFieldProps) {
  const picker = useRef<HTMLInputElement>(null);
  // The picker button appears once the page knows the browser can open its calendar on request.
  const [canPick, setCanPick] = useState(false);
  useEffect(() => setCanPick(typeof HTMLInputElement.prototype.showPicker === 'function'), []);
  const date = parseDateInput(value);
  const readingId = `${id}-reading`;
  const described = [describedBy(id, hint, error), date ? readingId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <div class="wizard-date">
        <input
          class="wizard-input wizard-date-input"
          id={id}
          name={id}
          type="text"
          value={value}
          autoComplete="off"
          size={12}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
          onChange={(event) => {
            // Leaving the box (or Enter) settles the date in its one written form.
            const typed = event.currentTarget.value;
            const parsed = parseDateInput(typed);
            if (parsed && parsed !== typed) onInput(parsed);
          }}
        />
        {canPick && (
          <>
            <button
              type="button"
              class="wizard-button wizard-button--secondary wizard-date-button"
              // Out of the Tab order: a keyboard user types the date (every written form is read), and Tab goes from box to box.
              tabIndex={-1}
              onClick={() => {
                try {
                  picker.current?.showPicker();
                } catch {
                  // Refused (no user gesture, or a browser without a picker for dates): typing still works.
                }
              }}
            >
              选择日期
            </button>
            <input
              ref={picker}
              class="wizard-date-picker"
              type="date"
              tabIndex={-1}
              aria-hidden="true"
              value={date ?? ''}
              onChange={(event) => event.currentTarget.value && onInput(event.currentTarget.value)}
            />
          </>
        )}
      </div>
      {date && (
        <p class="wizard-date-reading" id={readingId}>
          {formatChineseDate(date)}
        </p>
      )}
    </LabelledField>
  );
}
