/**
 * Labelled form fields in the GOV.UK pattern: label (or legend), hint, error
 * message, then the control, tied together with aria-describedby. The id of the
 * control equals the field name, so the error summary can link to it; for radios
 * and checkboxes the first option carries it.
 */
import type { ComponentChildren } from 'preact';

interface FieldBase {
  /** Field name; also the id of the control (or of its first option). */
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** Message from the machine's last 下一步, if this field failed. */
  error?: string | undefined;
}

/** Return the ids a control is described by: its hint and its error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The hint and error message of a field, with the ids `describedBy` points at. */
export function HintAndError({ id, hint, error }: Pick<FieldBase, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint && (
        <div class="wizard-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p class="wizard-error-message" id={`${id}-error`}>
          <span class="sr-only">错误：</span>
          {error}
        </p>
      )}
    </>
  );
}

/** The frame of a field with one labelled control: label, hint, error message, then `children` (the control, whose id is `id`). */
export function LabelledField({ id, label, hint, error, children }: FieldBase & { children: ComponentChildren }) {
  return (
    <div class={`wizard-field${error ? ' wizard-field--error' : ''}`}>
      <label class="wizard-label" for={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** A one-line text input. */
export function TextField(
  props: FieldBase & {
    value: string;
    onInput: (value: string) => void;
    inputMode?: 'text' | 'numeric' | 'tel';
    autoComplete?: string;
    /** Width in characters, so the box hints at the expected length. */
    size?: number;
  },
) {
  const { id, label, hint, error, value, onInput, inputMode, autoComplete, size } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        class="wizard-input"
        id={id}
        name={id}
        type="text"
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        size={size}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </LabelledField>
  );
}

/** A multi-line text box. */
export function TextArea(props: FieldBase & { value: string; onInput: (value: string) => void; rows?: number }) {
  const { id, label, hint, error, value, onInput, rows } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        class="wizard-textarea"
        id={id}
        name={id}
        rows={rows ?? 8}
        value={value}
        spellcheck={false}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </LabelledField>
  );
}

/** An option of a radio or checkbox group. */
export interface ChoiceOption<TValue extends string> {
  value: TValue;
  label: ComponentChildren;
  hint?: ComponentChildren;
}

/** One answer out of a few, as radio buttons in a fieldset with a legend. */
export function RadioGroup<TValue extends string>(
  props: FieldBase & { options: readonly ChoiceOption<TValue>[]; value: TValue | null; onChange: (value: TValue) => void },
) {
  const { id, label, hint, error, options, value, onChange } = props;
  return (
    <div class={`wizard-field${error ? ' wizard-field--error' : ''}`}>
      <fieldset class="wizard-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="wizard-legend">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div class="wizard-choice" key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label for={optionId}>{option.label}</label>
              {option.hint && (
                <div class="wizard-hint wizard-choice-hint" id={`${optionId}-hint`}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** A single yes/no checkbox. */
export function Checkbox(props: FieldBase & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, hint, error, checked, onChange } = props;
  return (
    <div class={`wizard-field${error ? ' wizard-field--error' : ''}`}>
      <HintAndError id={id} hint={hint} error={error} />
      <div class="wizard-choice">
        <input
          type="checkbox"
          id={id}
          name={id}
          checked={checked}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
    </div>
  );
}

/** A drop-down list. */
export function SelectField<TValue extends string>(
  props: FieldBase & { options: readonly { value: TValue; label: string }[]; value: TValue; onChange: (value: TValue) => void },
) {
  const { id, label, hint, error, options, value, onChange } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        class="wizard-select"
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.value as TValue)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** Return the message for one field from the machine's errors. */
export function errorFor(errors: readonly { field: string; message: string }[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}
