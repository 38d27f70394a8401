/**
 * A wizard screen whose code loads the first time it is shown. Later screens
 * (tables, results) then stay out of the JavaScript a page loads before the
 * user acts; they come from the site's own origin in a blink when needed.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type LoadState = 'loading' | 'ready' | 'failed';

/** Wrap `load` (a dynamic import picking one component) as a component that renders it once loaded. */
export function lazyScreen<Props extends object>(load: () => Promise<FunctionComponent<Props>>): FunctionComponent<Props> {
  let loaded: FunctionComponent<Props> | undefined;
  let loading: Promise<FunctionComponent<Props>> | undefined;
  const start = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed load (a network cut before the site was cached) may succeed on the next try.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };

  return function LazyScreen(props: Props) {
    const [state, setState] = useState<LoadState>(loaded ? 'ready' : 'loading');
    useEffect(() => {
      if (loaded) return;
      let isCurrent = true;
      start().then(
        () => isCurrent && setState('ready'),
        () => isCurrent && setState('failed'),
      );
      return () => {
        isCurrent = false;
      };
    }, []);
    const Screen = loaded;
    if (Screen) return <Screen {...props} />;
    if (state === 'failed') {
      return (
        <p class="wizard-loading" role="alert">
          这一步的页面没有加载成功，可能是网络中断了。已填写的内容都已保存，请检查网络后刷新页面。
        </p>
      );
    }
    return (
      <p class="wizard-loading" role="status">
        正在加载…
      </p>
    );
  };
}
