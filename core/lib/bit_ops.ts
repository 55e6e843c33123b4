// The bit library's arithmetic: 32-bit operations on numbers normalised as LuaJIT does.

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;

/** 2^52 + 2^51: adding it puts the integer nearest to n in the low mantissa bits. */
const TOBIT_BIAS = 6755399441055744.0;

/**
 * bit.tobit: a number to a signed 32-bit integer. Fractions round to nearest (ties to even)
 * and values wrap modulo 2^32, as the add-a-bias trick of LuaJIT's VM gives them.
 */
export function tobit(n: number): number {
  f64[0] = n + TOBIT_BIAS;
  return i32[LO];
}

export function bnot(x: number): number {
  return ~x;
}

export function bswap(x: number): number {
  return ((x << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) | 0;
}

// Shifts use the count modulo 32, as x86 shift instructions do.
export const lshift = (x: number, n: number): number => x << (n & 31);
export const rshift = (x: number, n: number): number => (x >>> (n & 31)) | 0;
export const arshift = (x: number, n: number): number => x >> (n & 31);
export function rol(x: number, n: number): number {
  n &= 31;
  return n === 0 ? x : (x << n) | (x >>> (32 - n));
}
export function ror(x: number, n: number): number {
  n &= 31;
  return n === 0 ? x : (x >>> n) | (x << (32 - n));
}

/**
 * bit.tohex: `b` as `n` hex digits (default 8, negative for upper case). Fewer than 8
 * digits keep the low bits; more pad with zeros (LuaJIT widens to 64 bits first).
 */
export function tohex(b: number, n = 8): string {
  let upper = false;
  if (n < 0) {
    n = -n | 0;
    upper = true;
  }
  // The precision field holds n+1 in 8 bits: n = 255 means no precision at all.
  const prec = ((n + 1) & 255) - 1;
  let v = BigInt(b >>> 0);
  if (n < 16) v &= (1n << BigInt((4 * n) & 63)) - 1n; // x86 uses the count modulo 64.
  let s = v === 0n && prec === 0 ? "" : v.toString(16);
  if (upper) s = s.toUpperCase();
  return prec > s.length ? "0".repeat(prec - s.length) + s : s;
}
