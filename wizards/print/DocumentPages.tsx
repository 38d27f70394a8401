/**
 * The pages of one document: each page gets the document's footer (site,
 * document name, page x of y), so a loose page can always be put back.
 */
import type { ComponentChildren } from 'preact';
import { A4Page } from './A4Page';
import { formatPageNumber } from './paging';

/** Props: the document's name, the site, and one render function per page. */
export interface DocumentPagesProps {
  documentName: string;
  siteName: string;
  pages: ReadonlyArray<() => ComponentChildren>;
}

/** Render every page of a document with its footer. */
export function DocumentPages({ documentName, siteName, pages }: DocumentPagesProps) {
  return (
    <>
      {pages.map((renderPage, index) => (
        <A4Page
          key={index}
          label={`${documentName} ${formatPageNumber(index, pages.length)}`}
          footer={{ left: [siteName, documentName].filter(Boolean).join(' · '), right: formatPageNumber(index, pages.length) }}
        >
          {renderPage()}
        </A4Page>
      ))}
    </>
  );
}
