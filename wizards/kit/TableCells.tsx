/**
 * Cells of the editable tables wizards use for lists (rooms, teachers, students):
 * a text box per cell, named for screen readers by its row and column, with its
 * error message beneath it; and the 删除 button that ends a row.
 */
import type { ComponentChildren } from 'preact';

/** Props of one editable text cell. */
export interface TextCellProps {
  /** Id of the input; the error summary links to it. */
  id: string;
  /** What a screen reader announces, naming row and column, e.g. 「第 2 个考场的考场名称」. */
  label: string;
  value: string;
  error?: string | undefined;
  inputMode?: 'text' | 'numeric' | 'tel';
  /** Width in characters, from the column's longest value (`fitColumnSize`), so no value is cut; default: the cell's width. */
  size?: number | undefined;
  onInput: (value: string) => void;
  /** Shown after the input, e.g. a warning tag. */
  children?: ComponentChildren;
}

/** A table cell holding one text box. */
export function TextCell({ id, label, value, error, inputMode, size, onInput, children }: TextCellProps) {
  return (
    <td class={error ? 'wizard-cell--error' : undefined}>
      <input
        id={id}
        value={value}
        class={size ? 'wizard-cell-input--fit' : undefined}
        size={size}
        inputMode={inputMode}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <span class="wizard-error-message wizard-cell-error" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children}
    </td>
  );
}

/** The last cell of a row: 删除, naming the row for screen readers (e.g. 「第 2 位老师」). */
export function RemoveRowCell({ rowName, onRemove }: { rowName: string; onRemove: () => void }) {
  return (
    <td>
      <button type="button" class="wizard-row-remove" onClick={onRemove}>
        删除<span class="sr-only">{rowName}</span>
      </button>
    </td>
  );
}
