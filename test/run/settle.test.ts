import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, ENGLISH_THRESHOLDS } from '../../src/run/defaults.ts';
import { flagLayer, settleOptions } from '../../src/run/settle.ts';
import { InputError } from '../../src/util/errors.ts';

const EN = [{ language: 'en' as const }];
const ZH = [{ language: 'zh' as const }, { language: 'en' as const }];

describe('settleOptions(layers, documents)', () => {
  it('takes defaults < job file < flags, a later layer winning only where it sets a value', () => {
    const job = { overlapThreshold: 0.4, level: 1 };
    const flags = flagLayer({ overlapThreshold: 0.5 });
    expect(settleOptions({ layers: [job, flags], at: 'job.yaml' })).toEqual({ ...DEFAULT_OPTIONS, overlapThreshold: 0.5, level: 1 });
  });

  it('matches catalogue functions with the semantic tier too whenever a catalogue is used, unless a layer turns it off', () => {
    const at = 'job.yaml';
    expect(settleOptions({ layers: [{}], at }).semanticGaps).toBeUndefined();
    expect(settleOptions({ layers: [{ catalogue: 'headquarters' }], at }).semanticGaps).toBe(true);
    expect(settleOptions({ layers: [{ catalogue: 'headquarters', semanticGaps: false }], at }).semanticGaps).toBe(false);
    // --no-semantic-gaps on the command line wins over the job; a flag not given sets nothing.
    expect(settleOptions({ layers: [{ catalogue: 'headquarters', semanticGaps: true }, flagLayer({ semanticGaps: false })], at }).semanticGaps).toBe(false);
    expect(settleOptions({ layers: [{ catalogue: 'headquarters', semanticGaps: false }, flagLayer({})], at }).semanticGaps).toBe(false);
  });

  it('gives `auto` the English thresholds when every document is English, the Chinese ones otherwise', () => {
    const auto = { layers: [flagLayer({ language: 'auto' })], at: '--language' };
    expect(settleOptions(auto, EN)).toMatchObject(ENGLISH_THRESHOLDS);
    expect(settleOptions(auto, ZH)).toMatchObject({ candidateThreshold: DEFAULT_OPTIONS.candidateThreshold, overlapThreshold: DEFAULT_OPTIONS.overlapThreshold });
    // A threshold set in a layer is kept whatever the language.
    expect(settleOptions({ layers: [{ overlapThreshold: 0.6 }], at: 'job.yaml' }, EN).overlapThreshold).toBe(0.6);
  });

  it('refuses inconsistent thresholds, naming where they were set', () => {
    expect(() => settleOptions({ layers: [{ candidateThreshold: 0.9 }], at: 'job.yaml' })).toThrow(InputError);
    expect(() => settleOptions({ layers: [{ candidateThreshold: 0.9 }], at: 'job.yaml' })).toThrow(expect.objectContaining({ message: expect.stringMatching(/candidate threshold must not exceed/) }));
    try {
      settleOptions({ layers: [{ candidateThreshold: 0.9 }], at: 'job.yaml' });
    } catch (error) {
      expect((error as InputError).toLine()).toMatch(/^job\.yaml: /);
    }
  });
});
