/**
 * 「接下来」 on every result screen: the wizard that comes next in the school's
 * year (the catalog's order), what it produces, and a link to it. The last wizard
 * has none.
 */
import { getWizard, type WizardSlug } from '../catalog';
import { getNextWizard, linkToWizard } from './wizard-links';

/**
 * When the next wizard's work starts, where it does not follow at once: review and
 * certificates come after the exam (manual: 成绩复查 after the scores are published,
 * 证书签发 after they are final).
 */
const startsWhen: Partial<Record<WizardSlug, string>> = {
  review: '考试结束、平台公布成绩后',
  certificates: '成绩确认（复查结束）后',
};

/** Render what comes next after `current`, or nothing after the last wizard. */
export function NextWizard({ current }: { current: WizardSlug }) {
  const next = getNextWizard(current);
  if (!next) return null;
  const { href, title } = linkToWizard(next);
  return (
    <section class="wizard-next" aria-labelledby="wizard-next-title">
      <h3 id="wizard-next-title">接下来</h3>
      <p>
        {startsWhen[next] ? `${startsWhen[next]}：` : ''}
        {getWizard(next).produces}
      </p>
      <p>
        <a class="wizard-button" href={href}>
          打开「{title}」向导
        </a>
      </p>
    </section>
  );
}
