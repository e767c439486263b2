// Plain ESM so that both eslint.config.js (run by Node as is) and src/architecture.test.ts can import it.

/** Browser globals that pure modules never name (the architecture test and ESLint's no-restricted-globals). */
export const DOM_GLOBALS = Object.freeze([
  'document',
  'window',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'HTMLElement',
  'customElements',
]);
