/**
 * Where the all-pairs index keeps its typed arrays: plain memory for one
 * thread, or SharedArrayBuffers that worker threads read without a copy.
 */

/** Makes the backing store of a typed array: an ArrayBuffer, or a SharedArrayBuffer for worker threads. */
export type BufferAllocator = (bytes: number) => ArrayBuffer | SharedArrayBuffer;

/** Plain, unshared memory. */
export const plainBuffers: BufferAllocator = (bytes) => new ArrayBuffer(bytes);
/** Memory that worker threads can read without a copy. */
export const sharedBuffers: BufferAllocator = (bytes) => new SharedArrayBuffer(bytes);

/** A typed array over a fresh buffer from the allocator. */
export function typed<T>(make: (buffer: ArrayBuffer | SharedArrayBuffer) => T, bytes: number, alloc: BufferAllocator): T {
  return make(alloc(bytes));
}

/** An Int32Array of `length` from the allocator. */
export function int32(length: number, alloc: BufferAllocator): Int32Array {
  return typed((b) => new Int32Array(b), length * 4, alloc);
}

/** A Float32Array of `length` from the allocator. */
export function float32(length: number, alloc: BufferAllocator): Float32Array {
  return typed((b) => new Float32Array(b), length * 4, alloc);
}

/** A Float64Array of `length` from the allocator. */
export function float64(length: number, alloc: BufferAllocator): Float64Array {
  return typed((b) => new Float64Array(b), length * 8, alloc);
}
