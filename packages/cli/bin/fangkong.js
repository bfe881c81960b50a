#!/usr/bin/env node
// The published entry point: everything, including the exit code, is decided in dist/index.js.
import module from 'node:module';

// Node 22.1+ keeps the compiled code of the modules between runs (a no-op on Node 20).
module.enableCompileCache?.();

const { main } = await import('../dist/index.js');
main();
