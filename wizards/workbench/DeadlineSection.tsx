/**
 * 接下来的时间节点, whose code (the timeline's milestones and date rules) loads when
 * the section comes into view, as Astro's `client:visible` would: it sits below the
 * task list, and the page's first JavaScript stays within its budget (issue 15).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Workspace } from '../../src/domain/workspace/schema';

type DeadlinesModule = typeof import('./DeadlineList');

/** The section: its heading at once, the deadlines when it is in view. */
export function DeadlineSection({ workspace, today }: { workspace: Workspace; today: string }) {
  const section = useRef<HTMLElement>(null);
  const [view, setView] = useState<DeadlinesModule | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const load = () => void import('./DeadlineList').then(setView, () => setFailed(true));
    if (typeof IntersectionObserver === 'undefined') return load();
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    });
    observer.observe(section.current!);
    return () => observer.disconnect();
  }, []);

  return (
    <section ref={section} aria-labelledby="workbench-deadlines-title" aria-busy={!view && !failed}>
      <h2 id="workbench-deadlines-title">接下来的时间节点</h2>
      {view ? (
        <view.Deadlines workspace={workspace} today={today} />
      ) : failed ? (
        <p class="wizard-error-message">时间节点没有载入（可能是网络断开了），请刷新页面再试。保存的工作不受影响。</p>
      ) : (
        <p class="wizard-loading">正在排列时间节点…</p>
      )}
    </section>
  );
}
