// string.format: the format-string parser and every conversion, as LuaJIT does them.
//
// A parsed conversion is packed into one integer (an "SFormat", the layout LuaJIT uses, so
// that the JIT can carry a format as a constant): bits 0-3 the type, 4-5 the subtype,
// 8-13 the flags, 16-23 the width and 24-31 the precision plus one (0: no precision).
// Width and precision have at most two digits each; anything longer is an invalid option.
import { fmtE, fmtF, fmtG, fmtNum } from "./strfmt_num.ts";
import { StrBuilder } from "./lib/strbuild.ts";

// Types.
export const SF_EOF = 0;
export const SF_ERR = 1;
export const SF_LIT = 2;
export const SF_INT = 3;
export const SF_UINT = 4;
export const SF_NUM = 5;
export const SF_STR = 6;
export const SF_CHAR = 7;
export const SF_PTR = 8;

// Subtypes (the same bits mean different things per type).
export const SF_T_HEX = 0x10; // SF_UINT
export const SF_T_OCT = 0x20; // SF_UINT
export const SF_T_FP_A = 0x00; // SF_NUM
export const SF_T_FP_E = 0x10; // SF_NUM
export const SF_T_FP_F = 0x20; // SF_NUM
export const SF_T_FP_G = 0x30; // SF_NUM
export const SF_T_QUOTED = 0x10; // SF_STR

// Flags.
export const SF_F_LEFT = 0x100;
export const SF_F_PLUS = 0x200;
export const SF_F_ZERO = 0x400;
export const SF_F_SPACE = 0x800;
export const SF_F_ALT = 0x1000;
export const SF_F_UPPER = 0x2000;

const SH_WIDTH = 16;
const SH_PREC = 24;

export const sfType = (sf: number): number => sf & 15;
export const sfWidth = (sf: number): number => (sf >>> SH_WIDTH) & 255;
/** Precision, or -1 when the conversion has none. */
export const sfPrec = (sf: number): number => ((sf >>> SH_PREC) & 255) - 1;

/** Conversion letters and what they parse to; upper-case letters also set SF_F_UPPER. */
const CONVERSIONS: Record<string, number> = {
  a: SF_NUM | SF_T_FP_A,
  A: SF_NUM | SF_T_FP_A,
  c: SF_CHAR,
  d: SF_INT,
  i: SF_INT,
  e: SF_NUM | SF_T_FP_E,
  E: SF_NUM | SF_T_FP_E,
  f: SF_NUM | SF_T_FP_F,
  F: SF_NUM | SF_T_FP_F,
  g: SF_NUM | SF_T_FP_G,
  G: SF_NUM | SF_T_FP_G,
  o: SF_UINT | SF_T_OCT,
  p: SF_PTR,
  q: SF_STR | SF_T_QUOTED,
  s: SF_STR,
  u: SF_UINT,
  x: SF_UINT | SF_T_HEX,
  X: SF_UINT | SF_T_HEX,
};

/** Conversion letter (char code) to its SFormat bits; 0 for none. */
const CONV_MAP = new Int32Array(128);
for (const [ch, sf] of Object.entries(CONVERSIONS)) {
  const c = ch.charCodeAt(0);
  CONV_MAP[c] = sf | (c < 0x61 ? SF_F_UPPER : 0);
}

const FLAG_BITS: Record<number, number> = {
  0x2d: SF_F_LEFT, // -
  0x2b: SF_F_PLUS, // +
  0x30: SF_F_ZERO, // 0
  0x20: SF_F_SPACE, // ' '
  0x23: SF_F_ALT, // #
};

/** %.14g, the format of tostring. */
export const SF_G14 = SF_NUM | SF_T_FP_G | ((14 + 1) << SH_PREC);

/** Parser position in a format string; `lit`/`litEnd` delimit the last literal or spec. */
export class FormatState {
  pos = 0;
  /** Start of the text returned with SF_LIT (or of the bad option with SF_ERR). */
  lit = 0;
  litEnd = 0;
  constructor(public fmt: string) {}

  /** The literal text (SF_LIT) or the invalid option (SF_ERR) last returned. */
  text(): string {
    return this.fmt.slice(this.lit, this.litEnd);
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Returns the next piece of the format: SF_LIT (literal text, `%%` yields one `%`),
 * a conversion (SFormat), SF_ERR (invalid conversion) or SF_EOF.
 */
export function parseFormat(fs: FormatState): number {
  const s = fs.fmt, e = s.length;
  // Bytes past the end read as NUL, as in C's NUL-terminated format.
  const at = (i: number) => (i < e ? s.charCodeAt(i) : 0);
  let p = fs.pos;
  fs.lit = p;
  for (; p < e; p++) {
    if (s.charCodeAt(p) !== 0x25) continue;
    if (at(p + 1) === 0x25) { // "%%": the literal so far plus one '%'.
      fs.pos = p + 2;
      fs.litEnd = p + 1;
      return SF_LIT;
    }
    if (p !== fs.lit) break; // Return the literal before this conversion first.
    let sf = 0;
    for (p++;; p++) {
      const fl = FLAG_BITS[at(p)];
      if (fl === undefined) break;
      sf |= fl;
    }
    if (isDigit(at(p))) {
      let width = at(p++) - 0x30;
      if (isDigit(at(p))) width = width * 10 + at(p++) - 0x30;
      sf |= width << SH_WIDTH;
    }
    if (at(p) === 0x2e) {
      let prec = 0;
      p++;
      if (isDigit(at(p))) {
        prec = at(p++) - 0x30;
        if (isDigit(at(p))) prec = prec * 10 + at(p++) - 0x30;
      }
      sf |= (prec + 1) << SH_PREC;
    }
    const c = at(p);
    const conv = c < 128 ? CONV_MAP[c] : 0;
    if (conv) {
      fs.pos = p + 1;
      return (sf | conv) >>> 0;
    }
    // The error names the option up to and including the bad character if printable.
    if (c >= 32) p++;
    fs.litEnd = Math.min(p, e);
    fs.pos = e;
    return SF_ERR;
  }
  fs.pos = p;
  fs.litEnd = p;
  return p > fs.lit ? SF_LIT : SF_EOF;
}

// -- Integer conversions --------------------------------------------------

const TWO63 = 9223372036854775808;
const TWO64 = 18446744073709551616;
const INT64_MIN = -(2n ** 63n);

/** C's (int64_t) conversion of a double on x64: out of range and NaN give INT64_MIN. */
function toInt64(n: number): bigint {
  if (!(n >= -TWO63 && n < TWO63)) return INT64_MIN;
  return BigInt(Math.trunc(n));
}

/**
 * %d/%i/%u/%o/%x/%X of a 64-bit value given as a bigint (its two's-complement bit pattern
 * is what unsigned conversions print; signed ones read it as int64).
 */
export function formatXInt(sf: number, k: bigint): string {
  let prefix = "";
  let u = BigInt.asUintN(64, k);
  if (sfType(sf) === SF_INT) {
    const sk = BigInt.asIntN(64, k);
    if (sk < 0n) {
      u = BigInt.asUintN(64, -sk);
      prefix = "-";
    } else if (sf & SF_F_PLUS) prefix = "+";
    else if (sf & SF_F_SPACE) prefix = " ";
  }
  let prec = sfPrec(sf);
  if (prec >= 0) sf &= ~SF_F_ZERO; // An explicit precision disables zero padding.
  let digits: string;
  if (u === 0n) {
    digits = prec !== 0 || (sf & (SF_T_OCT | SF_F_ALT)) === (SF_T_OCT | SF_F_ALT) ? "0" : "";
  } else if (sf & SF_T_HEX) {
    digits = u.toString(16);
    if (sf & SF_F_UPPER) digits = digits.toUpperCase();
    if (sf & SF_F_ALT) prefix = sf & SF_F_UPPER ? "0X" : "0x";
  } else if (sf & SF_T_OCT) {
    digits = u.toString(8);
    if (sf & SF_F_ALT) digits = "0" + digits;
  } else {
    digits = u.toString();
  }
  if (digits.length >= prec) prec = digits.length;
  const width = sfWidth(sf);
  const pprec = prec + prefix.length;
  const pad = width > pprec ? width - pprec : 0;
  const zeros = "0".repeat(prec - digits.length);
  if (sf & SF_F_LEFT) return prefix + zeros + digits + " ".repeat(pad);
  if (sf & SF_F_ZERO) return prefix + "0".repeat(pad) + zeros + digits;
  return " ".repeat(pad) + prefix + zeros + digits;
}

/** %d/%i of a Lua number: truncated to int64 as C's cast does. */
export function formatInt(sf: number, n: number): string {
  if (sf === SF_INT && n > -2147483649 && n < 2147483648) {
    const k = n < 0 ? Math.ceil(n) : Math.floor(n);
    return String(k === 0 ? 0 : k);
  }
  return formatXInt(sf, toInt64(n));
}

/** %u/%o/%x/%X of a Lua number: values from 2^63 wrap as uint64. */
export function formatUint(sf: number, n: number): string {
  return formatXInt(sf, n >= TWO63 ? toInt64(n - TWO64) : toInt64(n));
}

// -- Character and string conversions -------------------------------------

/** %c: the low byte of an integer, padded to the width. */
export function formatChar(sf: number, c: number): string {
  const ch = String.fromCharCode(c & 255);
  const width = sfWidth(sf);
  if (width <= 1) return ch;
  const pad = " ".repeat(width - 1);
  return sf & SF_F_LEFT ? ch + pad : pad + ch;
}

/** %s: the string cut to the precision and padded to the width. */
export function formatStr(sf: number, s: string): string {
  const prec = sfPrec(sf);
  if (prec >= 0 && s.length > prec) s = s.slice(0, prec);
  const width = sfWidth(sf);
  if (width <= s.length) return s;
  const pad = " ".repeat(width - s.length);
  return sf & SF_F_LEFT ? s + pad : pad + s;
}

/**
 * %q: the string in double quotes, readable back by the lexer. `"`, `\` and newline get a
 * backslash; other control characters become decimal escapes, three digits wide only when
 * a digit follows or the code is >= 100.
 */
export function quoteString(s: string): string {
  const out = new StrBuilder();
  out.push('"');
  let run = 0; // Start of the pending run of unescaped bytes.
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x0a) {
      out.push(s.slice(run, i));
      out.push("\\" + s[i]);
      run = i + 1;
    } else if (c < 0x20 || c === 0x7f) {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      const esc = c >= 100 || isDigit(next) ? String(c).padStart(3, "0") : String(c);
      out.push(s.slice(run, i));
      out.push("\\" + esc);
      run = i + 1;
    }
  }
  out.push(s.slice(run));
  out.push('"');
  return out.toString();
}

// -- Floating-point conversions -------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1, HI = LITTLE ? 1 : 0;

/** Sign prefix of a number under the +/space flags. */
function signPrefix(sf: number, negative: boolean): string {
  if (negative) return "-";
  if (sf & SF_F_PLUS) return "+";
  if (sf & SF_F_SPACE) return " ";
  return "";
}

/** Pads `prefix + body` to the width; zero padding goes between them. */
function padNumber(sf: number, prefix: string, body: string, zeroOk: boolean): string {
  const width = sfWidth(sf);
  const len = prefix.length + body.length;
  if (width <= len) return prefix + body;
  const pad = width - len;
  if (sf & SF_F_LEFT) return prefix + body + " ".repeat(pad);
  if (zeroOk && sf & SF_F_ZERO) return prefix + "0".repeat(pad) + body;
  return " ".repeat(pad) + prefix + body;
}

/** %a/%A: hexadecimal mantissa and binary exponent, as LuaJIT writes them. */
function formatHexFloat(sf: number, n: number): { prefix: string; body: string } {
  f64[0] = n;
  let hi = u32[HI];
  const lo = u32[LO];
  const upper = (sf & SF_F_UPPER) !== 0;
  const prefix = signPrefix(sf, (hi & 0x80000000) !== 0);
  let e = (hi >>> 20) & 0x7ff;
  hi &= 0xfffff;
  // Mantissa as a 53-bit integer m with |n| = m * 2^(e-52); bit 52 set unless n is 0.
  let m = BigInt(hi) * 0x100000000n + BigInt(lo);
  if (e) {
    m |= 1n << 52n;
    e -= 1023;
  } else if (m !== 0n) {
    const shift = 53 - m.toString(2).length; // Normalise a denormal.
    e = -1022 - shift;
    m <<= BigInt(shift);
  }
  let prec = sfPrec(sf);
  if (prec < 0) {
    // Shortest exact form: drop trailing zero nibbles of the 52-bit fraction.
    const frac = m & ((1n << 52n) - 1n);
    prec = frac === 0n ? 0 : 13 - Math.floor(trailingZeros(frac) / 4);
  } else if (prec < 13) {
    m += 1n << BigInt(51 - prec * 4); // Round half up; may carry into the lead digit.
  }
  const hexdig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  let body = "0" + (upper ? "X" : "x") + "0123456789"[Number(m >> 52n)];
  // Width padding with zeros goes after "0x".
  if (prec !== 0 || sf & SF_F_ALT) {
    let frac = "";
    if (prec < 13) {
      let t = (m & ((1n << 52n) - 1n)) >> BigInt(52 - prec * 4);
      for (let i = 0; i < prec; i++) {
        frac = hexdig[Number(t & 15n)] + frac;
        t >>= 4n;
      }
    } else {
      let t = m;
      for (let i = 0; i < 13; i++) {
        frac = hexdig[Number(t & 15n)] + frac;
        t >>= 4n;
      }
      frac += "0".repeat(prec - 13);
    }
    body += "." + frac;
  }
  body += (upper ? "P" : "p") + (e < 0 ? "-" : "+") + String(Math.abs(e));
  return { prefix, body };
}

function trailingZeros(x: bigint): number {
  let n = 0;
  while ((x & 1n) === 0n) {
    x >>= 1n;
    n++;
  }
  return n;
}

/** %a/%e/%f/%g (and upper-case forms) of a number with flags, width and precision. */
export function formatFloat(sf: number, n: number): string {
  if (!Number.isFinite(n)) {
    // inf and nan: never zero-padded; NaN never shows a sign other than the space flag.
    const upper = (sf & SF_F_UPPER) !== 0;
    let prefix: string, word: string;
    if (n !== n) {
      word = "nan";
      prefix = sf & SF_F_SPACE ? " " : "";
    } else {
      word = "inf";
      prefix = signPrefix(sf, n < 0);
    }
    return padNumber(sf, prefix, upper ? word.toUpperCase() : word, false);
  }
  const fp = sf & 0x30;
  if (fp === SF_T_FP_A) {
    const h = formatHexFloat(sf, n);
    const width = sfWidth(sf);
    const len = h.prefix.length + h.body.length;
    if (width > len && (sf & (SF_F_LEFT | SF_F_ZERO)) === SF_F_ZERO) {
      return h.prefix + h.body.slice(0, 2) + "0".repeat(width - len) + h.body.slice(2);
    }
    return padNumber(sf, h.prefix, h.body, false);
  }
  const prec = sfPrec(sf) < 0 ? 6 : sfPrec(sf);
  const upper = (sf & SF_F_UPPER) !== 0, alt = (sf & SF_F_ALT) !== 0;
  const negative = n < 0 || Object.is(n, -0);
  const a = Math.abs(n);
  let body: string;
  if (fp === SF_T_FP_E) body = fmtE(a, prec, upper, alt);
  else if (fp === SF_T_FP_F) body = fmtF(a, prec, upper, alt);
  else body = fmtG(a, prec, upper, alt);
  return padNumber(sf, signPrefix(sf, negative), body, true);
}

// -- string.format --------------------------------------------------------

/**
 * How string.format reads its arguments, numbered as Lua arguments (the format string is
 * argument 1). Each method may raise a Lua error.
 */
export interface FormatArgs {
  /** Number of arguments, the format string included. */
  count: number;
  /** Argument i as a number (strings are converted), or a bad-argument error. */
  num(i: number): number;
  /** Argument i as a 32-bit integer (checkint), or a bad-argument error. */
  int(i: number): number;
  /** Argument i for %s/%q: a string, a buffer's contents, __tostring's result converted raw. */
  str(i: number): string;
  /** Argument i for %p: its address text. */
  ptr(i: number): string;
  /** Raises "bad argument #i to 'format' (msg)". */
  argError(i: number, msg: string): never;
  /** Raises an error at the caller. */
  error(msg: string): never;
}

/** Formats `fmt` with the arguments; the result is a Lua byte string. */
export function strFormat(fmt: string, args: FormatArgs): string {
  const fs = new FormatState(fmt);
  const out = new StrBuilder();
  let arg = 1;
  for (;;) {
    const sf = parseFormat(fs);
    if (sf === SF_EOF) return out.toString();
    if (sf === SF_LIT) {
      out.push(fs.text());
      continue;
    }
    if (sf === SF_ERR) return args.error(`invalid option '${fs.text()}' to 'format'`);
    arg++;
    if (arg > args.count) args.argError(arg, "value expected");
    switch (sfType(sf)) {
      case SF_INT:
        out.push(formatInt(sf, args.num(arg)));
        break;
      case SF_UINT:
        out.push(formatUint(sf, args.num(arg)));
        break;
      case SF_NUM:
        out.push(formatFloat(sf, args.num(arg)));
        break;
      case SF_STR: {
        const s = args.str(arg);
        out.push(sf & SF_T_QUOTED ? quoteString(s) : formatStr(sf, s));
        break;
      }
      case SF_CHAR:
        out.push(formatChar(sf, args.int(arg)));
        break;
      case SF_PTR:
        out.push(args.ptr(arg));
        break;
    }
  }
}

/** Number to string as tostring does (re-exported for the libraries). */
export { fmtNum };
