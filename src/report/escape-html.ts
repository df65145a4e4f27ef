/**
 * Escaping for text placed in HTML element content and attribute values.
 * Duty texts come from scraped documents and may contain markup; every piece
 * of result text goes through here before it meets the page.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
