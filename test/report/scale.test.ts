import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/index.ts';
import { syntheticResult } from './synthetic-result.ts';

describe('an O*NET-sized result (923 units, ~18.5k duties, 60k pairs)', () => {
  it('render(result, ["html"]) stays under 15 MB, cuts the heatmap to 120 units and still offers every unit in the finder', async () => {
    const result = syntheticResult(923, 20, 60000);
    const [file] = await render(result, ['html'], { lang: 'en', heatmapOrder: 'cluster' });
    const html = file.content as string;
    expect(Buffer.byteLength(html)).toBeLessThan(15 * 1024 * 1024);
    expect(html).toContain('the 120 most overlapping units');
    expect(html.match(/class="row-label"/g)).toHaveLength(120);
    const finder = html.slice(html.indexOf('class="finder-unit"'), html.indexOf('</select>'));
    expect(finder.match(/<option value="\d+"/g)).toHaveLength(923);
    expect(html.match(/<details class="unit-lazy"/g)).toHaveLength(923);
  }, 120_000);
});
