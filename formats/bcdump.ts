// LuaJIT 2.1 bytecode dumps: the format shared by the reader (bcread.ts) and the writer
// (bcwrite.ts), as `luajit -b` writes it and `load` accepts it.
//
//   dump   = header proto+ 0U
//   header = ESC 'L' 'J' version:B flags:U [namelen:U name:B*]      (name unless stripped)
//   proto  = length:U pdata                                         (children before parents)
//   pdata  = phead bcins:W* uv:H* kgc* knum* [debug:B*]
//   phead  = flags:B numparams:B framesize:B numuv:B numkgc:U numkn:U numbc:U
//            [debuglen:U [firstline:U numline:U]]                   (unless stripped)
//   kgc    = type:U { ktab | lo:U hi:U | rlo:U rhi:U ilo:U ihi:U | strbytes }
//   knum   = int:U33 (low bit 0) | lo:U33 (low bit 1) hi:U
//   ktab   = narray:U nhash:U karray* (key:ktabk val:ktabk)*
//   ktabk  = type:U { int:U | lo:U hi:U | strbytes }
//   debug  = lineinfo (1, 2 or 4 bytes per instruction by numline) uvnames vars 0:B
//
// B = byte, H = 16 bit, W = 32 bit (both in the dump's byte order), U = ULEB128 of a
// 32-bit value, U33 = ULEB128 of a 33-bit value whose low bit tags the number kind.
// String types carry their length: type = STR + length.

/** The first bytes of every dump; a chunk starting with HEAD1 is a binary chunk. */
export const BCDUMP_HEAD1 = 0x1b;
export const BCDUMP_HEAD2 = 0x4c; // 'L'
export const BCDUMP_HEAD3 = 0x4a; // 'J'
/** Format version written and accepted by LuaJIT 2.1. */
export const BCDUMP_VERSION = 2;

/** Header flags. */
export const BCDUMP_F_BE = 0x01; // Multi-byte fields are big-endian.
export const BCDUMP_F_STRIP = 0x02; // No chunk name, no debug info.
export const BCDUMP_F_FFI = 0x04; // Uses cdata constants: the loader needs the FFI.
export const BCDUMP_F_FR2 = 0x08; // Two-slot frames (GC64); the oracle requires it.
export const BCDUMP_F_KNOWN = BCDUMP_F_FR2 * 2 - 1;

/** Types of GC constants; strings are BCDUMP_KGC_STR + length. */
export const BCDUMP_KGC_CHILD = 0;
export const BCDUMP_KGC_TAB = 1;
export const BCDUMP_KGC_I64 = 2;
export const BCDUMP_KGC_U64 = 3;
export const BCDUMP_KGC_COMPLEX = 4;
export const BCDUMP_KGC_STR = 5;

/** Types of template table keys and values; strings are BCDUMP_KTAB_STR + length. */
export const BCDUMP_KTAB_NIL = 0;
export const BCDUMP_KTAB_FALSE = 1;
export const BCDUMP_KTAB_TRUE = 2;
export const BCDUMP_KTAB_INT = 3;
export const BCDUMP_KTAB_NUM = 4;
export const BCDUMP_KTAB_STR = 5;

/** Proto flags a dump may carry (the others are runtime or parser state). */
export const BCDUMP_PROTO_FLAGS = 0x07;

/** Limits of LuaJIT's compiler, which no dump it writes exceeds (lj_def.h). */
export const LJ_MAX_SLOTS = 250; // Frame slots: framesize < LJ_MAX_SLOTS.
export const LJ_MAX_UPVAL = 60; // Upvalues of one function.
export const LJ_MAX_BCINS = 1 << 26; // Instructions of one function.
export const LJ_MAX_LINE = 0x7fffff00; // Source lines: firstline + numline < LJ_MAX_LINE.
export const LJ_MAX_STR = 0x7fffff00; // String length.
export const LJ_MAX_ASIZE = (1 << 27) + 1; // Array part size of a table.
export const LJ_MAX_HBITS = 26; // Hash part size of a table, as a power of 2.

/** Internal variable names are stored as single bytes 1..VARNAME__MAX-1. */
export const VARNAME_END = 0;
export const VARNAME__MAX = 7;

/** LuaJIT's loader messages (lj_errmsg.h). */
export const BCERR = {
  BCFMT: "cannot load incompatible bytecode",
  BCBAD: "cannot load malformed bytecode",
  // Raised by the string and table code while the loader builds constants: no chunk name.
  STROV: "string length overflow",
  TABOV: "table overflow",
  NILIDX: "table index is nil",
  NANIDX: "table index is NaN",
} as const;
export type BCErrCode = keyof typeof BCERR;

/**
 * A dump that cannot be loaded. The message is the one LuaJIT's `load` returns:
 * `<chunk>: cannot load malformed bytecode` and so on.
 */
export class BytecodeError extends Error {
  /** What exactly was wrong, for diagnostics; the message stays LuaJIT's. */
  detail = "";
  constructor(public readonly code: BCErrCode, message: string) {
    super(message);
    this.name = "BytecodeError";
  }
}

/** The chunk name as a bytecode error message shows it (lj_bcread.c's convention). */
export function bcErrorName(chunkname: string): string {
  const c = chunkname.charCodeAt(0);
  if (c === BCDUMP_HEAD1) return "(binary)";
  if (c === 0x40 /* @ */ || c === 0x3d /* = */) return chunkname.slice(1);
  return chunkname;
}

export function bytecodeError(code: BCErrCode, chunkname: string): BytecodeError {
  if (code !== "BCFMT" && code !== "BCBAD") return new BytecodeError(code, BCERR[code]);
  return new BytecodeError(code, `${bcErrorName(chunkname)}: ${BCERR[code]}`);
}

/** Growable little byte buffer for the writer. */
export class ByteWriter {
  private buf = new Uint8Array(1024);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  /** ULEB128 of an unsigned 32-bit value. */
  uleb(v: number): void {
    v >>>= 0;
    this.reserve(5);
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  /**
   * ULEB128 of the 33-bit value 2*lo+tag whose bit 32 is bit 31 of lo: LuaJIT writes
   * number constants this way (tag 0: an int32, tag 1: the low word of a double).
   */
  uleb33(lo: number, tag: 0 | 1): void {
    lo >>>= 0;
    this.uleb(((lo << 1) | (lo & 0x80000000) | tag) >>> 0);
    if (lo >= 0x80000000) {
      // The fifth byte holds bits 28..34: put bits 31 and 32 of the 33-bit value there.
      const i = this.length - 1;
      this.buf[i] = (this.buf[i] & 7) | ((lo >>> 27) & 0x18);
    }
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  /** A Lua byte string (char codes 0..255). */
  str(s: string): void {
    this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.length++] = s.charCodeAt(i);
  }

  u16le(v: number): void {
    this.reserve(2);
    this.buf[this.length++] = v & 0xff;
    this.buf[this.length++] = (v >>> 8) & 0xff;
  }

  u32le(v: number): void {
    this.reserve(4);
    this.buf[this.length++] = v & 0xff;
    this.buf[this.length++] = (v >>> 8) & 0xff;
    this.buf[this.length++] = (v >>> 16) & 0xff;
    this.buf[this.length++] = (v >>> 24) & 0xff;
  }

  /** Appends another writer's contents. */
  append(w: ByteWriter): void {
    this.bytes(w.buf.subarray(0, w.length));
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}
