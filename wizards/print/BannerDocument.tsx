/** 横幅 text per level (手册 第四章 二 1), one A4 page each, to print or to hand to a banner maker. */
import { formatBanner } from '../../src/domain/certificate/rules';
import type { Level } from '../../src/domain/certificate/schema';
import { DocumentPages } from './DocumentPages';

/** Document name. */
export const bannerDocumentName = '横幅文字';

/** One page per level with the banner text. */
export function BannerDocument({ levels, siteName }: { levels: readonly Level[]; siteName: string }) {
  return (
    <DocumentPages
      documentName={bannerDocumentName}
      siteName={siteName}
      pages={levels.map((level) => () => <p class="print-banner">{formatBanner(level)}</p>)}
    />
  );
}
