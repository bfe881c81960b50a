#!/usr/bin/env node
// The published entry point: everything, including the exit code, is decided in dist/index.js.
import { main } from '../dist/index.js';

main();
