/**
 * `<site-search>` (Search.astro): opens and closes the search dialog (button, Ctrl+K
 * or ⌘K, 取消, Escape, a click outside or on a result) and hands the typed query to
 * the search box, which loads with Pagefind the first time the dialog opens. This
 * file is on every page, so it stays small; search-box.ts is loaded on demand.
 */

type SearchBox = import('./search-box').SearchBox;

class SiteSearch extends HTMLElement {
  #box: Promise<SearchBox> | undefined;

  connectedCallback() {
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;
    const input = this.querySelector<HTMLInputElement>('[data-search-input]')!;

    // Apple keyboards show ⌘ for the shortcut (navigator.platform: user agents are spoofed by devtools).
    if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
      this.querySelector('[data-platform-key]')!.textContent = '⌘';
      openButton.setAttribute('aria-keyshortcuts', 'Meta+K');
    }

    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      const onLink = target instanceof Element && target.closest('a') !== null;
      if (onLink || (document.body.contains(target) && !frame.contains(target))) dialog.close();
    };
    const open = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      void this.#loadBox();
    };
    openButton.addEventListener('click', open);
    openButton.disabled = false;
    closeButton.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else open();
      }
    });

    // Search as the user types; while an input method is composing (拼音 letters), wait for the characters.
    const search = () => void this.#loadBox().then((box) => box.search(input.value));
    input.addEventListener('input', (event) => {
      if (!(event as InputEvent).isComposing) search();
    });
    input.addEventListener('compositionend', search);
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#loadBox().then((box) => box.openFirstResult());
    });
  }

  /** Load the search box (and through it Pagefind) once. */
  #loadBox(): Promise<SearchBox> {
    this.#box ??= import('./search-box').then(({ createSearchBox }) =>
      createSearchBox({
        base: this.dataset.base ?? '/',
        status: this.querySelector('[data-search-status]')!,
        results: this.querySelector('[data-search-results]')!,
      }),
    );
    return this.#box;
  }
}

customElements.define('site-search', SiteSearch);
