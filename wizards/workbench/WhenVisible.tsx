/**
 * A section whose code loads when it comes into view, as Astro's `client:visible`
 * would: the sections below the task list (the deadlines, the findings, keeping the work safe)
 * keep the page's first JavaScript within its budget (issue 15: 30 KB).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Props: the heading, the code to load, and what to show with it. */
export interface WhenVisibleProps<TModule> {
  id: string;
  title: string;
  load: () => Promise<TModule>;
  render: (module: TModule) => ComponentChildren;
}

/** The section: its heading at once, its content once its code is loaded. */
export function WhenVisible<TModule>({ id, title, load, render }: WhenVisibleProps<TModule>) {
  const section = useRef<HTMLElement>(null);
  const [module, setModule] = useState<{ loaded: TModule } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const start = () => void load().then((loaded) => setModule({ loaded }), () => setFailed(true));
    if (typeof IntersectionObserver === 'undefined') return start();
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start();
    });
    observer.observe(section.current!);
    return () => observer.disconnect();
  }, []);

  return (
    <section ref={section} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {module ? (
        render(module.loaded)
      ) : failed ? (
        <p class="wizard-error-message">这一部分没有载入（可能是网络断开了），请刷新页面再试。保存的工作不受影响。</p>
      ) : (
        <p class="wizard-loading">正在载入…</p>
      )}
    </section>
  );
}
