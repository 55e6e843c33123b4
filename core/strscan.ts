// String to number scanning as LuaJIT does it (lj_strscan): decimal and hexadecimal
// integers and floats, binary `0b` literals, `inf`/`nan`, and the FFI suffixes `i`, `LL`,
// `ULL`. Both the lexer (number literals) and `tonumber` scan with it. Every double it
// produces is the correctly rounded value of the text, which is what LuaJIT guarantees.

/** Options: which formats are accepted and returned. */
export const STRSCAN_OPT_TOINT = 0x01; // Return INT when the value is an int32.
export const STRSCAN_OPT_TONUM = 0x02; // Always return doubles for plain numbers.
export const STRSCAN_OPT_IMAG = 0x04; // Accept the `i` suffix.
export const STRSCAN_OPT_LL = 0x08; // Accept `LL`/`ULL` suffixes.
export const STRSCAN_OPT_C = 0x10; // C rules: octal, `U`/`L` suffixes.

/** Result formats. */
export const STRSCAN_ERROR = 0;
export const STRSCAN_NUM = 1; // `n` holds a double.
export const STRSCAN_IMAG = 2; // `n` holds the imaginary part.
export const STRSCAN_INT = 3; // `n` holds an int32.
export const STRSCAN_U32 = 4; // `n` holds a uint32.
export const STRSCAN_I64 = 5; // `u64` holds the 64-bit pattern.
export const STRSCAN_U64 = 6; // `u64` holds the 64-bit pattern.

export interface StrScanResult {
  fmt: number;
  n: number;
  u64: bigint;
}

const MAXEXP = 1 << 20;
const MAXDIG = 800;

// Character classes of lj_char (ASCII only; bytes >= 128 are none of these).
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isXDigit(c: number): boolean {
  return isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}
/** Whitespace as lj_char_isspace: \t \n \v \f \r and space. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Value of a hexadecimal digit character. */
function hexVal(c: number): number {
  return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;
}

const result = (fmt: number, n = 0, u64 = 0n): StrScanResult => ({ fmt, n, u64 });
const ERROR = (): StrScanResult => result(STRSCAN_ERROR);

/**
 * Scans `s` (a Lua byte string) as a number. Leading and trailing whitespace and a sign are
 * allowed, as are `inf`, `infinity` and `nan` in any case. The format returned depends on
 * `opt` and the text; `STRSCAN_ERROR` when it is not a number.
 */
export function scanNumber(s: string, opt: number): StrScanResult {
  const len = s.length;
  // Past the end reads as NUL, as the C scanner sees the string terminator.
  const at = (i: number): number => (i < len ? s.charCodeAt(i) : 0);
  let p = 0;
  let neg = false;

  if (!isDigit(at(p))) {
    while (isSpace(at(p))) p++;
    if (at(p) === 0x2b || at(p) === 0x2d) neg = at(p++) === 0x2d;
    if (at(p) >= 0x41) return scanSpecial(s, p, neg);
  }

  let fmt = STRSCAN_INT;
  let base = (opt & STRSCAN_OPT_C) && at(p) === 0x30 ? 0 : 10;
  let hex = false;
  let dp = -1; // Position of the decimal point.
  let dig = 0, hasdig = false, x = 0;
  let ex = 0;

  // Base prefix and leading zeros (with a decimal point possibly among them).
  if (at(p) <= 0x30) {
    if (at(p) === 0x30) {
      const c1 = at(p + 1) | 0x20;
      if (c1 === 0x78) {
        base = 16, hex = true, p += 2;
      } else if (c1 === 0x62) {
        base = 2, p += 2;
      }
    }
    for (;; p++) {
      const c = at(p);
      if (c === 0x30) hasdig = true;
      else if (c === 0x2e) {
        if (dp >= 0) return ERROR();
        dp = p;
      } else break;
    }
  }

  // Significant digits and the decimal point.
  const sp = p;
  for (;; p++) {
    const c = at(p);
    if (hex ? isXDigit(c) : isDigit(c)) {
      if (dig < 10) x = x * 10 + (c & 15);
      dig++;
    } else if (c === 0x2e) {
      if (dp >= 0) return ERROR();
      dp = p;
    } else break;
  }
  if (!hasdig && dig === 0) return ERROR();

  if (dp >= 0) {
    if (base === 2) return ERROR();
    fmt = STRSCAN_NUM;
    if (dig) {
      ex = dp - (p - 1);
      let q = p - 1;
      while (ex < 0 && at(q--) === 0x30) ex++, dig--; // Drop trailing zeros.
      if (ex <= -MAXEXP) return ERROR();
      if (base === 16) ex *= 4;
    }
  }

  // Exponent: `e` for decimal, `p` (binary) for hexadecimal.
  if (base >= 10 && (at(p) | 0x20) === (base === 16 ? 0x70 : 0x65)) {
    fmt = STRSCAN_NUM;
    p++;
    let negx = false;
    if (at(p) === 0x2b || at(p) === 0x2d) negx = at(p++) === 0x2d;
    if (!isDigit(at(p))) return ERROR();
    let xx = at(p++) & 15;
    while (isDigit(at(p))) {
      xx = xx * 10 + (at(p) & 15);
      if (xx >= MAXEXP) return ERROR();
      p++;
    }
    ex += negx ? -xx : xx;
  }

  // Suffixes: i (imaginary), U, L, LL, ULL, LLU; then only whitespace may follow.
  if (at(p)) {
    if ((at(p) | 0x20) === 0x69) {
      if (!(opt & STRSCAN_OPT_IMAG)) return ERROR();
      p++;
      fmt = STRSCAN_IMAG;
    } else if (fmt === STRSCAN_INT) {
      if ((at(p) | 0x20) === 0x75) p++, fmt = STRSCAN_U32;
      if ((at(p) | 0x20) === 0x6c) {
        p++;
        if ((at(p) | 0x20) === 0x6c) p++, fmt += STRSCAN_I64 - STRSCAN_INT;
        else if (!(opt & STRSCAN_OPT_C)) return ERROR();
        else fmt += STRSCAN_I64 - STRSCAN_INT; // long is 64 bits.
      }
      if ((at(p) | 0x20) === 0x75 && (fmt === STRSCAN_INT || fmt === STRSCAN_I64)) {
        p++, fmt += STRSCAN_U32 - STRSCAN_INT;
      }
      if (
        (fmt === STRSCAN_U32 && !(opt & STRSCAN_OPT_C)) ||
        (fmt >= STRSCAN_I64 && !(opt & STRSCAN_OPT_LL))
      ) return ERROR();
    }
    while (isSpace(at(p))) p++;
    if (at(p)) return ERROR();
  }
  if (p < len) return ERROR(); // Embedded NUL.

  // Decimal integers that fit into 32 bits.
  if (
    fmt === STRSCAN_INT && base === 10 &&
    (dig < 10 || (dig === 10 && at(sp) <= 0x32 && x < 0x80000000 + (neg ? 1 : 0)))
  ) {
    if (opt & STRSCAN_OPT_TONUM) return result(STRSCAN_NUM, neg ? -x : x);
    if (x === 0 && neg) return result(STRSCAN_NUM, -0);
    return result(STRSCAN_INT, neg ? -x : x);
  }

  let r: StrScanResult;
  if (base === 0 && !(fmt === STRSCAN_NUM || fmt === STRSCAN_IMAG)) {
    return scanOct(s, sp, fmt, neg, dig);
  }
  const digits = collectDigits(s, sp, dig);
  if (base === 16) r = scanHex(digits, fmt, opt, ex, neg);
  else if (base === 2) r = scanBin(digits, fmt, opt, neg);
  else r = scanDec(digits, fmt, opt, ex, neg);

  if (r.fmt === STRSCAN_NUM && (opt & STRSCAN_OPT_TOINT) && !Object.is(r.n, -0)) {
    const n = r.n;
    if (n >= -2147483648 && n <= 2147483647 && Math.trunc(n) === n) {
      return result(STRSCAN_INT, n);
    }
  }
  return r;
}

/** `inf`, `infinity` or `nan` (any case) after an optional sign, else an error. */
function scanSpecial(s: string, p: number, neg: boolean): StrScanResult {
  const len = s.length;
  const word = (w: string): boolean => {
    for (let i = 0; i < w.length; i++) {
      if (p + i >= len || (s.charCodeAt(p + i) | 0x20) !== w.charCodeAt(i)) return false;
    }
    return true;
  };
  let v = NaN;
  if (word("inf")) {
    v = neg ? -Infinity : Infinity;
    p += 3;
    if (word("inity")) p += 5;
  } else if (word("nan")) {
    p += 3;
  }
  while (p < len && isSpace(s.charCodeAt(p))) p++;
  if (p < len) return ERROR();
  return result(STRSCAN_NUM, v);
}

/** The first `dig` digits from `sp`, skipping a decimal point. */
function collectDigits(s: string, sp: number, dig: number): string {
  const end = sp + dig;
  const dot = s.indexOf(".", sp);
  if (dot < 0 || dot >= end) return s.slice(sp, end);
  return s.slice(sp, dot) + s.slice(dot + 1, end + 1);
}

function scanOct(s: string, p: number, fmt: number, neg: boolean, dig: number): StrScanResult {
  if (dig > 22 || (dig === 22 && s.charCodeAt(p) > 0x31)) return ERROR();
  let x = 0n;
  for (let i = 0; i < dig; i++) {
    const c = s.charCodeAt(p + i);
    if (!(c >= 0x30 && c <= 0x37)) return ERROR();
    x = (x << 3n) | BigInt(c & 7);
  }
  if (fmt === STRSCAN_INT || fmt === STRSCAN_U32) {
    if (fmt === STRSCAN_INT && x >= 0x80000000n + (neg ? 1n : 0n)) fmt = STRSCAN_U32;
    if (x >> 32n) return ERROR();
    return int32Result(fmt, Number(x), neg);
  }
  return result(fmt, 0, BigInt.asUintN(64, neg ? -x : x));
}

/** INT/U32 results: the 32-bit value, negated as C does on int32. */
function int32Result(fmt: number, x: number, neg: boolean): StrScanResult {
  const i = (neg ? -x : x) | 0;
  return result(fmt, fmt === STRSCAN_U32 ? i >>> 0 : i);
}

function scanHex(
  digits: string,
  fmt: number,
  opt: number,
  ex2: number,
  neg: boolean,
): StrScanResult {
  const dig = digits.length;
  // Up to 13 digits as a double to a double: exact, no rounding.
  if (
    dig <= 13 && ex2 === 0 &&
    (fmt === STRSCAN_NUM ||
      (fmt === STRSCAN_INT && (opt & STRSCAN_OPT_TONUM) && !(opt & STRSCAN_OPT_C)))
  ) {
    let v = 0;
    for (let i = 0; i < dig; i++) v = v * 16 + hexVal(digits.charCodeAt(i));
    return result(STRSCAN_NUM, neg ? -v : v);
  }
  // The first 16 digits are exact; further ones only matter as a sticky bit.
  let x = 0n;
  const n16 = dig > 16 ? 16 : dig;
  for (let i = 0; i < n16; i++) x = (x << 4n) | BigInt(hexVal(digits.charCodeAt(i)));
  for (let i = 16; i < dig; i++) {
    if (digits.charCodeAt(i) !== 0x30) x |= 1n;
    ex2 += 4;
  }
  switch (fmt) {
    case STRSCAN_INT:
      if (
        !(opt & STRSCAN_OPT_TONUM) && x < 0x80000000n + (neg ? 1n : 0n) && !(x === 0n && neg)
      ) return int32Result(STRSCAN_INT, Number(x), neg);
      if (!(opt & STRSCAN_OPT_C)) {
        fmt = STRSCAN_NUM;
        break;
      }
      if (dig > 8) return ERROR();
      return int32Result(STRSCAN_U32, Number(x & 0xffffffffn), neg);
    case STRSCAN_U32:
      if (dig > 8) return ERROR();
      return int32Result(STRSCAN_U32, Number(x & 0xffffffffn), neg);
    case STRSCAN_I64:
    case STRSCAN_U64:
      if (dig > 16) return ERROR();
      return result(fmt, 0, BigInt.asUintN(64, neg ? -x : x));
  }
  const v = x === 0n ? 0 : bigToDouble(x, ex2);
  return result(fmt, neg ? -v : v);
}

function scanBin(digits: string, fmt: number, opt: number, neg: boolean): StrScanResult {
  const dig = digits.length;
  if (dig > 64) return ERROR();
  let x = 0n;
  for (let i = 0; i < dig; i++) {
    const c = digits.charCodeAt(i);
    if ((c & ~1) !== 0x30) return ERROR();
    x = (x << 1n) | BigInt(c & 1);
  }
  switch (fmt) {
    case STRSCAN_INT:
      if (!(opt & STRSCAN_OPT_TONUM) && x < 0x80000000n + (neg ? 1n : 0n)) {
        return int32Result(STRSCAN_INT, Number(x), neg);
      }
      if (!(opt & STRSCAN_OPT_C)) {
        fmt = STRSCAN_NUM;
        break;
      }
      if (dig > 32) return ERROR();
      return int32Result(STRSCAN_U32, Number(x), neg);
    case STRSCAN_U32:
      if (dig > 32) return ERROR();
      return int32Result(STRSCAN_U32, Number(x), neg);
    case STRSCAN_I64:
    case STRSCAN_U64:
      return result(fmt, 0, BigInt.asUintN(64, neg ? -x : x));
  }
  const v = x === 0n ? 0 : bigToDouble(x, 0);
  return result(fmt, neg ? -v : v);
}

function scanDec(
  digits: string,
  fmt: number,
  opt: number,
  ex10: number,
  neg: boolean,
): StrScanResult {
  const dig = digits.length;
  // Integer formats: values below 2^64 (an exponent may make one: 1e6). A plain number
  // asked for as a double needs none of this.
  const intFormat = fmt > STRSCAN_INT ||
    (fmt === STRSCAN_INT && (!(opt & STRSCAN_OPT_TONUM) || (opt & STRSCAN_OPT_C)));
  if (intFormat && ex10 >= 0 && dig + ex10 <= 20) {
    const x = dig ? BigInt(digits) * 10n ** BigInt(ex10) : 0n;
    if (x < 1n << 64n) {
      switch (fmt) {
        case STRSCAN_INT:
          if (!(opt & STRSCAN_OPT_TONUM) && x < 0x80000000n + (neg ? 1n : 0n)) {
            return int32Result(STRSCAN_INT, Number(x), neg);
          }
          if (!(opt & STRSCAN_OPT_C)) {
            fmt = STRSCAN_NUM;
            break;
          }
          if (x >> 32n) return ERROR();
          return int32Result(STRSCAN_U32, Number(x), neg);
        case STRSCAN_U32:
          if (x >> 32n) return ERROR();
          return int32Result(STRSCAN_U32, Number(x), neg);
        case STRSCAN_I64:
        case STRSCAN_U64:
          return result(fmt, 0, BigInt.asUintN(64, neg ? -x : x));
      }
    }
  }
  if (fmt === STRSCAN_INT) {
    if (opt & STRSCAN_OPT_C) return ERROR();
    fmt = STRSCAN_NUM;
  } else if (fmt > STRSCAN_INT) {
    return ERROR();
  }
  const v = decToDouble(digits, ex10);
  return result(fmt, neg ? -v : v);
}

// -- Exact conversion to double ---------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** 2^e for -1022 <= e <= 1023, built from its bits so it is exact. */
function pow2(e: number): number {
  u32[0] = 0;
  u32[1] = (e + 1023) << 20;
  return f64[0];
}

/** x * 2^e, exact when the result is representable (x an integer below 2^54). */
function ldexp(x: number, e: number): number {
  if (e > 1023) return x * pow2(1023) * pow2(Math.min(e - 1023, 1023));
  if (e >= -1022) return x * pow2(e);
  return x * pow2(e + 64) * pow2(-64);
}

function bitLength(m: bigint): number {
  let n = 0;
  while (m >= 1n << 64n) m >>= 64n, n += 64;
  while (m > 0n) m >>= 1n, n++;
  return n;
}

/** The double nearest to m * 2^e2 (m > 0), ties to even, denormals included. */
export function bigToDouble(m: bigint, e2: number): number {
  const bl = bitLength(m);
  let shift = bl - 53;
  if (e2 + shift < -1074) shift = -1074 - e2; // Fewer mantissa bits for denormals.
  if (shift > 0) {
    const s = BigInt(shift);
    const rest = m & ((1n << s) - 1n);
    const half = 1n << (s - 1n);
    m >>= s;
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
    e2 += shift;
  }
  return ldexp(Number(m), e2);
}

const exactPow10: number[] = [];
for (let i = 0, v = 1; i <= 22; i++, v *= 10) exactPow10.push(v);

/** The double nearest to digits * 10^ex10 (digits a decimal integer string). */
function decToDouble(digits: string, ex10: number): number {
  // Strip leading zeros (only possible after a decimal point was skipped).
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 0x30) i++;
  if (i) digits = digits.slice(i);
  if (digits.length === 0) return 0;
  // Both factors exact: a single rounding (the classic fast path).
  if (digits.length <= 15 && ex10 >= -22 && ex10 <= 22) {
    const n = Number(digits);
    return ex10 >= 0 ? n * exactPow10[ex10] : n / exactPow10[-ex10];
  }
  const lead = digits.length + ex10; // The value lies in [10^(lead-1), 10^lead).
  if (lead > 310) return Infinity;
  if (lead < -324) return 0;
  let m: bigint;
  if (digits.length > MAXDIG) {
    // Digits beyond these cannot change the rounding except as a sticky bit.
    const sticky = /[1-9]/.test(digits.slice(MAXDIG)) ? 1n : 0n;
    ex10 += digits.length - MAXDIG - 1;
    m = BigInt(digits.slice(0, MAXDIG)) * 10n + sticky;
  } else {
    m = BigInt(digits);
  }
  if (ex10 >= 0) return bigToDouble(m * 10n ** BigInt(ex10), 0);
  const d = 10n ** BigInt(-ex10);
  const s = Math.max(0, 66 + bitLength(d) - bitLength(m));
  const num = m << BigInt(s);
  let q = num / d;
  if (q * d !== num) q |= 1n; // Sticky bit far below the rounding position.
  return bigToDouble(q, -s);
}
