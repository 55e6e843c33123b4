// Building big Lua strings in library functions. A JS string holds at most V8's
// String::kMaxLength chars, far below LuaJIT's LJ_MAX_STR: a result beyond what JS can
// hold is reported as LuaJIT reports a failed allocation, "not enough memory", which
// pcall catches. Byte-wise transformations go through typed arrays, never through
// char-by-char concatenation (each `+=` of one char is a heap node in V8).
import { ErrMsg, errMsg, LuaError } from "../err.ts";
import { bytesToStr, strToBytes } from "../bytes.ts";

/** The longest JS string (V8's String::kMaxLength on 64-bit hosts). */
export const MAX_JS_STR = 2 ** 29 - 24;

/** Raises LuaJIT's out-of-memory error (no position, as lj_err_mem). */
export function memError(): never {
  throw new LuaError(errMsg(ErrMsg.ERRMEM));
}

/** True for the RangeErrors V8 throws when a string or array cannot grow. */
export function isGrowthError(e: unknown): boolean {
  return e instanceof RangeError &&
    /^Invalid (string|array|typed array) length|allocation failed/.test(e.message);
}

/** Runs f, turning a failed string or array growth into "not enough memory". */
export function growing<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isGrowthError(e)) memError();
    throw e;
  }
}

/** LuaJIT's largest string (LJ_MAX_STR); buffers may not grow past it either (LJ_MAX_BUF). */
export const LJ_MAX_STR = 0x7fffff00;

/**
 * Raises the error LuaJIT gives for a result of n bytes that JS cannot hold: a string of
 * LJ_MAX_STR bytes or a bit more fits LuaJIT's buffer but not its string table ("string
 * length overflow"); longer buffers and what fits LuaJIT but not JS fail to allocate.
 */
export function lengthError(n: number): never {
  if (n >= LJ_MAX_STR && n <= 2 ** 31) throw new LuaError(errMsg(ErrMsg.STROV));
  memError();
}

/**
 * Pieces joined in batches, so that millions of pieces make few heap nodes. Past what a
 * JS string holds it only counts, so that the error can tell how long the result was.
 */
export class StrBuilder {
  private acc = "";
  private parts: string[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(s: string): void {
    this.size += s.length;
    if (this.size > MAX_JS_STR) {
      if (this.size > 2 ** 31) memError();
      this.parts.length = 0;
      this.acc = "";
      return;
    }
    this.parts.push(s);
    if (this.parts.length >= 4096) this.flush();
  }

  toString(): string {
    if (this.size > MAX_JS_STR) lengthError(this.size);
    this.flush();
    return this.acc;
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.acc += this.parts.join("");
    this.parts.length = 0;
  }
}

const CASE_BIT = 0x20;

/** True when s has a byte >= 0x80 (where JS case mapping differs from C's "C" locale). */
const HIGH = /[\x80-\xff]/;

/** ASCII upper or lower case of a byte string; other bytes stay (LuaJIT ignores locales). */
export function mapCase(s: string, upper: boolean): string {
  if (!HIGH.test(s)) return upper ? s.toUpperCase() : s.toLowerCase();
  const b = strToBytes(s);
  const lo = upper ? 0x61 : 0x41, hi = upper ? 0x7a : 0x5a;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c >= lo && c <= hi) b[i] = c ^ CASE_BIT;
  }
  return bytesToStr(b);
}

/** The bytes of s in reverse order. */
export function reverseBytes(s: string): string {
  if (s.length < 2) return s;
  return bytesToStr(strToBytes(s).reverse());
}
