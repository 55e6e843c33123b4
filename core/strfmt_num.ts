// Number to string conversion as C's printf does it for doubles (%g, %e, %f), which is how
// LuaJIT turns numbers into text: tostring/print/concat use "%.14g".

/** `inf`, `-inf` or `nan` (LuaJIT x64 prints every NaN as "nan"), null for finite numbers. */
function special(x: number, upper: boolean): string | null {
  if (x !== x) return upper ? "NAN" : "nan";
  if (x === Infinity) return upper ? "INF" : "inf";
  if (x === -Infinity) return upper ? "-INF" : "-inf";
  return null;
}

/** C-style exponent suffix: at least two digits. */
function cExp(e: number, upper: boolean): string {
  const sign = e < 0 ? "-" : "+";
  const d = String(Math.abs(e));
  return (upper ? "E" : "e") + sign + (d.length < 2 ? "0" + d : d);
}

/** %.<prec>e of a finite number; `alt` keeps the point with zero precision (# flag). */
export function fmtE(x: number, prec: number, upper = false, alt = false): string {
  const sp = special(x, upper);
  if (sp !== null) return sp;
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let s: string;
  if (prec <= 100) {
    s = a.toExponential(prec);
  } else {
    // toExponential stops at 100 digits; the remaining digits of a double are zeros.
    s = a.toExponential(100);
    const i = s.indexOf("e");
    s = s.slice(0, i) + "0".repeat(prec - 100) + s.slice(i);
  }
  const i = s.indexOf("e");
  let mant = s.slice(0, i);
  const e = Number(s.slice(i + 1));
  if (alt && prec === 0) mant += ".";
  return (neg ? "-" : "") + mant + cExp(e, upper);
}

/** %.<prec>f of a finite number. */
export function fmtF(x: number, prec: number, upper = false, alt = false): string {
  const sp = special(x, upper);
  if (sp !== null) return sp;
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let s: string;
  if (a < 1e21 && prec <= 100) {
    s = a.toFixed(prec);
  } else {
    s = exactFixed(a, prec);
  }
  if (alt && prec === 0) s += ".";
  return (neg ? "-" : "") + s;
}

/** Exact decimal expansion of a non-negative double with `prec` fraction digits, rounded
 * half to even as glibc does. Used where toFixed cannot go (>= 1e21 or > 100 digits). */
function exactFixed(a: number, prec: number): string {
  // a = m * 2^e exactly, m a 53-bit integer.
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, a);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  // value * 10^prec as a fraction num/den.
  let num = m * 10n ** BigInt(prec);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  let q = num / den;
  const r = num % den;
  if (r * 2n > den || (r * 2n === den && (q & 1n) === 1n)) q += 1n;
  let digits = q.toString();
  if (prec === 0) return digits;
  if (digits.length <= prec) digits = "0".repeat(prec - digits.length + 1) + digits;
  return digits.slice(0, digits.length - prec) + "." + digits.slice(digits.length - prec);
}

/** %.<prec>g: the shorter of %e and %f, trailing zeros removed unless `alt`. */
export function fmtG(x: number, prec: number, upper = false, alt = false): string {
  const sp = special(x, upper);
  if (sp !== null) return sp;
  const P = prec === 0 ? 1 : prec;
  if (x === 0) {
    const z = alt ? "0." + "0".repeat(P - 1) : "0";
    return Object.is(x, -0) ? "-" + z : z;
  }
  // The exponent %e would print, after rounding to P significant digits.
  const es = fmtE(x, P - 1);
  const X = Number(es.slice(es.indexOf("e") + 1));
  let s: string;
  if (P > X && X >= -4) s = fmtF(x, P - 1 - X, upper, alt);
  else s = fmtE(x, P - 1, upper, alt);
  if (alt) return s;
  // Strip trailing zeros of the fraction (and the point itself).
  const ei = s.search(/[eE]/);
  let mant = ei < 0 ? s : s.slice(0, ei);
  const tail = ei < 0 ? "" : s.slice(ei);
  if (mant.includes(".")) mant = mant.replace(/\.?0+$/, "");
  return mant + tail;
}

/** Lua's number to string conversion (tostring, print, `..`): "%.14g". */
export function fmtNum(x: number): string {
  // Fast path for integers that %.14g prints exactly.
  if (Number.isInteger(x) && x < 1e14 && x > -1e14) {
    return x === 0 && 1 / x < 0 ? "-0" : String(x);
  }
  return fmtG(x, 14);
}
