import { readFileSync } from 'node:fs';

/** The tool's name and version, recorded in every file dutylens writes. */
export const TOOL = {
  name: 'dutylens' as const,
  version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
};
