import { createRequire } from 'node:module';
import type Natural from 'natural';

const require = createRequire(import.meta.url);
let lib: typeof Natural | null = null;
let stopwords: ReadonlySet<string> | null = null;

/**
 * natural, loaded on first use. It takes half a second to import (it pulls in
 * storage back-ends dutylens never uses), and only English text needs it, so a
 * run over Chinese documents never pays for it.
 */
export function natural(): typeof Natural {
  return (lib ??= require('natural') as typeof Natural);
}

/** natural's general English stopword list, as a set. */
export function naturalStopwords(): ReadonlySet<string> {
  return (stopwords ??= new Set(natural().stopwords));
}
