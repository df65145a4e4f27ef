#!/usr/bin/env node
// The dutylens command. An installed package runs the JavaScript compiled to
// dist/ at build time (`npm run build`, run by `prepare` before `npm pack` and
// on a git install), so a start costs no compilation. A checkout of the
// repository (src/ beside dist/, tsx installed) runs the TypeScript sources
// through tsx instead, so the command and the tests never run a stale build.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const source = new URL('../src/cli/main.ts', import.meta.url);
const built = new URL('../dist/cli/main.js', import.meta.url);

if (existsSync(source) && hasTsx()) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  console.error('dutylens: dist/cli/main.js is missing: build it with `npm run build`');
  process.exitCode = 70;
}

/** True when tsx (a development dependency) is installed. */
function hasTsx() {
  try {
    createRequire(import.meta.url).resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}
