#!/usr/bin/env node
// Shim for the `ecs-dojo` command. Node ≥ 22.18 runs the TypeScript sources directly (type stripping).
import { run } from '../src/cli/main.ts';

process.exitCode = run(process.argv.slice(2));
