import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, progressModeFor } from '../../src/run/progress.ts';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += String(d)));
  return { stream, text: () => text };
}

describe('createProgress(mode, stream, prefix)', () => {
  it('prints one plain line per stage without a TTY', () => {
    const { stream, text } = capture();
    const p = createProgress('lines', stream, 'seeds: ');
    p.stage('read', 0, 5);
    p.stage('read', 3, 5);
    p.stage('terms', 0, 765);
    p.stop();
    expect(text()).toBe('seeds: read (5)\nseeds: terms (765)\n');
  });

  it('prints nothing when quiet', () => {
    const { stream, text } = capture();
    const p = createProgress('quiet', stream, '');
    p.stage('read', 0, 5);
    p.log('hello');
    expect(text()).toBe('');
  });
});

describe('progressModeFor(stream, quiet)', () => {
  it('chooses a bar on a TTY, lines elsewhere, nothing when quiet', () => {
    expect(progressModeFor({ isTTY: true }, false)).toBe('bar');
    expect(progressModeFor({ isTTY: false }, false)).toBe('lines');
    expect(progressModeFor({ isTTY: true }, true)).toBe('quiet');
  });
});
