import * as d3 from 'd3';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { svgXml } from '../../src/report/svg-document.ts';

describe('svgXml', () => {
  it('writes what XMLSerializer writes for a picture: escapes, empty elements, nested text', () => {
    const { window } = new JSDOM('<!DOCTYPE html><body></body>');
    const ns = 'http://www.w3.org/2000/svg';
    const svg = window.document.createElementNS(ns, 'svg');
    // As drawSvg sets it: d3 puts an xmlns attribute in the XMLNS namespace.
    d3.select(svg).attr('xmlns', ns).attr('aria-label', 'a "b" & <c>\tnew\nline');
    const g = svg.appendChild(window.document.createElementNS(ns, 'g'));
    g.appendChild(window.document.createElementNS(ns, 'rect')).setAttribute('x', '1');
    const t = g.appendChild(window.document.createElementNS(ns, 'text'));
    t.textContent = '市场部 → 销售部 < 5 & > 3 "quoted"';
    t.appendChild(window.document.createElementNS(ns, 'title')).textContent = '';
    expect(svgXml(svg)).toBe(new window.XMLSerializer().serializeToString(svg));
  });
});
