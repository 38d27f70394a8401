/**
 * In demo mode, the sample school's file offered right where a wizard asks for an upload (the
 * course page offers the same files): a trainee need not look for it elsewhere. Nothing is
 * shown with the user's own work. The files' names and descriptions (mostly Chinese text,
 * which compresses poorly) load only in demo mode, so they weigh nothing on a wizard page's
 * first JavaScript for a school at work on its own data.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DemoFileKey } from '../../src/domain/training/schema';
import { isDemoPage } from '../kit/work-mode';
import type { DemoFile } from './demo-files';

/** A download link to the sample file `file`, only in demo mode (once its name has loaded). */
export function DemoFileOffer({ file }: { file: DemoFileKey }) {
  const isDemo = isDemoPage();
  const [offered, setOffered] = useState<DemoFile | null>(null);
  useEffect(() => {
    if (!isDemo) return;
    let isCurrent = true;
    void import('./demo-files').then(({ demoFiles }) => isCurrent && setOffered(demoFiles[file]));
    return () => {
      isCurrent = false;
    };
  }, [isDemo, file]);
  if (!isDemo || !offered) return null;
  const { href, fileName, description } = offered;
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
