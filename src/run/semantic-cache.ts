import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEmbedder, type Embedder } from './semantic.ts';
import { writeFileAtomically } from './write-output.ts';

/**
 * Embeddings kept between scheduled runs, by the content hash of each duty's
 * text, beside the parse cache: a nightly run embeds only the duties that
 * changed. Two files per model: the keys (JSON) and the vectors (float32,
 * in key order). The embedder gives a text one vector whatever it is
 * embedded with, so a cached vector is the one a fresh run would compute.
 */
export interface CachedEmbedder extends Embedder {
  /** Writes the vectors this run used (and only those) to the cache folder. */
  save(): Promise<void>;
  /** Texts embedded this run / taken from the cache. */
  readonly counts: { embedded: number; cached: number };
}

const keyOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

async function readCache(dir: string, model: string, recipe: string, dims: number): Promise<Map<string, Float32Array>> {
  const cache = new Map<string, Float32Array>();
  try {
    const keys = JSON.parse(await readFile(join(dir, `${model}.keys.json`), 'utf8')) as { dims: number; recipe?: string; keys: string[] };
    const bytes = await readFile(join(dir, `${model}.f32`));
    // Vectors made another way (or by a version that did not say how) are other numbers for the same texts.
    if (keys.dims !== dims || keys.recipe !== recipe || bytes.length !== keys.keys.length * dims * 4) return cache;
    const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    keys.keys.forEach((k, r) => cache.set(k, all.slice(r * dims, (r + 1) * dims)));
  } catch {
    // No cache yet, or a broken one: embed again.
  }
  return cache;
}

/** Wraps an embedder with the cache in `dir` (or with none when dir is null). */
export async function cachedEmbedder(inner: Embedder, dir: string | null): Promise<CachedEmbedder> {
  const stored = dir ? await readCache(dir, inner.model, inner.recipe, inner.dims) : new Map<string, Float32Array>();
  const used = new Map<string, Float32Array>();
  const counts = { embedded: 0, cached: 0 };
  return {
    model: inner.model,
    recipe: inner.recipe,
    dims: inner.dims,
    counts,
    async embed(texts) {
      const keys = texts.map(keyOf);
      const missing = [...new Set(keys.filter((k) => !stored.has(k) && !used.has(k)))];
      const textOf = new Map(keys.map((k, i) => [k, texts[i]]));
      const fresh = await inner.embed(missing.map((k) => textOf.get(k)!));
      missing.forEach((k, i) => used.set(k, fresh[i]));
      counts.embedded += missing.length;
      return keys.map((k) => {
        const hit = used.get(k) ?? stored.get(k)!;
        if (!used.has(k)) {
          used.set(k, hit);
          counts.cached++;
        }
        return hit;
      });
    },
    async save() {
      if (!dir) return;
      const keys = [...used.keys()].sort();
      const all = new Float32Array(keys.length * inner.dims);
      keys.forEach((k, r) => all.set(used.get(k)!, r * inner.dims));
      await writeFileAtomically(join(dir, `${inner.model}.f32`), Buffer.from(all.buffer));
      await writeFileAtomically(join(dir, `${inner.model}.keys.json`), JSON.stringify({ dims: inner.dims, recipe: inner.recipe, keys }));
    },
  };
}

/** The cache folder of a job's embeddings: reports/<job>/.cache/embeddings. */
export function embeddingCacheDir(output: string): string {
  return join(output, '.cache', 'embeddings');
}

/** The bundled model behind the cache in `dir` (null: no cache), loaded and verified. */
export async function openEmbedder(dir: string | null): Promise<CachedEmbedder> {
  return cachedEmbedder(await loadEmbedder(), dir);
}
