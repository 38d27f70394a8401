// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { lazyScreen } from '../../../../wizards/kit/lazy-screen';

const Greeting = ({ name }: { name: string }) => <h2>你好，{name}</h2>;

/** A load the test settles by hand, to see each state in turn. */
function deferredLoad() {
  let settle!: { resolve: (component: typeof Greeting) => void; reject: (error: Error) => void };
  let calls = 0;
  const load = () => {
    calls += 1;
    return new Promise<typeof Greeting>((resolve, reject) => (settle = { resolve, reject }));
  };
  return { load, settle: () => settle, calls: () => calls };
}

/** Let the chained promise callbacks of a settled load run. */
const afterPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

async function mount(element: preact.JSX.Element) {
  const root = document.createElement('div');
  await act(() => render(element, root));
  return root;
}

describe('lazyScreen', () => {
  test('shows a loading status, then the screen with its props once loaded', async () => {
    const { load, settle } = deferredLoad();
    const Screen = lazyScreen(load);
    const root = await mount(<Screen name="张三" />);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('正在加载…');
    await act(async () => {
      settle().resolve(Greeting);
      await afterPromises();
    });
    expect(root.querySelector('h2')?.textContent).toBe('你好，张三');
  });

  test('renders at once, without loading again, after the first load', async () => {
    const { load, settle, calls } = deferredLoad();
    const Screen = lazyScreen(load);
    await mount(<Screen name="张三" />);
    await act(async () => {
      settle().resolve(Greeting);
      await afterPromises();
    });
    const second = await mount(<Screen name="李四" />);
    expect(second.querySelector('h2')?.textContent).toBe('你好，李四');
    expect(calls()).toBe(1);
  });

  test('says the saved work is safe when loading fails, and tries again on the next showing', async () => {
    const { load, settle, calls } = deferredLoad();
    const Screen = lazyScreen(load);
    const root = await mount(<Screen name="张三" />);
    await act(async () => {
      settle().reject(new Error('offline'));
      await afterPromises();
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('已填写的内容都已保存');
    await mount(<Screen name="张三" />);
    expect(calls()).toBe(2);
  });
});
