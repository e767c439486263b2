// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { sidebar } from './src/navigation/sidebar.ts';
import { baseLinks } from './src/integrations/base-links.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { csp } from './src/integrations/csp.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { lessonSections } from './src/integrations/lesson-sections.ts';
import { stripRuleDocsPlugin } from './src/integrations/strip-rule-docs.ts';

// Deploying under a sub-path (for example a GitHub Pages project site) needs two settings:
//   SITE_URL=https://example.github.io BASE_PATH=/ecs-dojo npm run build
// Both are optional; without them the site is built for the root of any host.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  ...(base ? { base } : {}),
  trailingSlash: 'ignore',
  // No network at run time: Astro's dev toolbar and telemetry stay off in the shipped site.
  devToolbar: { enabled: false },
  // Starlight turns on Astro's prefetch of every link (1.1 KB gzipped on every page). The service
  // worker already precaches the whole course on the first visit, so later pages come from its
  // cache and the prefetch script only repeated that work: it stays off to keep lessons light.
  prefetch: false,
  // A lesson's content between headings becomes a section the browser may skip laying out while it
  // is far from the screen (see the plugin).
  markdown: { processor: satteri({ hastPlugins: [lessonSections] }) },
  // The rules' catalogue text (summary, note, AWS quote) stays out of the browser's grader: only the
  // rules page, built on the server, and the CLI show it (see the plugin).
  vite: { plugins: [stripRuleDocsPlugin()] },
  integrations: [
    starlight({
      title: { ja: 'ECS Dojo', en: 'ECS Dojo' },
      description: 'Amazon ECS を手を動かして学ぶコースとシミュレーター',
      defaultLocale: 'root',
      locales: {
        root: { label: '日本語', lang: 'ja' },
        en: { label: 'English', lang: 'en' },
      },
      logo: { src: './src/assets/logo.svg', alt: 'ECS Dojo' },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/theme.css', './src/styles/diagrams.css', './src/styles/widgets.css'],
      components: {
        // Starlight 0.42's search button has an accessible name ("Search") that omits its visible
        // "Ctrl K" text, which fails WCAG 2.5.3 (axe: label-content-name-mismatch). See the override.
        Search: './src/components/overrides/Search.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Guards Starlight's theme script where the browser refuses site storage (see the override).
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
      },
      expressiveCode: {
        themes: ['github-dark', 'github-light'],
        shiki: { langs: [] },
      },
      pagefind: true,
      lastUpdated: false,
      sidebar,
    }),
    baseLinks(),
    // Last: the policy hashes each page's inline scripts as they finally are.
    csp(),
    // After every step that changes files: sw.js lists the final files with their hashes.
    serviceWorker(),
  ],
});
