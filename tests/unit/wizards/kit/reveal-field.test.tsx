// @vitest-environment happy-dom
/**
 * A link to a field on another page of a paged list: `showField` asks, the list holding
 * the field turns to its page, and the field is focused once drawn.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { showField, useFieldReveal, type FocusField } from '../../../../wizards/kit/reveal-field';

/** A list of `count` text boxes `item-0`…, five to a page. */
function PagedList({ count }: { count: number }) {
  const [page, setPage] = useState(0);
  useFieldReveal(
    (fieldId) => {
      const index = /^item-(\d+)$/.exec(fieldId)?.[1];
      return index !== undefined && Number(index) < count ? Math.floor(Number(index) / 5) : null;
    },
    setPage,
    page,
  );
  const shown = Array.from({ length: count }, (_, index) => index).slice(page * 5, page * 5 + 5);
  return (
    <div data-page={page}>
      {shown.map((index) => (
        <input key={index} id={`item-${index}`} aria-label={`第 ${index} 项`} />
      ))}
    </div>
  );
}

const roots: HTMLElement[] = [];
afterEach(() => roots.splice(0).forEach((root) => (render(null, root), root.remove())));

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => render(node, root));
  return root;
}

/** Focus as a link would, recording what was focused. */
function recordingFocus(): { focus: FocusField; focused: string[] } {
  const focused: string[] = [];
  return {
    focused,
    focus: (field) => {
      field.focus();
      focused.push(field.id);
      return true;
    },
  };
}

describe('showField', () => {
  test('focuses a field that is drawn, without asking any list', () => {
    mount(<PagedList count={12} />);
    const { focus, focused } = recordingFocus();
    expect(showField('item-3', focus)).toBe(true);
    expect(focused).toEqual(['item-3']);
    expect(document.activeElement?.id).toBe('item-3');
  });

  test('turns the list holding the field to its page, then focuses the field', () => {
    const root = mount(<PagedList count={12} />);
    const { focus, focused } = recordingFocus();
    let handled = false;
    act(() => {
      handled = showField('item-11', focus);
    });
    expect(handled).toBe(true);
    expect(root.querySelector('[data-page]')?.getAttribute('data-page')).toBe('2');
    expect(focused).toEqual(['item-11']);
    expect(document.activeElement?.id).toBe('item-11');
  });

  test('focuses the same field again on a second request', () => {
    mount(<PagedList count={12} />);
    const { focus, focused } = recordingFocus();
    act(() => void showField('item-7', focus));
    (document.activeElement as HTMLElement).blur();
    act(() => void showField('item-7', focus));
    expect(focused).toEqual(['item-7', 'item-7']);
  });

  test('says no list holds a field that is nowhere, and changes no page', () => {
    const root = mount(<PagedList count={12} />);
    const { focus, focused } = recordingFocus();
    expect(showField('item-40', focus)).toBe(false);
    expect(showField('', focus)).toBe(false);
    expect(root.querySelector('[data-page]')?.getAttribute('data-page')).toBe('0');
    expect(focused).toEqual([]);
  });

  test('reaches the right list when a screen has two', () => {
    const first = mount(<PagedList count={3} />);
    const second = mount(<PagedList count={12} />);
    const { focus } = recordingFocus();
    // item-1 is drawn in the first list: the second list is never asked.
    expect(showField('item-1', focus)).toBe(true);
    act(() => void showField('item-9', focus));
    expect(first.querySelector('[data-page]')?.getAttribute('data-page')).toBe('0');
    expect(second.querySelector('[data-page]')?.getAttribute('data-page')).toBe('1');
    expect(document.activeElement?.id).toBe('item-9');
  });

  test('stops answering once the list is gone', () => {
    const root = mount(<PagedList count={12} />);
    act(() => render(null, root));
    expect(showField('item-11', recordingFocus().focus)).toBe(false);
  });
});
