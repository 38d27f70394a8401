/** Small building blocks of the site wizard's screens, on top of the kit's fields. */
import type { ComponentChildren } from 'preact';
import { Checkbox, errorFor, TextField } from '../kit/Fields';
import { fieldId, getAt } from './answers';
import type { SiteScreenProps } from './screen-props';

/** What the questions of a screen receive. */
export type SiteQuestionProps = Pick<SiteScreenProps, 'context' | 'send'>;

/** A number box bound to a dotted answer path. */
export function NumberField({ context, send, path, label, hint, unit }: SiteQuestionProps & { path: string; label: string; hint?: ComponentChildren; unit?: string }) {
  return (
    <TextField
      id={fieldId(path)}
      label={unit ? `${label}（${unit.trim()}）` : label}
      hint={hint}
      size={8}
      inputMode="numeric"
      value={String(getAt(context.form, path) ?? '')}
      error={errorFor(context.errors, fieldId(path))}
      onInput={(value) => send({ type: 'answer.set', path, value })}
    />
  );
}

/** A yes/no tick bound to a dotted answer path. */
export function YesNoTick({ context, send, path, label, hint }: SiteQuestionProps & { path: string; label: ComponentChildren; hint?: ComponentChildren }) {
  return <Checkbox id={fieldId(path)} label={label} hint={hint} checked={getAt(context.form, path) === true} onChange={(checked) => send({ type: 'answer.set', path, value: checked })} />;
}

/** A group of ticks that fills a list at a dotted answer path; items may be strings or indexes. `idPrefix` keeps ids unique when several groups fill one list. */
export function TickList(props: SiteQuestionProps & { path: string; legend: string; hint?: string; idPrefix?: string; items: readonly { value: string | number; label: ComponentChildren }[] }) {
  const { context, send, path, legend, hint, items, idPrefix = fieldId(path) } = props;
  const selected = (getAt(context.form, path) as (string | number)[] | undefined) ?? [];
  return (
    <fieldset class="wizard-fieldset site-ticks">
      <legend class="wizard-legend">{legend}</legend>
      {hint && <p class="wizard-hint">{hint}</p>}
      {items.map((item, index) => (
        <Checkbox
          key={String(item.value)}
          id={`${idPrefix}-${index}`}
          label={item.label}
          checked={selected.includes(item.value)}
          onChange={(checked) => send({ type: 'choice.toggle', path, item: item.value, checked })}
        />
      ))}
    </fieldset>
  );
}
