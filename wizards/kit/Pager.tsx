/**
 * 上一页 / 第 N / M 页 / 下一页 for a long list shown a page at a time. Long lists are paged,
 * not drawn whole: a page with tens of thousands of inputs freezes the tab (Chromium saves
 * every form control's state on each history entry, so even the step change takes seconds).
 */

/** Props of the pager. */
export interface PagerProps {
  /** What is paged, for screen readers: e.g. 「表格分页」. */
  label: string;
  /** Zero-based page shown. */
  page: number;
  pageCount: number;
  /** Written after the page numbers, e.g. 「（共 120 行）」. */
  extra?: string;
  onPage: (page: number) => void;
}

/** Render the pager, or nothing when everything fits on one page. */
export function Pager({ label, page, pageCount, extra, onPage }: PagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} class="wizard-pager">
      <button type="button" class="wizard-button wizard-button--secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        上一页
      </button>{' '}
      <span>
        第 {page + 1} / {pageCount} 页{extra}
      </span>{' '}
      <button type="button" class="wizard-button wizard-button--secondary" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        下一页
      </button>
    </nav>
  );
}
