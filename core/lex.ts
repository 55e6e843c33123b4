// Lexical analyzer with LuaJIT's tokens, escapes, number literals and error messages.
// The source is a Lua byte string (one char per byte). Errors are thrown as LuaSyntaxError
// whose message is exactly what luajit reports, e.g. `x.lua:3: '=' expected near 'foo'`.
import { shortSrc } from "./debug.ts";
import { KCdata } from "./func.ts";
import {
  scanNumber,
  STRSCAN_ERROR,
  STRSCAN_I64,
  STRSCAN_IMAG,
  STRSCAN_NUM,
  STRSCAN_OPT_IMAG,
  STRSCAN_OPT_LL,
  STRSCAN_OPT_TONUM,
} from "./strscan.ts";

/** A Lua syntax (or source loading) error; `message` is the complete Lua message. */
export class LuaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LuaSyntaxError";
  }
}

// -- Tokens ---------------------------------------------------------------------------
// Single-character tokens are their byte value; the others follow TK_OFS in this order.

export const TK_OFS = 256;
// deno-fmt-ignore
const TOKEN_NAMES = [
  "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if",
  "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
  "..", "...", "==", ">=", "<=", "~=", "::", "<number>", "<name>", "<string>", "<eof>",
] as const;

const tk = (name: typeof TOKEN_NAMES[number]): number => TK_OFS + 1 + TOKEN_NAMES.indexOf(name);
export const TK_and = tk("and");
export const TK_break = tk("break");
export const TK_do = tk("do");
export const TK_else = tk("else");
export const TK_elseif = tk("elseif");
export const TK_end = tk("end");
export const TK_false = tk("false");
export const TK_for = tk("for");
export const TK_function = tk("function");
export const TK_goto = tk("goto");
export const TK_if = tk("if");
export const TK_in = tk("in");
export const TK_local = tk("local");
export const TK_nil = tk("nil");
export const TK_not = tk("not");
export const TK_or = tk("or");
export const TK_repeat = tk("repeat");
export const TK_return = tk("return");
export const TK_then = tk("then");
export const TK_true = tk("true");
export const TK_until = tk("until");
export const TK_while = tk("while");
export const TK_concat = tk("..");
export const TK_dots = tk("...");
export const TK_eq = tk("==");
export const TK_ge = tk(">=");
export const TK_le = tk("<=");
export const TK_ne = tk("~=");
export const TK_label = tk("::");
export const TK_number = tk("<number>");
export const TK_name = tk("<name>");
export const TK_string = tk("<string>");
export const TK_eof = tk("<eof>");

/** Reserved words and their tokens. */
const RESERVED = new Map<string, number>(
  TOKEN_NAMES.slice(0, TK_while - TK_OFS).map((w, i) => [w, TK_OFS + 1 + i]),
);

// -- Messages ---------------------------------------------------------------------------

/** Syntax error messages (lj_errmsg.h), `%s`/`%d` filled in order. */
export const LEX_ERR = {
  XLINES: "chunk has too many lines",
  XLEVELS: "chunk has too many syntax levels",
  XNUMBER: "malformed number",
  XLSTR: "unfinished long string",
  XLCOM: "unfinished long comment",
  XSTR: "unfinished string",
  XESC: "invalid escape sequence",
  XLDELIM: "invalid long string delimiter",
  XTOKEN: "'%s' expected",
  XJUMP: "control structure too long",
  XSLOTS: "function or expression too complex",
  XLIMC: "chunk has more than %d local variables",
  XLIMM: "main function has more than %d %s",
  XLIMF: "function at line %d has more than %d %s",
  XMATCH: "'%s' expected (to close '%s' at line %d)",
  XFIXUP: "function too long for return fixup",
  XPARAM: "<name> or '...' expected",
  XAMBIG: "ambiguous syntax (function call x new statement)",
  XFUNARG: "function arguments expected",
  XSYMBOL: "unexpected symbol",
  XDOTS: "cannot use '...' outside a vararg function",
  XSYNTAX: "syntax error",
  XFOR: "'=' or 'in' expected",
  XBREAK: "no loop to break",
  XLUNDEF: "undefined label '%s'",
  XLDUP: "duplicate label '%s'",
  XGSCOPE: "<goto %s> jumps into the scope of local '%s'",
  BCBAD: "cannot load malformed bytecode",
} as const;
export type LexErr = keyof typeof LEX_ERR;

/** Fills `%s`/`%d` placeholders in order. */
function formatMsg(fmt: string, args: (string | number)[]): string {
  let i = 0;
  return fmt.replace(/%[sd]/g, () => String(args[i++]));
}

/** A C string view: text up to the first NUL byte. */
function cstr(s: string): string {
  const z = s.indexOf("\0");
  return z < 0 ? s : s.slice(0, z);
}

// -- Character classes (lj_char), indexed by byte + 1 so that EOF (-1) has none ----------

const C_CNTRL = 0x01, C_SPACE = 0x02, C_DIGIT = 0x08, C_XDIGIT = 0x10, C_IDENT = 0x80;
const CHAR_BITS = new Uint8Array(257);
for (let c = 0; c < 256; c++) {
  let b = 0;
  if (c < 32 || c === 127) b |= C_CNTRL;
  if (c === 32 || (c >= 9 && c <= 13)) b |= C_SPACE;
  if (c >= 0x30 && c <= 0x39) b |= C_DIGIT | C_XDIGIT | C_IDENT;
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) b |= C_XDIGIT;
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) b |= C_IDENT;
  if (c === 0x5f || c >= 128) b |= C_IDENT;
  CHAR_BITS[c + 1] = b;
}
const isIdent = (c: number) => (CHAR_BITS[c + 1] & C_IDENT) !== 0;
const isDigit = (c: number) => (CHAR_BITS[c + 1] & C_DIGIT) !== 0;
const isXDigit = (c: number) => (CHAR_BITS[c + 1] & C_XDIGIT) !== 0;
const isSpace = (c: number) => (CHAR_BITS[c + 1] & C_SPACE) !== 0;
const isCntrl = (c: number) => (CHAR_BITS[c + 1] & C_CNTRL) !== 0;

const EOF = -1;
const LJ_MAX_LINE = 0x7fffff00;
const NUMBER_OPTS = STRSCAN_OPT_TONUM | STRSCAN_OPT_LL | STRSCAN_OPT_IMAG;

/** Value of a name, string or number token. */
export type TokVal = string | number | KCdata;

/** Pulls the next piece of source: a non-empty byte string, or null at the end. */
export type ChunkReader = () => string | null;

export class Lexer {
  /** The piece of source being read: bytes from position `off` on. */
  private src: string;
  private off = 0;
  /** Earlier pieces still needed by the token being scanned, from position `heldOff` on. */
  private held: string[] = [];
  private heldOff = 0;
  /** Position one past the last byte held. */
  private len: number;
  /** Where more source comes from, once `src` is used up (null: nowhere). */
  private more: ChunkReader | null;
  /** Start of the token being scanned: what a refill must keep. */
  private keep = 0;
  /** Position of the byte after the current character. */
  private p = 0;
  /** Current character, EOF at the end. */
  private c = EOF;
  /** Line of the current character. */
  linenumber = 1;
  /** Line of the last consumed token. */
  lastline = 1;
  tok = 0;
  tokval: TokVal = "";
  private lookaheadTok = TK_eof;
  private lookaheadVal: TokVal = "";
  private scanval: TokVal = "";
  /** Text of the last scanned name/string/number, as error messages quote it. */
  private sbText = "";
  /** Chunk name as given to the loader (`@file`, `=stdin`, source text). */
  readonly chunkname: string;

  /** Lexes `src`, then whatever `more` returns, pulled only when the lexer needs it. */
  constructor(src: string, chunkname: string, more: ChunkReader | null = null) {
    this.src = src;
    this.len = src.length;
    this.chunkname = chunkname;
    this.more = more;
  }

  /**
   * All source from the first byte on, read to the end (for a bytecode dump, which the
   * bytecode reader takes whole). Only valid right after setup().
   */
  rest(): string {
    const parts = [...this.held, this.src];
    for (let c = this.more?.(); c; c = this.more!()) parts.push(c);
    this.more = null;
    return parts.join("");
  }

  /** Reads the first character and skips a UTF-8 BOM and a `#` line. True for bytecode. */
  setup(): boolean {
    let header = false;
    this.nextc();
    if (
      this.c === 0xef && this.p + 2 <= this.len && this.byteAt(this.p) === 0xbb &&
      this.byteAt(this.p + 1) === 0xbf
    ) {
      this.p += 2;
      this.nextc();
      header = true;
    }
    if (this.c === 0x23 /* # */) {
      do {
        if (this.nextc() === EOF) return false;
      } while (!this.isEol());
      this.newline();
      header = true;
    }
    if (this.c === 0x1b) {
      // Bytecode behind a header line is refused, without naming the chunk.
      if (header) throw new LuaSyntaxError(LEX_ERR.BCBAD);
      return true;
    }
    return false;
  }

  /** Advances to the next token. */
  next(): void {
    this.lastline = this.linenumber;
    if (this.lookaheadTok === TK_eof) {
      this.tok = this.scan();
      this.tokval = this.scanval;
    } else {
      this.tok = this.lookaheadTok;
      this.tokval = this.lookaheadVal;
      this.lookaheadTok = TK_eof;
    }
  }

  /** Scans the token after the current one without consuming it. */
  lookahead(): number {
    this.lookaheadTok = this.scan();
    this.lookaheadVal = this.scanval;
    return this.lookaheadTok;
  }

  /** How a token is named in messages. */
  token2str(tok: number): string {
    if (tok > TK_OFS) return TOKEN_NAMES[tok - TK_OFS - 1];
    if (!isCntrl(tok)) return String.fromCharCode(tok);
    return `char(${tok})`;
  }

  /** Throws a syntax error at the current line, `near` the given token (0: none). */
  error(tok: number, em: LexErr, ...args: (string | number)[]): never {
    let near: string | null = null;
    if (tok === TK_name || tok === TK_string || tok === TK_number) near = this.sbText;
    else if (tok !== 0) near = this.token2str(tok);
    this.fail(near, em, args);
  }

  private fail(near: string | null, em: LexErr, args: (string | number)[]): never {
    const src = shortSrc(cstr(this.chunkname)); // C string: the name ends at a NUL.
    let msg = `${src}:${this.linenumber}: ${formatMsg(LEX_ERR[em], args)}`;
    if (near !== null) msg += ` near '${cstr(near)}'`;
    throw new LuaSyntaxError(msg);
  }

  // -- Characters -----------------------------------------------------------------------

  private nextc(): number {
    return (this.c = this.p < this.len ? this.src.charCodeAt(this.p++ - this.off) : this.refill());
  }

  /**
   * The current piece is used up: pulls the next one. Pieces are never concatenated
   * (V8 would copy all of them on every read); the part of the current token in older
   * pieces is held until the token ends.
   */
  private refill(): number {
    const piece = this.more === null ? null : this.more();
    if (!piece) {
      this.more = null;
      return EOF;
    }
    if (this.keep >= this.len) this.held.length = 0;
    else if (this.keep >= this.off) {
      this.held = [this.src.slice(this.keep - this.off)];
      this.heldOff = this.keep;
    } else this.held.push(this.src); // The token began in a held piece.
    this.src = piece;
    this.off = this.len;
    this.len += piece.length;
    return this.src.charCodeAt(this.p++ - this.off);
  }

  private byteAt(pos: number): number {
    return this.src.charCodeAt(pos - this.off);
  }

  /** Source text between two positions. */
  private text(start: number, end: number): string {
    if (start >= this.off) return this.src.slice(start - this.off, end - this.off);
    const all = this.held.join("") + this.src;
    return all.slice(start - this.heldOff, end - this.heldOff);
  }

  /** Index of the current character in the source. */
  private pos(): number {
    return this.c === EOF ? this.len : this.p - 1;
  }

  private isEol(): boolean {
    return this.c === 0x0a || this.c === 0x0d;
  }

  /** Skips "\n", "\r", "\r\n" or "\n\r" and counts the line. */
  private newline(): void {
    const old = this.c;
    this.nextc();
    if (this.isEol() && this.c !== old) this.nextc();
    if (++this.linenumber >= LJ_MAX_LINE) this.error(this.tok, "XLINES");
  }

  // -- Terminals --------------------------------------------------------------------------

  /** Number literal starting at `start` (the current char is its first digit). */
  private number(start: number): void {
    let c = this.c;
    let xp = 0x65; // e
    if (c === 0x30 && (this.nextc() | 0x20) === 0x78) xp = 0x70; // 0x...p
    while (
      isIdent(this.c) || this.c === 0x2e ||
      ((this.c === 0x2d || this.c === 0x2b) && (c | 0x20) === xp)
    ) {
      c = this.c;
      this.nextc();
    }
    const text = this.text(start, this.pos());
    this.sbText = text;
    const r = scanNumber(text, NUMBER_OPTS);
    if (r.fmt === STRSCAN_NUM) {
      this.scanval = r.n;
    } else if (r.fmt === STRSCAN_IMAG) {
      this.scanval = new KCdata("complex", 0n, 0, r.n);
    } else if (r.fmt !== STRSCAN_ERROR) {
      this.scanval = r.fmt === STRSCAN_I64
        ? new KCdata("int64", BigInt.asIntN(64, r.u64))
        : new KCdata("uint64", r.u64);
    } else {
      this.error(TK_number, "XNUMBER");
    }
  }

  /** Counts the `=` of `[==[` or `]==]`: the level, or -count-1 when the bracket is missing. */
  private skipEq(): number {
    const s = this.c;
    let count = 0;
    while (this.nextc() === 0x3d && count < 0x20000000) count++;
    return this.c === s ? count : -count - 1;
  }

  /** Long string (or comment when `isString` is false) of the given level. */
  private longString(sep: number, isString: boolean): void {
    this.nextc(); // Skip the second '['.
    if (this.isEol()) this.newline(); // A first newline is not part of the string.
    const parts: string[] = [];
    let seg = this.pos();
    for (;;) {
      const c = this.c;
      if (c === EOF) {
        this.error(TK_eof, isString ? "XLSTR" : "XLCOM");
      } else if (c === 0x5d /* ] */) {
        const end = this.pos();
        if (this.skipEq() === sep) {
          if (isString) parts.push(this.text(seg, end));
          this.nextc(); // Skip the second ']'.
          break;
        }
      } else if (c === 0x0a || c === 0x0d) {
        if (isString) parts.push(this.text(seg, this.pos()), "\n");
        this.newline();
        seg = this.pos();
      } else {
        this.nextc();
      }
    }
    if (isString) {
      const s = parts.join("");
      const eq = "=".repeat(sep);
      this.sbText = `[${eq}[${s}]${eq}]`;
      this.scanval = s;
    }
  }

  /** Quoted string with escapes. */
  private string(): void {
    const delim = this.c;
    const q = String.fromCharCode(delim);
    const parts: string[] = [];
    this.nextc();
    let seg = this.pos();
    const sofar = () => q + parts.join("") + this.text(seg, this.pos());
    while (this.c !== delim) {
      const c = this.c;
      if (c === EOF) {
        this.sbText = sofar();
        this.error(TK_eof, "XSTR");
      } else if (c === 0x0a || c === 0x0d) {
        this.sbText = sofar();
        this.error(TK_string, "XSTR");
      } else if (c === 0x5c /* \ */) {
        parts.push(this.text(seg, this.pos()));
        const v = this.escape(() => q + parts.join(""));
        if (v >= 0) parts.push(String.fromCharCode(v));
        else if (v === ESC_MULTI) parts.push(this.escBytes);
        seg = this.pos();
      } else {
        this.nextc();
      }
    }
    parts.push(this.text(seg, this.pos()));
    this.nextc(); // Skip the closing delimiter.
    const s = parts.join("");
    this.sbText = q + s + q;
    this.scanval = s;
  }

  /** Bytes of a multi-byte escape (`\u{...}`). */
  private escBytes = "";

  /**
   * One escape sequence; the current char is the backslash. Returns the byte it stands for,
   * ESC_NONE when it produces nothing (`\z`, a backslash at EOF) or ESC_MULTI for the bytes
   * left in escBytes. `partial` gives the string so far for error messages.
   */
  private escape(partial: () => string): number {
    const bad = (): never => {
      this.sbText = partial();
      this.error(TK_string, "XESC");
    };
    let c = this.nextc();
    switch (c) {
      case 0x61: // a
        c = 7;
        break;
      case 0x62: // b
        c = 8;
        break;
      case 0x66: // f
        c = 12;
        break;
      case 0x6e: // n
        c = 10;
        break;
      case 0x72: // r
        c = 13;
        break;
      case 0x74: // t
        c = 9;
        break;
      case 0x76: // v
        c = 11;
        break;
      case 0x78: { // x: exactly two hex digits
        let v = 0;
        for (let i = 0; i < 2; i++) {
          const d = this.nextc();
          if (!isXDigit(d)) bad();
          v = (v << 4) + (isDigit(d) ? d - 0x30 : (d | 0x20) - 0x57);
        }
        c = v;
        break;
      }
      case 0x75: { // u{XXX}: a code point up to 10FFFF in UTF-8, no surrogates
        if (this.nextc() !== 0x7b) bad();
        this.nextc();
        let v = 0;
        do {
          const d = this.c;
          if (!isXDigit(d)) bad();
          v = v * 16 + (isDigit(d) ? d - 0x30 : (d | 0x20) - 0x57);
          if (v >= 0x110000) bad();
        } while (this.nextc() !== 0x7d);
        if (v >= 0xd800 && v < 0xe000 && v >= 0x800 && v < 0x10000) bad();
        this.nextc();
        if (v < 0x80) return v;
        this.escBytes = utf8Bytes(v);
        return ESC_MULTI;
      }
      case 0x7a: // z: skip following whitespace, newlines included
        this.nextc();
        while (isSpace(this.c)) {
          if (this.isEol()) this.newline();
          else this.nextc();
        }
        return ESC_NONE;
      case 0x0a:
      case 0x0d:
        this.newline();
        return 0x0a;
      case 0x5c:
      case 0x22:
      case 0x27:
        break;
      case EOF:
        return ESC_NONE; // The loop reports the unfinished string.
      default: {
        if (!isDigit(c)) bad();
        let v = c - 0x30; // Up to three decimal digits.
        if (isDigit(this.nextc())) {
          v = v * 10 + (this.c - 0x30);
          if (isDigit(this.nextc())) {
            v = v * 10 + (this.c - 0x30);
            if (v > 255) bad();
            this.nextc();
          }
        }
        return v;
      }
    }
    this.nextc();
    return c;
  }

  // -- Scanner ---------------------------------------------------------------------------

  /** Scans the next token; its value goes to scanval. */
  private scan(): number {
    this.sbText = "";
    for (;;) {
      const c = this.c;
      this.keep = this.pos();
      if (isIdent(c)) {
        const start = this.p - 1;
        if (isDigit(c)) {
          this.number(start);
          return TK_number;
        }
        while (isIdent(this.nextc()));
        const name = this.text(start, this.pos());
        this.sbText = name;
        this.scanval = name;
        return RESERVED.get(name) ?? TK_name;
      }
      switch (c) {
        case 0x0a:
        case 0x0d:
          this.newline();
          continue;
        case 0x20:
        case 0x09:
        case 0x0b:
        case 0x0c:
          this.nextc();
          continue;
        case 0x2d: // -
          if (this.nextc() !== 0x2d) return 0x2d;
          this.nextc();
          if (this.c === 0x5b) {
            const sep = this.skipEq();
            if (sep >= 0) {
              this.longString(sep, false);
              continue;
            }
          }
          while (!this.isEol() && this.c !== EOF) this.nextc(); // Short comment.
          continue;
        case 0x5b: { // [
          const sep = this.skipEq();
          if (sep >= 0) {
            this.longString(sep, true);
            return TK_string;
          }
          if (sep === -1) return 0x5b;
          this.sbText = "[" + "=".repeat(-sep - 1);
          this.error(TK_string, "XLDELIM");
          continue;
        }
        case 0x3d: // =
          if (this.nextc() !== 0x3d) return 0x3d;
          this.nextc();
          return TK_eq;
        case 0x3c: // <
          if (this.nextc() !== 0x3d) return 0x3c;
          this.nextc();
          return TK_le;
        case 0x3e: // >
          if (this.nextc() !== 0x3d) return 0x3e;
          this.nextc();
          return TK_ge;
        case 0x7e: // ~
          if (this.nextc() !== 0x3d) return 0x7e;
          this.nextc();
          return TK_ne;
        case 0x3a: // :
          if (this.nextc() !== 0x3a) return 0x3a;
          this.nextc();
          return TK_label;
        case 0x22:
        case 0x27:
          this.string();
          return TK_string;
        case 0x2e: { // .
          const start = this.p - 1;
          if (this.nextc() === 0x2e) {
            if (this.nextc() === 0x2e) {
              this.nextc();
              return TK_dots;
            }
            return TK_concat;
          }
          if (!isDigit(this.c)) return 0x2e;
          this.number(start);
          return TK_number;
        }
        case EOF:
          return TK_eof;
        default:
          this.nextc();
          return c; // Single-char token.
      }
    }
  }
}

const ESC_NONE = -1;
const ESC_MULTI = -2;

/** UTF-8 encoding of a code point below 0x110000 as a byte string. */
function utf8Bytes(v: number): string {
  if (v < 0x800) return String.fromCharCode(0xc0 | (v >> 6), 0x80 | (v & 0x3f));
  if (v < 0x10000) {
    return String.fromCharCode(0xe0 | (v >> 12), 0x80 | ((v >> 6) & 0x3f), 0x80 | (v & 0x3f));
  }
  return String.fromCharCode(
    0xf0 | (v >> 18),
    0x80 | ((v >> 12) & 0x3f),
    0x80 | ((v >> 6) & 0x3f),
    0x80 | (v & 0x3f),
  );
}
