/** One A4 page of a printable document: a sheet on screen, one page in print. */
import type { ComponentChildren } from 'preact';

/** Props of a page. */
export interface A4PageProps {
  /** Accessible name of the page, e.g. 签到表 第 2 页. */
  label: string;
  /** Small print at the foot of the page: where it comes from, page x of y. */
  footer?: { left: ComponentChildren; right?: ComponentChildren };
  children: ComponentChildren;
}

/** Render one page. */
export function A4Page({ label, footer, children }: A4PageProps) {
  return (
    <section class="print-page" aria-label={label}>
      {children}
      {footer && (
        <div class="print-footer">
          <span>{footer.left}</span>
          {footer.right && <span>{footer.right}</span>}
        </div>
      )}
    </section>
  );
}
