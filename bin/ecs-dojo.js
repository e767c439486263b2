#!/usr/bin/env node
// The `ecs-dojo` command from a checkout: Node.js 22.18 or later runs the TypeScript sources
// directly (type stripping). Older versions, or a copy under node_modules (where Node does not strip
// types), get one line saying what to do instead of a stack trace.
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < 22 || (parts[0] === 22 && parts[1] < 18)) {
  console.error(
    'ecs-dojo: Node.js 22.18 or later is needed to run from a checkout (this is ' +
      process.version +
      '); or build the package with `npm run build:cli`, which runs on Node.js 20 or later.',
  );
  process.exit(2);
}
import('../src/cli/main.ts').then(
  function (m) {
    process.exitCode = m.run(process.argv.slice(2));
  },
  function (e) {
    var code = e && e.code ? ' (' + e.code + ')' : '';
    console.error(
      'ecs-dojo: cannot load the TypeScript sources' +
        code +
        '; inside node_modules Node.js does not strip types: install the built package (packages/lint) instead.',
    );
    process.exit(2);
  },
);
