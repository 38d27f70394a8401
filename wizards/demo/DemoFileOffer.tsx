/**
 * In demo mode, the sample school's file offered right where a wizard asks for an upload (the
 * course page offers the same files): a trainee need not look for it elsewhere. Nothing is
 * shown with the user's own work.
 */
import type { DemoFileKey } from '../../src/domain/training/schema';
import { isDemoPage } from '../kit/work-mode';
import { demoFiles } from './demo-files';

/** A download link to the sample file `file`, only in demo mode. */
export function DemoFileOffer({ file }: { file: DemoFileKey }) {
  if (!isDemoPage()) return null;
  const { href, fileName, description } = demoFiles[file];
  return (
    <p class="wizard-hint">
      演示数据：{description}可以先
      <a href={href} download={fileName}>
        下载「{fileName}」
      </a>
      ，再在下面选择它。
    </p>
  );
}
