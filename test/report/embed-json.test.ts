import { describe, expect, it } from 'vitest';
import { embedJson } from '../../src/report/embed-json.ts';

describe('embedJson', () => {
  const nasty = { t: '<script>alert(1)</script> </script> <!-- &amp; "q" \'s\' \u2028 \u2029 end' };

  it('embedJson(value) contains no <, >, &, U+2028 or U+2029', () => {
    const json = embedJson(nasty);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u2028');
  });

  it('embedJson(value) parses back to the same value', () => {
    expect(JSON.parse(embedJson(nasty))).toEqual(nasty);
  });
});
