import { createRequire } from 'node:module';

// package.json is two folders up from src/util and from dist/util alike; require reads JSON without this layer doing file I/O itself.
const packageJson = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The tool's name and version, recorded in every file dutylens writes. */
export const TOOL = {
  name: 'dutylens' as const,
  version: packageJson.version,
};
