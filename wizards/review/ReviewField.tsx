/** One answer of the review form: a text box, or a date box, bound to the machine's `answer.set`; used by the plan, deadline and contact screens. */
import { DateField } from '../kit/DateField';
import { errorFor, TextField } from '../kit/Fields';
import type { ReviewScreenProps } from './screen-props';
import type { ReviewField } from './steps';

export function Field({ context, send, id, label, hint, size, isDate = false }: Pick<ReviewScreenProps, 'context' | 'send'> & { id: ReviewField; label: string; hint?: string; size?: number; isDate?: boolean }) {
  if (isDate) return <DateField id={id} label={label} hint={hint} value={context.form[id]} error={errorFor(context.errors, id)} onInput={(value) => send({ type: 'answer.set', field: id, value })} />;
  return <TextField id={id} label={label} hint={hint} size={size} value={context.form[id]} error={errorFor(context.errors, id)} onInput={(value) => send({ type: 'answer.set', field: id, value })} />;
}
