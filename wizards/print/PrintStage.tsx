/**
 * A printable document on screen: 返回 and 打印 above a preview of its A4 pages.
 * While it is shown, printing (the button or Ctrl+P) prints only the pages.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './print.css';

/** Class on <html> that switches print styles to "this document only". */
export const printDocumentOpenClass = 'print-document-open';

/** Props of the print stage. */
export interface PrintStageProps {
  title: string;
  /** Called by 返回. */
  onBack: () => void;
  /** One line under the title: what the document is and how many pages. */
  summary?: ComponentChildren;
  children: ComponentChildren;
}

/** Show a document's pages with 返回 and 打印; moves focus to its title. */
export function PrintStage({ title, onBack, summary, children }: PrintStageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(printDocumentOpenClass);
    // The document replaces the screen in place: move focus so screen readers announce it.
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
    return () => root.classList.remove(printDocumentOpenClass);
  }, []);
  return (
    <div class="print-stage">
      <div class="print-toolbar">
        <button type="button" class="wizard-back-link" onClick={onBack}>
          返回
        </button>
        <h2 class="wizard-step-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        {summary && <p class="wizard-hint">{summary}</p>}
        <p class="wizard-hint">下面每一页都按 A4 纸排好。点「打印」后选择打印机，或在打印窗口中选择「另存为 PDF」。</p>
        <div class="wizard-actions">
          <button type="button" class="wizard-button" onClick={() => window.print()}>
            打印
          </button>
        </div>
      </div>
      {/* not-content: Starlight's article styles (table display, spacing) must not reach the printed page. */}
      <div class="print-pages not-content">{children}</div>
    </div>
  );
}
