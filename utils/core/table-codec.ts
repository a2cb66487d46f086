/**
 * Compact JSON for the build's tables (core-tables.ts): lists of small numbers as base64
 * varints, lists of strings joined into one. The tables are bundled in the background's script,
 * which Firefox's linter refuses to parse from 5 MB, so every byte counts twice: in the package
 * and in the script's parse at each start.
 */

/** Bytes as base64 (btoa and atob exist in browsers, workers and Node). */
function toBase64(bytes: number[]): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.slice(i, i + 0x8000));
  return btoa(binary);
}

/** Unsigned LEB128 varints of `values` (each a whole number ≥ 0), as base64. */
export function encodeCounts(values: ArrayLike<number>): string {
  const bytes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i];
    if (!(v >= 0 && v === Math.floor(v))) throw new Error(`not a count at ${i}: ${v}`);
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  }
  return toBase64(bytes);
}

/** The numbers `encodeCounts` wrote. */
export function decodeCounts(text: string): Int32Array {
  const binary = atob(text);
  const out = new Int32Array(binary.length);
  let n = 0;
  for (let i = 0; i < binary.length;) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = binary.charCodeAt(i++);
      v |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    out[n++] = v;
  }
  return out.slice(0, n);
}

/**
 * Small counts (a trie node's children: nearly always 0 or 1) in unary, two bits or so each:
 * `count` ones then a zero, as base64.
 */
export function encodeUnary(values: ArrayLike<number>): string {
  const bytes: number[] = [];
  let bit = 0;
  const put = (one: boolean) => {
    if (bit % 8 === 0) bytes.push(0);
    if (one) bytes[bytes.length - 1] |= 1 << (bit % 8);
    bit++;
  };
  for (let i = 0; i < values.length; i++) {
    for (let k = 0; k < values[i]; k++) put(true);
    put(false);
  }
  return `${values.length}:${toBase64(bytes)}`;
}

/** The counts `encodeUnary` wrote. */
export function decodeUnary(text: string): Int32Array {
  const colon = text.indexOf(':');
  const out = new Int32Array(Number(text.slice(0, colon)));
  const binary = atob(text.slice(colon + 1));
  for (let i = 0, n = 0, count = 0; n < out.length; i++) {
    const byte = binary.charCodeAt(i >> 3);
    if (byte & (1 << (i & 7))) count++;
    else {
      out[n++] = count;
      count = 0;
    }
  }
  return out;
}

/** Strings joined by a line break (none of them may hold one). */
export function joinLines(list: string[]): string {
  for (const s of list) if (s.includes('\n')) throw new Error(`line break in ${JSON.stringify(s)}`);
  return list.join('\n');
}
