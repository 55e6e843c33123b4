// The Lua 5.1 pattern language (string.find/match/gmatch/gsub) over byte strings.
//
// A backtracking matcher with the behaviour of LuaJIT's: the same recursion structure,
// so the nesting limit ("pattern too complex" past 200 levels), the 32-capture limit and
// every error message come out at the same inputs. Patterns and subjects behave as C
// strings do there: a NUL byte inside a pattern ends it, and reading the subject one past
// its end gives a NUL byte (visible to %f).
//
// The engine knows nothing of the VM: captures come out as strings and positions, and
// gsub asks a callback for the replacement of table and function values.

import { StrBuilder } from "./strbuild.ts";

/** Raised for malformed patterns and capture misuse; the library reports it at the caller. */
export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PatternError";
  }
}

export const PATTERN_ERRORS = {
  frontier: "missing '[' after '%f' in pattern",
  capture: "invalid pattern capture",
  endsWithEscape: "malformed pattern (ends with '%')",
  missingBracket: "malformed pattern (missing ']')",
  unbalanced: "unbalanced pattern",
  tooComplex: "pattern too complex",
  captureIndex: "invalid capture index",
  tooManyCaptures: "too many captures",
  unfinishedCapture: "unfinished capture",
} as const;

/** Maximum nesting of the matcher's recursion. */
const MAX_DEPTH = 200;
/** Maximum number of captures in one pattern. */
export const MAX_CAPTURES = 32;

const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;

// -- Character classes (ASCII, C locale) ----------------------------------

const C_CNTRL = 1, C_SPACE = 2, C_PUNCT = 4, C_DIGIT = 8, C_XDIGIT = 16, C_UPPER = 32, C_LOWER = 64;
const C_ALPHA = C_UPPER | C_LOWER, C_ALNUM = C_ALPHA | C_DIGIT, C_GRAPH = C_ALNUM | C_PUNCT;

/** Class bits of each byte. */
const CHAR_BITS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  let b = 0;
  if (c < 32 || c === 127) b |= C_CNTRL;
  if ((c >= 9 && c <= 13) || c === 32) b |= C_SPACE;
  if (c >= 0x30 && c <= 0x39) b |= C_DIGIT | C_XDIGIT;
  if (c >= 0x41 && c <= 0x5a) b |= C_UPPER;
  if (c >= 0x61 && c <= 0x7a) b |= C_LOWER;
  if ((c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) b |= C_XDIGIT;
  if (c > 32 && c < 127 && !(b & C_ALNUM)) b |= C_PUNCT;
  CHAR_BITS[c] = b;
}

/** `%x` class letters (lower case) to the class bits they test. */
const CLASS_LETTERS: Record<string, number> = {
  a: C_ALPHA,
  c: C_CNTRL,
  d: C_DIGIT,
  g: C_GRAPH,
  l: C_LOWER,
  p: C_PUNCT,
  s: C_SPACE,
  u: C_UPPER,
  w: C_ALNUM,
  x: C_XDIGIT,
};
/** Class letter char code (either case) to bits; upper case negates. */
const CLASS_MAP = new Uint8Array(128);
for (const [l, bits] of Object.entries(CLASS_LETTERS)) {
  CLASS_MAP[l.charCodeAt(0)] = bits;
  CLASS_MAP[l.toUpperCase().charCodeAt(0)] = bits;
}

export function isDigitByte(c: number): boolean {
  return (CHAR_BITS[c] & C_DIGIT) !== 0;
}

/** Whether byte c belongs to class `%cl`. */
function matchClass(c: number, cl: number): boolean {
  const bits = cl < 128 ? CLASS_MAP[cl] : 0;
  if (bits) {
    const t = (CHAR_BITS[c] & bits) !== 0;
    return cl >= 0x61 ? t : !t;
  }
  if (cl === 0x7a /* z */) return c === 0;
  if (cl === 0x5a /* Z */) return c !== 0;
  return cl === c;
}

const ESC = 0x25; // %

/** Pattern characters that make string.find search for a pattern rather than plainly. */
const SPECIALS = "^$*+?.([%-";

export function hasPattern(p: string): boolean {
  for (let i = 0; i < p.length; i++) if (SPECIALS.includes(p[i])) return true;
  return false;
}

/** Matching state of one pattern against one subject. */
export class MatchState {
  /** Number of captures opened so far (finished or not). */
  level = 0;
  depth = 0;
  readonly capInit = new Int32Array(MAX_CAPTURES);
  readonly capLen = new Int32Array(MAX_CAPTURES);
  readonly srcEnd: number;
  readonly patEnd: number;

  constructor(readonly src: string, readonly pat: string) {
    this.srcEnd = src.length;
    this.patEnd = pat.length;
  }

  /** Pattern byte at i; 0 past the end. */
  private p(i: number): number {
    return i < this.patEnd ? this.pat.charCodeAt(i) : 0;
  }

  /** Subject byte at i; 0 at (and past) the end. */
  private s(i: number): number {
    return i < this.srcEnd ? this.src.charCodeAt(i) : 0;
  }

  /** Resets the state before an attempt at a new subject position. */
  reset(): void {
    this.level = 0;
    this.depth = 0;
  }

  /** Index just past the single-char class starting at p. */
  private classEnd(p: number): number {
    const c = this.p(p++);
    if (c === ESC) {
      if (this.p(p) === 0) throw new PatternError(PATTERN_ERRORS.endsWithEscape);
      return p + 1;
    }
    if (c === 0x5b /* [ */) {
      if (this.p(p) === 0x5e /* ^ */) p++;
      do { // The first character after [ or [^ is never the closing bracket.
        const ch = this.p(p);
        if (ch === 0) throw new PatternError(PATTERN_ERRORS.missingBracket);
        p++;
        if (ch === ESC && this.p(p) !== 0) p++;
      } while (this.p(p) !== 0x5d /* ] */);
      return p + 1;
    }
    return p;
  }

  /** Whether c is in the set [...] spanning p (at '[') to ec (at ']'). */
  private matchBracket(c: number, p: number, ec: number): boolean {
    let sig = true;
    if (this.p(p + 1) === 0x5e /* ^ */) {
      sig = false;
      p++;
    }
    while (++p < ec) {
      const ch = this.p(p);
      if (ch === ESC) {
        p++;
        if (matchClass(c, this.p(p))) return sig;
      } else if (this.p(p + 1) === 0x2d /* - */ && p + 2 < ec) {
        p += 2;
        if (ch <= c && c <= this.p(p)) return sig;
      } else if (ch === c) return sig;
    }
    return !sig;
  }

  /** Whether byte c matches the single-char class at p (ending at ep). */
  private singleMatch(c: number, p: number, ep: number): boolean {
    const ch = this.p(p);
    if (ch === 0x2e /* . */) return true;
    if (ch === ESC) return matchClass(c, this.p(p + 1));
    if (ch === 0x5b /* [ */) return this.matchBracket(c, p, ep - 1);
    return ch === c;
  }

  private matchBalance(s: number, p: number): number {
    const b = this.p(p), e = this.p(p + 1);
    if (b === 0 || e === 0) throw new PatternError(PATTERN_ERRORS.unbalanced);
    if (this.s(s) !== b) return -1;
    let cont = 1;
    while (++s < this.srcEnd) {
      const c = this.src.charCodeAt(s);
      if (c === e) {
        if (--cont === 0) return s + 1;
      } else if (c === b) cont++;
    }
    return -1;
  }

  private maxExpand(s: number, p: number, ep: number): number {
    let i = 0;
    if (this.p(p) === 0x2e /* . matches anything */) i = this.srcEnd - s;
    else {
      while (s + i < this.srcEnd && this.singleMatch(this.src.charCodeAt(s + i), p, ep)) i++;
    }
    // Try the rest of the pattern with the longest run first, then shorter ones.
    for (; i >= 0; i--) {
      const res = this.match(s + i, ep + 1);
      if (res >= 0) return res;
    }
    return -1;
  }

  private minExpand(s: number, p: number, ep: number): number {
    for (;;) {
      const res = this.match(s, ep + 1);
      if (res >= 0) return res;
      if (s < this.srcEnd && this.singleMatch(this.src.charCodeAt(s), p, ep)) s++;
      else return -1;
    }
  }

  private startCapture(s: number, p: number, what: number): number {
    const level = this.level;
    if (level >= MAX_CAPTURES) throw new PatternError(PATTERN_ERRORS.tooManyCaptures);
    this.capInit[level] = s;
    this.capLen[level] = what;
    this.level = level + 1;
    const res = this.match(s, p);
    if (res < 0) this.level--;
    return res;
  }

  private endCapture(s: number, p: number): number {
    let l = this.level - 1;
    while (l >= 0 && this.capLen[l] !== CAP_UNFINISHED) l--;
    if (l < 0) throw new PatternError(PATTERN_ERRORS.capture);
    this.capLen[l] = s - this.capInit[l];
    const res = this.match(s, p);
    if (res < 0) this.capLen[l] = CAP_UNFINISHED;
    return res;
  }

  /** Back-reference %1..%9 (l is the digit's char code). */
  private matchCapture(s: number, l: number): number {
    l -= 0x31;
    if (l < 0 || l >= this.level || this.capLen[l] === CAP_UNFINISHED) {
      throw new PatternError(PATTERN_ERRORS.captureIndex);
    }
    const len = this.capLen[l];
    const init = this.capInit[l];
    // A position capture has a negative length, which (as an unsigned size) never fits.
    if (len < 0 || this.srcEnd - s < len) return -1;
    for (let i = 0; i < len; i++) {
      if (this.src.charCodeAt(init + i) !== this.src.charCodeAt(s + i)) return -1;
    }
    return s + len;
  }

  /** Matches the pattern from index p against the subject from s; the match end or -1. */
  match(s: number, p: number): number {
    if (++this.depth > MAX_DEPTH) throw new PatternError(PATTERN_ERRORS.tooComplex);
    for (;;) { // Tail positions continue the loop instead of recursing.
      const pc = this.p(p);
      if (pc === 0x28 /* ( */) {
        s = this.p(p + 1) === 0x29
          ? this.startCapture(s, p + 2, CAP_POSITION)
          : this.startCapture(s, p + 1, CAP_UNFINISHED);
        break;
      }
      if (pc === 0x29 /* ) */) {
        s = this.endCapture(s, p + 1);
        break;
      }
      if (pc === 0) break; // End of pattern: success.
      if (pc === 0x24 /* $ */ && this.p(p + 1) === 0) {
        if (s !== this.srcEnd) s = -1;
        break;
      }
      if (pc === ESC) {
        const nc = this.p(p + 1);
        if (nc === 0x62 /* b */) {
          s = this.matchBalance(s, p + 2);
          if (s < 0) break;
          p += 4;
          continue;
        }
        if (nc === 0x66 /* f */) {
          p += 2;
          if (this.p(p) !== 0x5b) throw new PatternError(PATTERN_ERRORS.frontier);
          const ep = this.classEnd(p);
          const prev = s === 0 ? 0 : this.src.charCodeAt(s - 1);
          if (this.matchBracket(prev, p, ep - 1) || !this.matchBracket(this.s(s), p, ep - 1)) {
            s = -1;
            break;
          }
          p = ep;
          continue;
        }
        if (isDigitByte(nc)) {
          s = this.matchCapture(s, nc);
          if (s < 0) break;
          p += 2;
          continue;
        }
      }
      // A single-char class, maybe followed by a repetition suffix.
      const ep = this.classEnd(p);
      const m = s < this.srcEnd && this.singleMatch(this.src.charCodeAt(s), p, ep);
      const suffix = this.p(ep);
      if (suffix === 0x3f /* ? */) {
        if (m) {
          const res = this.match(s + 1, ep + 1);
          if (res >= 0) {
            s = res;
            break;
          }
        }
        p = ep + 1;
        continue;
      }
      if (suffix === 0x2a /* * */) {
        s = this.maxExpand(s, p, ep);
        break;
      }
      if (suffix === 0x2b /* + */) {
        s = m ? this.maxExpand(s + 1, p, ep) : -1;
        break;
      }
      if (suffix === 0x2d /* - */) {
        s = this.minExpand(s, p, ep);
        break;
      }
      if (!m) {
        s = -1;
        break;
      }
      s++;
      p = ep;
    }
    this.depth--;
    return s;
  }

  /** Capture i of a match spanning s..e: a string, or a 1-based position. */
  capture(i: number, s: number, e: number): string | number {
    if (i >= this.level) {
      if (i === 0) return this.src.slice(s, e); // No captures: the whole match.
      throw new PatternError(PATTERN_ERRORS.captureIndex);
    }
    const len = this.capLen[i];
    if (len === CAP_UNFINISHED) throw new PatternError(PATTERN_ERRORS.unfinishedCapture);
    const init = this.capInit[i];
    if (len === CAP_POSITION) return init + 1;
    return this.src.slice(init, init + len);
  }

  /**
   * All captures of a match spanning s..e; with no captures, the whole match (when
   * `whole`) or nothing.
   */
  captures(s: number, e: number, whole: boolean): (string | number)[] {
    const n = this.level === 0 && whole ? 1 : this.level;
    const out: (string | number)[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.capture(i, s, e);
    return out;
  }
}

/** Plain substring search from byte index `init`; the index found or -1. */
function findPlain(s: string, p: string, init: number): number {
  if (p.length === 0) return init;
  return s.indexOf(p, init);
}

/**
 * string.find (find = true) and string.match (find = false). `init` is the Lua start
 * argument (1-based, negative from the end). Returns the results, or null for no match.
 */
export function strFind(
  s: string,
  p: string,
  init: number,
  plain: boolean,
  find: boolean,
): (string | number)[] | null {
  let st = init < 0 ? init + s.length : init - 1;
  if (st < 0) st = 0;
  if (st > s.length) st = s.length;
  if (find && (plain || !hasPattern(p))) {
    const q = findPlain(s, p, st);
    return q < 0 ? null : [q + 1, q + p.length];
  }
  let pstart = 0;
  const anchor = p.charCodeAt(0) === 0x5e /* ^ */;
  if (anchor) pstart = 1;
  const ms = new MatchState(s, p);
  let sp = st;
  do {
    ms.reset();
    const e = ms.match(sp, pstart);
    if (e >= 0) {
      if (find) return [sp + 1, e, ...ms.captures(-1, -1, false)];
      return ms.captures(sp, e, true);
    }
  } while (sp++ < s.length && !anchor);
  return null;
}

/**
 * One step of string.gmatch from byte index `pos`: the captures and the position to
 * continue from, or null when there are no more matches.
 */
export function gmatchStep(
  s: string,
  p: string,
  pos: number,
): { caps: (string | number)[]; next: number } | null {
  const ms = new MatchState(s, p);
  for (let src = pos; src <= s.length; src++) {
    ms.reset();
    const e = ms.match(src, 0);
    if (e >= 0) {
      // An empty match moves on by one so that the iteration progresses.
      return { caps: ms.captures(src, e, true), next: e === src ? e + 1 : e };
    }
  }
  return null;
}

/**
 * Expands a gsub replacement string for a match spanning s..e: `%0` is the whole match,
 * `%1`..`%9` the captures, `%` before any other byte gives that byte (and a trailing `%`
 * a NUL byte, as C's terminator is read).
 */
export function expandReplacement(ms: MatchState, repl: string, s: number, e: number): string {
  let out = "";
  let run = 0;
  const n = repl.length;
  for (let i = 0; i < n; i++) {
    if (repl.charCodeAt(i) !== ESC) continue;
    out += repl.slice(run, i);
    i++;
    const c = i < n ? repl.charCodeAt(i) : 0;
    if (!isDigitByte(c)) out += String.fromCharCode(c);
    else if (c === 0x30) out += ms.src.slice(s, e);
    else {
      const cap = ms.capture(c - 0x31, s, e);
      out += typeof cap === "number" ? String(cap) : cap;
    }
    run = i + 1;
  }
  return out + repl.slice(run);
}

/**
 * string.gsub over the engine: `replace` returns the text to put in place of the match
 * s..e (it raises for bad replacement values). Returns the result and the match count.
 */
export function gsub(
  src: string,
  pat: string,
  maxN: number,
  replace: (ms: MatchState, s: number, e: number) => string,
): [string, number] {
  let pstart = 0;
  const anchor = pat.charCodeAt(0) === 0x5e;
  if (anchor) pstart = 1;
  const ms = new MatchState(src, pat);
  const out = new StrBuilder();
  let s = 0, n = 0, copied = 0;
  while (n < maxN) {
    ms.reset();
    const e = ms.match(s, pstart);
    if (e >= 0) {
      n++;
      out.push(src.slice(copied, s));
      out.push(replace(ms, s, e));
      copied = e;
    }
    if (e >= 0 && e > s) s = e;
    else if (s < src.length) s++;
    else break;
    if (anchor) break;
  }
  out.push(src.slice(copied));
  return [out.toString(), n];
}
