#!/usr/bin/env node
// Written for any Node.js version, so that an old one gets one line instead of a syntax error.
'use strict';
var major = Number(String(process.versions.node).split('.')[0]);
if (!(major >= 20)) {
  process.stderr.write(
    'ecs-dojo: Node.js 20 or later is needed (this is ' + process.version + '). See https://nodejs.org/\n',
  );
  process.exit(2);
}
var entry = require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', 'dist', 'cli.mjs'));
import(entry.href).then(
  function (m) {
    process.exitCode = m.run(process.argv.slice(2));
  },
  function (e) {
    process.stderr.write('ecs-dojo: cannot start (' + (e && e.message ? e.message : String(e)) + ')\n');
    process.exit(2);
  },
);
