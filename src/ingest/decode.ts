import { InputError } from '../util/errors.ts';

/** The encodings decodeText recognises, as reported back to the user. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Decoded text and the encoding it was read in. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding the bytes were read in. */
  encoding: TextEncoding;
}

const UNDECODABLE = 'cannot decode: not UTF-8, UTF-16 or GB18030 text';

/** True when the bytes start with the given prefix. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Decodes strictly, or returns null: a lenient decoder would hide a wrong guess behind U+FFFD. */
function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * True when decoded text holds control characters no duty document has
 * (anything below U+0020 except tab, newline, carriage return and form feed):
 * GB18030 accepts most byte soups, so this is what tells binary junk apart.
 */
function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u.test(text);
}

/** The encoding named by a byte-order mark, with the mark's length, or null. */
function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; label: string; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', label: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', label: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', label: 'utf-16be', length: 2 };
  return null;
}

/**
 * Decodes a text file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE
 * with a BOM, else GB18030 (a superset of GBK and GB2312, which is what
 * Chinese Windows tools write). UTF-8 is tried before GB18030 because valid
 * UTF-8 Chinese is almost never valid-and-meaningful GB18030, while the
 * reverse guess would silently garble it.
 *
 * Throws InputError for an empty or whitespace-only file and for bytes that
 * none of these decode (including binary files, recognised by NUL or other
 * control characters).
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  const bom = byteOrderMark(bytes);
  let decoded: DecodedText | null = null;
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.length), bom.label);
    if (text !== null) decoded = { text, encoding: bom.encoding };
  } else if (!bytes.includes(0)) {
    // NUL bytes without a UTF-16 BOM mean a binary file, never text.
    const utf8 = tryDecode(bytes, 'utf-8');
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' };
    else {
      const gb = tryDecode(bytes, 'gb18030');
      if (gb !== null) decoded = { text: gb, encoding: 'gb18030' };
    }
  }
  // Old DOS editors end a file with Ctrl-Z (U+001A); that one is not a sign of binary junk.
  if (decoded !== null) decoded.text = decoded.text.replace(/\u001a$/u, '');
  if (decoded === null || hasControlCharacters(decoded.text)) throw new InputError(file, UNDECODABLE);
  if (decoded.text.trim() === '') throw new InputError(file, 'empty file');
  return decoded;
}
