// The math library's arithmetic where C's libm or the x87 differ from JavaScript's Math.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;

/** C's frexp: [m, e] with x = m * 2^e and 0.5 <= |m| < 1 (x itself for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64[0] = x;
  let e = (u32[HI] >>> 20) & 0x7ff;
  let bias = 0;
  if (e === 0) { // Denormal: scale into the normal range first.
    f64[0] = x * 2 ** 64;
    e = (u32[HI] >>> 20) & 0x7ff;
    bias = 64;
  }
  // Replace the exponent with the one of [0.5, 1).
  u32[HI] = (u32[HI] & 0x800fffff) | (1022 << 20);
  return [f64[0], e - 1022 - bias];
}

/** C's modf: [integral part, fractional part], both with the sign of x. */
export function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [x, x > 0 ? 0 : -0];
  const i = Math.trunc(x);
  const f = x - i;
  return [i, f === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : f];
}

/** Binary exponent of a finite non-zero x (x = m * 2^e with 1 <= |m| < 2). */
function ilogb(x: number): number {
  const [, e] = frexp(x);
  return e - 1;
}

/**
 * math.ldexp as the x87 fscale computes it: x * 2^trunc(e), rounded once to a double.
 * 0 * inf and inf * 2^-inf are invalid (NaN) as in fscale.
 */
export function ldexp(x: number, e: number): number {
  if (e !== e || x !== x) return NaN;
  if (!Number.isFinite(e)) {
    if (x === 0) return e > 0 ? NaN : x;
    if (!Number.isFinite(x)) return e < 0 ? NaN : x;
    return e > 0 ? x * Infinity : x * 0;
  }
  if (x === 0 || !Number.isFinite(x)) return x;
  let n = Math.trunc(e);
  if (n > 4000) n = 4000;
  if (n < -4000) n = -4000;
  const target = ilogb(x) + n;
  if (target >= -1022) {
    // Normal or overflowing result: power-of-two steps are exact until overflow.
    while (n > 1000) {
      x *= 2 ** 1000;
      n -= 1000;
    }
    while (n < -1000) {
      x *= 2 ** -1000;
      n += 1000;
    }
    return x * 2 ** n;
  }
  // Denormal or zero result: bring x to [1, 2) exactly, then round once.
  const m = frexp(x)[0] * 2;
  if (target < -1075) return m < 0 ? -0 : 0;
  return (m * 2 ** (target + 1074)) * 2 ** -1074;
}

/** math.log(x, base): log2(x) times the reciprocal of log2(base), as LuaJIT computes it. */
export function logBase(x: number, base: number): number {
  return Math.log2(x) * (1 / Math.log2(base));
}

/** math.min's step (SSE minsd): the first operand only when it is strictly smaller. */
export function minStep(acc: number, v: number): number {
  return acc < v ? acc : v;
}

/** math.max's step (SSE maxsd): the first operand only when it is strictly larger. */
export function maxStep(acc: number, v: number): number {
  return acc > v ? acc : v;
}

/** math.random's range forms: [1, m] and [m, n] by scaling a uniform double in [0, 1). */
export function randomRange(d: number, lo: number, hi?: number): number {
  if (hi === undefined) return Math.floor(d * lo) + 1.0;
  return Math.floor(d * (hi - lo + 1.0)) + lo;
}
