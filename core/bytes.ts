// Lua strings are JS strings whose char codes are bytes (0..255). These helpers are the
// only place where bytes and such strings are converted into each other.

const CHUNK = 0x8000;

/** Bytes to a Lua byte string (latin1, one char per byte). */
export function bytesToStr(b: Uint8Array): string {
  if (b.length <= CHUNK) return String.fromCharCode.apply(null, b as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < b.length; i += CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, b.subarray(i, i + CHUNK) as unknown as number[]),
    );
  }
  return parts.join("");
}

/** A Lua byte string to bytes. Char codes above 255 are a bug upstream; they are masked. */
export function strToBytes(s: string): Uint8Array {
  const n = s.length;
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** A JS (UTF-16) string to a Lua byte string holding its UTF-8 encoding. */
export function utf8ToStr(s: string): string {
  return bytesToStr(new TextEncoder().encode(s));
}

/** A Lua byte string holding UTF-8 to a JS string (for host APIs such as file names). */
export function strToUtf8(s: string): string {
  return new TextDecoder().decode(strToBytes(s));
}

/** Something bytes can be written to synchronously. */
export interface ByteSink {
  write(b: Uint8Array): void;
}

/** A sink collecting everything written, for tests and in-process runs. */
export class BufferSink implements ByteSink {
  private chunks: Uint8Array[] = [];
  private size = 0;
  write(b: Uint8Array): void {
    this.chunks.push(b.slice());
    this.size += b.length;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let off = 0;
    for (const c of this.chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  }
  text(): string {
    return bytesToStr(this.bytes());
  }
}
