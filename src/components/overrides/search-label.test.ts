import { describe, expect, it } from 'vitest';
import { nameSearchButtonFromContent } from './search-label.ts';

const starlight =
  '<site-search><button data-open-modal disabled aria-label="検索" aria-keyshortcuts="Control+K" class="a"><svg aria-hidden="true"></svg><span aria-hidden="true">検索</span><kbd style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="検索"><button data-close-modal>Cancel</button></dialog></site-search>';

describe('nameSearchButtonFromContent', () => {
  it('moves the open button’s aria-label into its content, for screen readers only', () => {
    const out = nameSearchButtonFromContent(starlight);
    expect(out).toContain(
      '<button data-open-modal disabled aria-keyshortcuts="Control+K" class="a"><span class="sr-only">検索</span><svg',
    );
    // The dialog keeps its own label; the close button is left alone.
    expect(out).toContain('<dialog aria-label="検索">');
    expect(out).toContain('<button data-close-modal>Cancel</button>');
  });

  it('keeps an escaped label escaped', () => {
    const out = nameSearchButtonFromContent('<button data-open-modal aria-label="A &amp; B">x</button>');
    expect(out).toBe('<button data-open-modal><span class="sr-only">A &amp; B</span>x</button>');
  });

  it('fails the build when Starlight’s markup changes', () => {
    expect(() => nameSearchButtonFromContent('<button data-open-modal>Search</button>')).toThrow(
      /no search button/,
    );
  });
});
