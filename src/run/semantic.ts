import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.ts';

/**
 * The optional semantic tier: a local sentence-embedding model for Chinese
 * duty text (BAAI bge-small-zh-v1.5, int8 ONNX, MIT), run fully offline by
 * onnxruntime-node with the model's own WordPiece tokenizer. Both runtime
 * packages are optional dependencies: without them, or without the model
 * files, dutylens runs its lexical tier alone and says so.
 */

/** Where the bundled model lies, with its SHA256SUMS manifest. */
export const SEMANTIC_MODEL_DIR = fileURLToPath(new URL('../../analysis/models/bge-small-zh-v1.5/', import.meta.url));

/** The model's name as results record it. */
export const SEMANTIC_MODEL_ID = 'bge-small-zh-v1.5-int8';

/**
 * How the vectors are made from the model: CLS pooling, L2 normalisation, one text per inference call.
 * A cache of vectors made another way (batched, before 2026-12-04) holds other numbers for the same
 * texts, so the cache records it and is not read under another recipe.
 */
export const EMBEDDING_RECIPE = 'cls-l2-one-text-per-call';

/** Embeds texts: one L2-normalised vector per text, in input order. */
export interface Embedder {
  readonly model: string;
  /** How the vectors are made (EMBEDDING_RECIPE for the bundled model). */
  readonly recipe: string;
  readonly dims: number;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Duties are short; 128 WordPiece tokens hold every duty the corpora have, and cost grows with the square of the length. */
const MAX_TOKENS = 128;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads the manifest and checks every file against it; throws naming the file that differs. */
async function verifiedFiles(dir: string): Promise<Map<string, Buffer>> {
  const manifestFile = join(dir, 'SHA256SUMS');
  const manifest = await readFile(manifestFile, 'utf8').catch(() => {
    throw new InputError(manifestFile, 'semantic model manifest missing; the semantic tier needs the bundled model files');
  });
  const files = new Map<string, Buffer>();
  for (const line of manifest.split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/u.exec(line.trim());
    if (!m) continue;
    const file = join(dir, m[2]);
    const bytes = await readFile(file).catch(() => {
      throw new InputError(file, 'semantic model file missing');
    });
    if (sha256(bytes) !== m[1]) throw new InputError(file, 'semantic model file does not match its SHA256SUMS entry (damaged or replaced)');
    files.set(m[2], bytes);
  }
  return files;
}

/** Why the semantic tier cannot run here, or null when it can: the runtime packages are optional. */
export async function semanticUnavailable(): Promise<string | null> {
  try {
    await import('onnxruntime-node');
    await import('@huggingface/tokenizers');
    return null;
  } catch (error) {
    // An offline install drops onnxruntime-node when its GPU download fails: skipping that download is the fix.
    return `the optional packages onnxruntime-node and @huggingface/tokenizers are not installed (${(error as Error).message.split('\n')[0]}); install dutylens again with ONNXRUNTIME_NODE_INSTALL=skip`;
  }
}

/** Loads the bundled model after checking its files, or throws an InputError saying why it cannot. */
export async function loadEmbedder(dir = SEMANTIC_MODEL_DIR): Promise<Embedder> {
  const missing = await semanticUnavailable();
  if (missing) throw new InputError('--semantic', `the semantic tier cannot run: ${missing}`);
  const files = await verifiedFiles(dir);
  const need = (name: string) => {
    const bytes = files.get(name);
    if (!bytes) throw new InputError(join(dir, 'SHA256SUMS'), `the manifest does not list ${name}`);
    return bytes;
  };
  const ort = await import('onnxruntime-node');
  const { Tokenizer } = await import('@huggingface/tokenizers');
  const tokenizer = new Tokenizer(JSON.parse(need('tokenizer.json').toString('utf8')), JSON.parse(need('tokenizer_config.json').toString('utf8')));
  // One intra-op thread: as fast as two on a loaded two-core machine, and it leaves a core to the rest.
  const session = await ort.InferenceSession.create(need('model_quantized.onnx'), { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const dims = (JSON.parse(need('config.json').toString('utf8')) as { hidden_size: number }).hidden_size;

  const encode = (text: string): number[] => {
    const ids = tokenizer.encode(text).ids;
    // Keep [CLS] … [SEP] when cutting: the CLS vector is the sentence vector.
    return ids.length <= MAX_TOKENS ? ids : [...ids.slice(0, MAX_TOKENS - 1), ids[ids.length - 1]];
  };

  /** The vector of one text: a single sequence, so no padding and nothing else in the call. */
  async function embedOne(ids: readonly number[]): Promise<Float32Array> {
    const shape = [1, ids.length];
    const feeds: Record<string, InstanceType<typeof ort.Tensor>> = {
      input_ids: new ort.Tensor('int64', BigInt64Array.from(ids, BigInt), shape),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(ids.length).fill(1n), shape),
    };
    if (session.inputNames.includes('token_type_ids')) feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(ids.length), shape);
    const output = await session.run(feeds);
    // CLS pooling (the first position), then L2 normalisation: the model card's recipe.
    const v = (output[session.outputNames[0]].data as Float32Array).slice(0, dims);
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += v[k] * v[k];
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < dims; k++) v[k] /= norm;
    return v;
  }

  return {
    model: SEMANTIC_MODEL_ID,
    recipe: EMBEDDING_RECIPE,
    dims,
    async embed(texts) {
      // One text per inference call. The int8 model quantises its activations per call, so a text's
      // vector moved with its batch-mates (up to 0.01 in cosine): a cached vector, a rerun after one
      // document changed, or a subset would not give the same vectors. Alone, a text has one vector,
      // and without padding a call costs no more than its share of a length-sorted batch.
      const out: Float32Array[] = [];
      for (const text of texts) out.push(await embedOne(encode(text)));
      return out;
    },
  };
}
