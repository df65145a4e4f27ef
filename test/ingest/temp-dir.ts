import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * A fresh folder under the OS temp dir, removed after the test; tests never
 * write inside the repository.
 */
export async function tempDir(): Promise<{ dir: string; write: (rel: string, content: string | Uint8Array) => Promise<string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dutylens-ingest-'));
  created.push(dir);
  const write = async (rel: string, content: string | Uint8Array): Promise<string> => {
    const file = join(dir, rel);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    return file;
  };
  return { dir, write };
}

const created: string[] = [];
afterEach(async () => {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true });
});
