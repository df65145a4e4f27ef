#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the package needs no build step.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
