/**
 * A detached SVG element in a jsdom document for d3 to draw into at
 * generation time, serialised as XML so the picture is in the HTML file
 * even with scripts off, and parses as strict XML.
 */
import * as d3 from 'd3';
import { JSDOM } from 'jsdom';

/** A d3 selection of the root <svg> element. */
export type SvgSelection = d3.Selection<SVGSVGElement, unknown, null, undefined>;

/**
 * One jsdom window for every picture of a process: building a window costs
 * tens of milliseconds, and a report draws one picture per document and
 * chart. Each picture is a detached <svg> node of its own, so pictures share
 * nothing but the window.
 */
let shared: JSDOM | undefined;

/** The shared window, built on first use (or ahead of it, by a reporter's thread waiting for its result). */
export function svgWindow(): JSDOM['window'] {
  shared ??= new JSDOM('<!DOCTYPE html><body></body>');
  return shared.window;
}

/** Lets `draw` fill a new <svg> of the given size and returns its XML. */
export function drawSvg(width: number, height: number, draw: (svg: SvgSelection) => void): string {
  const window = svgWindow();
  const node = window.document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const svg = d3.select(node as SVGSVGElement) as SvgSelection;
  svg.attr('xmlns', 'http://www.w3.org/2000/svg').attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  draw(svg);
  return svgXml(node);
}

/**
 * The XML of a picture d3 drew: elements, attributes and text only, in no
 * namespace but the root's. Written by hand because jsdom's XMLSerializer
 * (w3c-xmlserializer) walks every node through the full namespace algorithm
 * and took a quarter of the report's drawing time; for such a tree the
 * result is the same text (same escapes, `/>` for an empty element), which
 * the report goldens hold.
 */
export function svgXml(node: Element): string {
  let out = `<${node.localName}`;
  for (const attr of Array.from(node.attributes)) out += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  if (node.childNodes.length === 0) return `${out}/>`;
  out += '>';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.ELEMENT_NODE) out += svgXml(child as Element);
    else if (child.nodeType === child.TEXT_NODE) out += escapeText(child.nodeValue ?? '');
    else throw new Error(`svgXml: unexpected node type ${child.nodeType} in a picture`);
  }
  return `${out}</${node.localName}>`;
}

/** Text content escaped as XMLSerializer does. */
function escapeText(text: string): string {
  return text.replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** An attribute value escaped as XMLSerializer does (quotes, markup, and the whitespace a parser would normalise). */
function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/gu, (c) => ATTRIBUTE_ESCAPES[c]);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** Rough rendered width of a label: CJK and full-width characters are one em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

/** Shortens a label to about `maxWidth`, ending it with "…". */
export function clipLabel(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontSize) > maxWidth) break;
    out += ch;
  }
  return out + '…';
}
