/**
 * Internal links and anchors: which `href`s stay on the site, which built file each one reaches, and
 * whether its `#anchor` is an id on that page. Pure functions over what the crawl collected.
 */

export type LinkTarget =
  { kind: 'internal'; path: string; hash: string } | { kind: 'external'; url: string } | { kind: 'ignored' };

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Classifies an `href` found on the page at `pageUrl` (an absolute URL of the crawled site). */
export function classifyLink(href: string, pageUrl: string): LinkTarget {
  const trimmed = href.trim();
  if (trimmed === '' || /^(mailto|tel|javascript|data|blob):/i.test(trimmed)) return { kind: 'ignored' };
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
  } catch {
    return { kind: 'ignored' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'ignored' };
  if (url.origin !== new URL(pageUrl).origin) return { kind: 'external', url: url.href };
  return { kind: 'internal', path: decode(url.pathname), hash: decode(url.hash.slice(1)) };
}

/**
 * The built file (relative to the build folder) that serves `path`, as a static host does:
 * `/a/` → `a/index.html`, `/a` → `a`, `a/index.html` or `a.html`. Undefined when none exists.
 */
export function builtFileFor(path: string, files: ReadonlySet<string>): string | undefined {
  const relative = path.replace(/^\/+/, '');
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** The URL path at which a built HTML file is served: `a/index.html` → `/a/`. */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** What the crawl saw on one page: its path, every link's `href` and every element id. */
export interface PageLinks {
  path: string;
  hrefs: readonly string[];
  ids: readonly string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'no such page' | 'no such anchor';
}

/** `#top` (any case) always scrolls to the top of a document, with or without such an id. */
const alwaysValidAnchor = (hash: string) => hash === '' || hash.toLowerCase() === 'top';

/**
 * Every internal link of `pages` whose target is not a built file, or whose anchor is not an id on
 * the target page. `origin` is the crawled site's origin; `files` lists the build's files.
 */
export function findBrokenLinks(
  pages: readonly PageLinks[],
  files: ReadonlySet<string>,
  origin: string,
): BrokenLink[] {
  const idsByFile = new Map<string, ReadonlySet<string>>();
  for (const page of pages) {
    const file = builtFileFor(page.path, files);
    if (file) idsByFile.set(file, new Set(page.ids));
  }
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of new Set(page.hrefs)) {
      const target = classifyLink(href, `${origin}${page.path}`);
      if (target.kind !== 'internal') continue;
      const file = builtFileFor(target.path, files);
      if (!file) {
        broken.push({ page: page.path, href, reason: 'no such page' });
        continue;
      }
      const ids = idsByFile.get(file);
      if (ids && !alwaysValidAnchor(target.hash) && !ids.has(target.hash)) {
        broken.push({ page: page.path, href, reason: 'no such anchor' });
      }
    }
  }
  return broken;
}

/** Built HTML pages that no other page links to (the crawl visits them anyway). */
export function orphanPages(
  pages: readonly PageLinks[],
  files: ReadonlySet<string>,
  origin: string,
): string[] {
  const linked = new Set<string>();
  for (const page of pages) {
    for (const href of page.hrefs) {
      const target = classifyLink(href, `${origin}${page.path}`);
      if (target.kind !== 'internal' || target.path === page.path) continue;
      const file = builtFileFor(target.path, files);
      if (file) linked.add(file);
    }
  }
  return [...files]
    .filter((file) => file.endsWith('.html') && file !== '404.html' && !linked.has(file))
    .map(pathOfFile)
    .sort();
}
