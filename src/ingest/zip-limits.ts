import yauzl from 'yauzl';
import { InputError } from '../util/errors.ts';
import { megabytes, overLimit, type InputLimits } from './limits.ts';

/** The one error every unreadable archive gives, as the readers word it. */
function corrupt(file: string, kind: string): InputError {
  return new InputError(file, `not a valid ${kind} (corrupt or not a zip)`);
}

/**
 * Checks that a .docx or .xlsx inflates to no more than `limits.inflatedBytes`
 * before mammoth or exceljs sees it: they inflate whole entries into memory,
 * so a zip bomb (a few KB that inflate to gigabytes) would fill it. The
 * sizes the archive declares are summed first (an honest bomb stops without
 * inflating anything); then every entry is inflated as a stream and its
 * bytes counted, so an archive that lies about its sizes stops as soon as the
 * bytes pass the limit, never after. Nothing inflated is kept. yauzl reads
 * the central directory and refuses entries that inflate past the size they
 * declare.
 */
export async function checkInflatedSize(bytes: Uint8Array, file: string, kind: '.docx' | '.xlsx', limits: InputLimits): Promise<void> {
  const limit = limits.inflatedBytes;
  const tooBig = (found: string) => overLimit(file, `the ${kind} inflates to ${found}`, `${megabytes(limit)} inflated`, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, opened) => {
      if (error || !opened) reject(corrupt(file, kind));
      else resolve(opened);
    });
  });
  await new Promise<void>((resolve, reject) => {
    let declared = 0;
    let inflated = 0;
    let settled = false;
    const fail = (error: InputError): void => {
      if (settled) return;
      settled = true;
      zip.close();
      reject(error);
    };
    zip.on('error', () => fail(corrupt(file, kind)));
    zip.on('end', () => {
      settled = true;
      resolve();
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      if (declared > limit) return fail(tooBig(megabytes(declared)));
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(corrupt(file, kind));
        stream.on('data', (chunk: Buffer) => {
          inflated += chunk.length;
          if (inflated > limit) {
            stream.destroy();
            fail(tooBig(`more than ${megabytes(limit)}`));
          }
        });
        stream.on('error', (streamError: Error) => {
          const lies = /too many bytes/u.test(streamError.message);
          fail(lies ? new InputError(file, `not a valid ${kind}: ${entry.fileName} inflates past the size it declares (corrupt, or a zip bomb)`) : corrupt(file, kind));
        });
        stream.on('end', () => {
          if (!settled) zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}
