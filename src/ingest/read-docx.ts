import mammoth from 'mammoth';
import { InputError } from '../util/errors.ts';
import { htmlToLines } from './html-lines.ts';
import { inputLimits, type InputLimits } from './limits.ts';
import type { IngestedFile } from './types.ts';
import { checkInflatedSize } from './zip-limits.ts';

/** The first bytes of a zip archive (every .docx is one). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The first bytes of an OLE compound file: a legacy .doc, or a .docx Word encrypted with a password. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** True when the bytes start with the given prefix. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Reads a .docx into text lines, keeping what the markup knows: headings,
 * list nesting (with synthesised number labels, since mammoth drops Word's
 * own numbers) and table rows (cells joined by a tab).
 *
 * A duty table inside a .docx stays as `tableRow` lines of a `text` file
 * rather than becoming a `table` file: a document usually mixes a title and
 * prose with its tables, and one file has one kind.
 *
 * The archive's inflated size is checked before mammoth inflates it, and
 * table spans, cells and line lengths are held to `limits`.
 */
export async function readDocx(bytes: Uint8Array, file: string, limits: InputLimits = inputLimits()): Promise<IngestedFile> {
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new InputError(file, 'password-protected or legacy .doc: save it as an unprotected .docx');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new InputError(file, 'not a valid .docx (corrupt or not a zip)');
  await checkInflatedSize(bytes, file, '.docx', limits);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    // mammoth fails alike on a truncated zip and on a zip without word/document.xml.
    throw new InputError(file, 'not a valid .docx (corrupt or not a zip)');
  }
  const lines = htmlToLines(html, { file, limits });
  if (lines.length === 0) throw new InputError(file, 'empty file');
  return { kind: 'text', file, format: 'docx', encoding: 'docx', lines };
}
