import { isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';

/** Options the org model's YAML is written with. */
const YAML_OPTIONS = { lineWidth: 0 } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `value` as YAML, written over `previous` (a file someone edited) so that
 * their comments stay: the previous document's nodes are updated in place
 * (maps by key, lists of records by their `id`, other lists by position), so
 * a comment stays on the unit, duty or field it was written beside. Comments
 * on what the new value no longer holds go with it. Uses the yaml library's
 * Document API; an unreadable `previous` is simply replaced.
 */
export function yamlKeepingComments(previous: string, value: unknown): string {
  const doc = parseDocument(previous);
  if (doc.errors.length > 0 || doc.contents === null) return stringify(value, YAML_OPTIONS);
  doc.contents = merged(doc, doc.contents, value) as typeof doc.contents;
  return doc.toString(YAML_OPTIONS);
}

function merged(doc: Document, node: unknown, value: unknown): unknown {
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value;
    return node;
  }
  if (isMap(node) && isRecord(value)) {
    const pairs = new Map(node.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), p]));
    node.items = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => {
        const pair = pairs.get(key);
        if (pair === undefined) return doc.createPair(key, v);
        pair.value = merged(doc, pair.value, v);
        return pair;
      });
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const before = node.items;
    const byId = new Map<string, unknown>();
    for (const item of before) {
      const id = isMap(item) ? item.get('id') : undefined;
      if (typeof id === 'string') byId.set(id, item);
    }
    node.items = value.map((v, i) => {
      const id = isRecord(v) && typeof v.id === 'string' ? v.id : undefined;
      const old = id !== undefined ? byId.get(id) : byId.size === 0 ? before[i] : undefined;
      return old === undefined ? doc.createNode(v) : merged(doc, old, v);
    });
    return node;
  }
  return doc.createNode(value);
}
