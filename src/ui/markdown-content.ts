/**
 * What the page's Markdown content needs from a script, on every page. (It ships on every page, so
 * it is kept small: the lesson budget is 15 KB of JavaScript.)
 *
 * 1. Tables and code blocks that scroll sideways get tabindex="0", so Tab reaches them and the arrow
 *    keys scroll them (WCAG 2.1.1; axe: scrollable-region-focusable). Expressive Code's own script
 *    does the same for code blocks only when the browser is next idle, which can be seconds after load
 *    on a busy phone; it also removes the attribute itself when a block stops overflowing.
 * 2. On a lesson, the content between headings is a section whose layout the browser skips while it
 *    is far from the screen (src/integrations/lesson-sections.ts). Measuring a skipped section would
 *    force its layout and undo that saving, so its tables and code blocks keep a tab stop until the
 *    browser draws the section (the `contentvisibilityautostatechange` event), and are measured then.
 *    An element that has focus keeps its tab stop.
 * 3. A jump to an anchor (a table-of-contents link, a heading's link, back and forward) lands where
 *    the browser placed the target from the sections' estimated heights; the sections around it are
 *    then drawn and the target moves. The page follows the target until it stays put, and stops as
 *    soon as the reader scrolls.
 */

const SCROLLABLE = 'table, .expressive-code pre';

/** Tab stops for the scrollable tables and code blocks under `root`; all of them when unmeasured. */
function markScrollables(root: ParentNode, unmeasured = false): void {
  for (const element of root.querySelectorAll(SCROLLABLE)) {
    // A 1 px rounding difference is not worth a tab stop for a table; Expressive Code counts any.
    const slack = element.tagName === 'PRE' ? 0 : 1;
    if (unmeasured || element.scrollWidth > element.clientWidth + slack)
      element.setAttribute('tabindex', '0');
    else if (element !== document.activeElement) {
      element.removeAttribute('tabindex');
      // Expressive Code names a focusable code block a region; a table keeps whatever role it has.
      if (element.tagName === 'PRE') element.removeAttribute('role');
    }
  }
}

/**
 * Keeps `target` at the top (under the site's header) while the layout moves it, for up to 40 frames,
 * until it stays put for 3. The reader has the last word: once the page scrolls by anything but this
 * function (a finger, the wheel, a key), it stops.
 */
function followTarget(target: Element): void {
  let frames = 0;
  let still = 0;
  let top = NaN;
  let y = scrollY;
  const step = () => {
    if (Math.abs(scrollY - y) > 1) return;
    if (Math.abs(target.getBoundingClientRect().top - top) < 1) still += 1;
    else {
      still = 0;
      target.scrollIntoView();
      top = target.getBoundingClientRect().top;
      y = scrollY;
    }
    if (++frames < 40 && still < 3) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** The element the address's fragment names, if any. */
function hashTarget(): Element | null {
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null;
  }
}

/** Starts on the page's Markdown content. */
export function startMarkdownContent(): void {
  const content = document.querySelector('.sl-markdown-content');
  if (!content) return;
  const sections = content.querySelectorAll(':scope > .dojo-section');
  // Sections already drawn when this runs (the events below tell of every later change).
  const drawn = new Set(
    [...sections].filter((section) =>
      section.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }),
    ),
  );
  const markAll = () => {
    if (sections.length === 0) markScrollables(content);
    for (const section of sections) markScrollables(section, !drawn.has(section));
  };
  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      const section = event.target as Element;
      if ((event as Event & { skipped: boolean }).skipped) drawn.delete(section);
      else {
        drawn.add(section);
        markScrollables(section);
      }
    },
    true,
  );
  markAll();
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(markAll, 150);
  });
  // On arrival with an anchor in the address the browser itself keeps the target in place until the
  // page has loaded; later jumps (a link, back and forward) need the help.
  if (sections.length > 0)
    addEventListener('hashchange', () => {
      const target = hashTarget();
      if (target) followTarget(target);
    });
}
