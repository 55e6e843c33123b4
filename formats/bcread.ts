// Bytecode dump reader: LuaJIT's dump format (see bcdump.ts) to Protos, as `load` does it.
// LuaJIT itself trusts the bytes it loads; this reader bounds every length by the input
// and verifies every proto (bcverify.ts) before handing it out, so a truncated, corrupted
// or hostile dump ends in LuaJIT's loader message and never in a crash, a hang or a
// huge allocation.
import { bytesToStr, strToBytes } from "../core/bytes.ts";
import { BC, insAD } from "../core/bc.ts";
import {
  KCdata,
  type KGC,
  Proto,
  PROTO_VARARG,
  TemplateTable,
  type TemplateValue,
  type VarInfo,
  VARNAME_INTERNAL,
} from "../core/func.ts";
import {
  BCDUMP_F_BE,
  BCDUMP_F_FFI,
  BCDUMP_F_FR2,
  BCDUMP_F_KNOWN,
  BCDUMP_F_STRIP,
  BCDUMP_HEAD1,
  BCDUMP_HEAD2,
  BCDUMP_HEAD3,
  BCDUMP_KGC_CHILD,
  BCDUMP_KGC_COMPLEX,
  BCDUMP_KGC_STR,
  BCDUMP_KGC_TAB,
  BCDUMP_KGC_U64,
  BCDUMP_KTAB_FALSE,
  BCDUMP_KTAB_INT,
  BCDUMP_KTAB_NUM,
  BCDUMP_KTAB_STR,
  BCDUMP_KTAB_TRUE,
  BCDUMP_VERSION,
  type BCErrCode,
  bytecodeError,
  LJ_MAX_ASIZE,
  LJ_MAX_HBITS,
  LJ_MAX_LINE,
  LJ_MAX_STR,
  VARNAME__MAX,
  VARNAME_END,
} from "./bcdump.ts";
import { verifyDump, verifyProto } from "./bcverify.ts";
import { hsize2hbits, KTab } from "../core/parse_ktab.ts";

export { BytecodeError } from "./bcdump.ts";

/** Thrown inside the reader; turned into a BytecodeError carrying the chunk name. */
class Reject {
  constructor(public code: BCErrCode, public detail: string) {}
}

function reject(detail: string, code: BCErrCode = "BCBAD"): never {
  throw new Reject(code, detail);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function doubleOf(lo: number, hi: number): number {
  u32[0] = lo;
  u32[1] = hi;
  return f64[0];
}

/** A cursor over the dump; every read stays below `limit` (the end of the current proto). */
class Cursor {
  pos = 0;
  limit: number;

  constructor(readonly buf: Uint8Array) {
    this.limit = buf.length;
  }

  /** Bytes left before the limit. */
  left(): number {
    return this.limit - this.pos;
  }

  byte(): number {
    if (this.pos >= this.limit) reject("unexpected end of data");
    return this.buf[this.pos++];
  }

  /** ULEB128 of a 32-bit value; at most 5 bytes, as LuaJIT's writer never uses more. */
  uleb(): number {
    let v = this.byte();
    if (v < 0x80) return v;
    v &= 0x7f;
    for (let sh = 7;; sh += 7) {
      if (sh > 28) reject("overlong ULEB128");
      const b = this.byte();
      v = (v | ((b & 0x7f) << sh)) >>> 0;
      if (b < 0x80) return v;
    }
  }

  /** The upper 32 bits of a 33-bit ULEB128 (number constants); the tag bit is peeked first. */
  uleb33(): number {
    let v = this.byte() >>> 1;
    if (v < 0x40) return v;
    v &= 0x3f;
    for (let sh = 6;; sh += 7) {
      if (sh > 27) reject("overlong ULEB128");
      const b = this.byte();
      v = (v | ((b & 0x7f) << sh)) >>> 0;
      if (b < 0x80) return v;
    }
  }

  /** A length-checked slice: lengths come from the dump and are never trusted. */
  take(n: number): Uint8Array {
    if (n > this.left()) reject("length beyond end of data");
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  str(n: number): string {
    return bytesToStr(this.take(n));
  }

  /** Checks a count of items of at least `min` bytes each against the remaining data. */
  count(n: number, min: number, what: string): number {
    if (n * min > this.left()) reject(`${what} count ${n} beyond end of data`);
    return n;
  }
}

/** Header byte i, reading zero past the end as LuaJIT does (its buffers end in a NUL). */
function headerByte(buf: Uint8Array, i: number): number {
  return i < buf.length ? buf[i] : 0;
}

interface DumpState {
  cur: Cursor;
  flags: number;
  swap: boolean;
  strip: boolean;
  chunkname: string;
  /** Protos read but not yet claimed by a parent (LuaJIT keeps them on the Lua stack). */
  stack: Proto[];
}

function readHeader(buf: Uint8Array, chunkarg: string): DumpState {
  if (
    headerByte(buf, 0) !== BCDUMP_HEAD1 || headerByte(buf, 1) !== BCDUMP_HEAD2 ||
    headerByte(buf, 2) !== BCDUMP_HEAD3 || headerByte(buf, 3) !== BCDUMP_VERSION
  ) reject("bad signature or version", "BCFMT");
  // The flags ULEB128 may run into the zero bytes past the end, and may be longer than 5
  // bytes with its shift count wrapping at 32 (JS's << masks it as x64's shl does), as in
  // LuaJIT; unknown flag bits then make the dump incompatible.
  let flags = 0, pos = 4;
  for (let sh = 0;; sh += 7) {
    const b = headerByte(buf, pos++);
    flags = (flags | ((b & 0x7f) << sh)) >>> 0;
    if (b < 0x80) break;
  }
  if ((flags & ~BCDUMP_F_KNOWN) !== 0) reject(`unknown flags ${flags}`, "BCFMT");
  if ((flags & BCDUMP_F_FR2) === 0) reject("not a two-slot frame (FR2) dump", "BCFMT");
  if (pos > buf.length) reject("unexpected end of data");
  const cur = new Cursor(buf);
  cur.pos = pos;
  const strip = (flags & BCDUMP_F_STRIP) !== 0;
  const chunkname = strip ? chunkarg : cur.str(cur.uleb());
  return { cur, flags, swap: (flags & BCDUMP_F_BE) !== 0, strip, chunkname, stack: [] };
}

function u16(b: Uint8Array, i: number, swap: boolean): number {
  return swap ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8);
}

function u32at(b: Uint8Array, i: number, swap: boolean): number {
  return (swap
    ? (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]
    : b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

/** One key or value of a template table. */
function readKTabK(cur: Cursor): TemplateValue {
  const tp = cur.uleb();
  if (tp >= BCDUMP_KTAB_STR) return cur.str(strLen(tp - BCDUMP_KTAB_STR));
  if (tp === BCDUMP_KTAB_INT) return cur.uleb() | 0;
  if (tp === BCDUMP_KTAB_NUM) {
    const lo = cur.uleb();
    return doubleOf(lo, cur.uleb());
  }
  return tp === BCDUMP_KTAB_TRUE ? true : tp === BCDUMP_KTAB_FALSE ? false : undefined;
}

/** A string constant's length; LuaJIT's string code refuses a huge one before reading it. */
function strLen(n: number): number {
  if (n >= LJ_MAX_STR) reject("string constant too long", "STROV");
  return n;
}

/** Canonical form of a hash key, as lj_tab_set stores it: integral numbers (and -0) as ints. */
function normKey(k: TemplateValue): Exclude<TemplateValue, undefined> {
  if (k === undefined) reject("nil key in template table", "NILIDX");
  if (typeof k === "number") {
    if (k !== k) reject("NaN key in template table", "NANIDX");
    if (Object.is(k, -0)) return 0;
  }
  return k;
}

function readKTab(cur: Cursor): TemplateTable {
  const narray = cur.uleb(), nhash = cur.uleb();
  if (narray > LJ_MAX_ASIZE || hsize2hbits(nhash) > LJ_MAX_HBITS) {
    reject("template table too large", "TABOV");
  }
  cur.count(narray, 1, "template array");
  cur.count(nhash, 2, "template hash");
  // LuaJIT's loader fills a fresh table of the dumped sizes, which decides the node order
  // of the hash entries (and so the order a later dump lists them in).
  const kt = new KTab(narray, hsize2hbits(nhash));
  for (let i = 0; i < narray; i++) kt.set(i, readKTabK(cur));
  const seen = new Set<Exclude<TemplateValue, undefined>>();
  for (let i = 0; i < nhash; i++) {
    const key = normKey(readKTabK(cur));
    // An integer key inside the array part, or a repeated key, would be merged by LuaJIT's
    // loader: no writer produces one.
    if (typeof key === "number" && Number.isInteger(key) && key >= 0 && key < narray) {
      reject("template hash key inside the array part");
    }
    if (seen.has(key)) reject("repeated template hash key");
    seen.add(key);
    kt.set(key, readKTabK(cur));
  }
  return kt.finish();
}

function readKGC(st: DumpState, n: number): KGC[] {
  const { cur } = st;
  const kgc: KGC[] = new Array(n);
  // Written from the highest index down: kgc[n-1] comes first.
  for (let i = n - 1; i >= 0; i--) {
    const tp = cur.uleb();
    if (tp >= BCDUMP_KGC_STR) {
      kgc[i] = cur.str(strLen(tp - BCDUMP_KGC_STR));
    } else if (tp === BCDUMP_KGC_TAB) {
      kgc[i] = readKTab(cur);
    } else if (tp === BCDUMP_KGC_CHILD) {
      const child = st.stack.pop();
      if (!child) reject("child prototype missing");
      kgc[i] = child;
    } else {
      const lo = cur.uleb(), hi = cur.uleb();
      if (tp === BCDUMP_KGC_COMPLEX) {
        const lo2 = cur.uleb(), hi2 = cur.uleb();
        kgc[i] = new KCdata("complex", 0n, doubleOf(lo, hi), doubleOf(lo2, hi2));
      } else {
        const bits = (BigInt(hi) << 32n) | BigInt(lo);
        kgc[i] = tp === BCDUMP_KGC_U64
          ? new KCdata("uint64", bits)
          : new KCdata("int64", BigInt.asIntN(64, bits));
      }
    }
  }
  return kgc;
}

function readKNum(cur: Cursor, n: number): number[] {
  const kn: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (cur.pos >= cur.limit) reject("unexpected end of data");
    const isnum = cur.buf[cur.pos] & 1;
    const lo = cur.uleb33();
    kn[i] = isnum ? doubleOf(lo, cur.uleb()) : lo | 0;
  }
  return kn;
}

/** A NUL-terminated name inside the debug block. */
function readCStr(cur: Cursor): string {
  const start = cur.pos;
  while (cur.byte() !== 0) { /* scan */ }
  return bytesToStr(cur.buf.subarray(start, cur.pos - 1));
}

function readDebug(st: DumpState, pt: Proto, sizedbg: number, nbc: number): void {
  const cur = st.cur;
  const end = cur.pos + sizedbg;
  const outer = cur.limit;
  cur.limit = end;
  const width = pt.numline < 256 ? 1 : pt.numline < 65536 ? 2 : 4;
  const li = cur.take(nbc * width);
  const lineinfo = new Uint32Array(nbc + 1);
  lineinfo[0] = pt.firstline;
  for (let i = 0; i < nbc; i++) {
    const delta = width === 1
      ? li[i]
      : width === 2
      ? u16(li, 2 * i, st.swap)
      : u32at(li, 4 * i, st.swap);
    if (delta > pt.numline) reject("line outside the function");
    lineinfo[i + 1] = pt.firstline + delta;
  }
  pt.lineinfo = lineinfo;
  for (let i = 0; i < pt.uv.length; i++) pt.uvnames.push(readCStr(cur));
  const vars: VarInfo[] = [];
  let lastpc = 0;
  for (;;) {
    const vn = cur.byte();
    if (vn === VARNAME_END) break;
    let name: string;
    if (vn < VARNAME__MAX) {
      name = VARNAME_INTERNAL[vn - 1];
    } else {
      cur.pos--;
      name = readCStr(cur);
    }
    const startpc = lastpc + cur.uleb();
    const endpc = startpc + cur.uleb();
    if (endpc > nbc + 1) reject("variable range beyond the function");
    vars.push({ name, startpc, endpc });
    lastpc = startpc;
  }
  pt.varinfo = vars;
  if (cur.pos !== end) reject("debug info size mismatch");
  cur.limit = outer;
}

function readProto(st: DumpState): Proto {
  const cur = st.cur;
  const pt = new Proto();
  pt.chunkname = st.chunkname;
  pt.flags = cur.byte();
  pt.numparams = cur.byte();
  pt.framesize = cur.byte();
  const sizeuv = cur.byte();
  const sizekgc = cur.count(cur.uleb(), 1, "GC constant");
  const sizekn = cur.count(cur.uleb(), 1, "number constant");
  const nbc = cur.count(cur.uleb(), 4, "instruction");
  let sizedbg = 0;
  if (!st.strip) {
    sizedbg = cur.uleb();
    if (sizedbg) {
      pt.firstline = cur.uleb();
      pt.numline = cur.uleb();
      if (pt.firstline + pt.numline >= LJ_MAX_LINE) reject("line numbers beyond LuaJIT's limit");
    }
  }
  const bc = new Uint32Array(nbc + 1);
  bc[0] = insAD((pt.flags & PROTO_VARARG) ? BC.FUNCV : BC.FUNCF, pt.framesize, 0);
  const code = cur.take(nbc * 4);
  for (let i = 0; i < nbc; i++) bc[i + 1] = u32at(code, 4 * i, st.swap);
  pt.bc = bc;
  const uvb = cur.take(sizeuv * 2);
  for (let i = 0; i < sizeuv; i++) pt.uv.push(u16(uvb, 2 * i, st.swap));
  pt.kgc = readKGC(st, sizekgc);
  pt.kn = readKNum(cur, sizekn);
  if (sizedbg) {
    if (sizedbg > cur.left()) reject("debug info beyond end of data");
    readDebug(st, pt, sizedbg, nbc);
  } else {
    pt.stripped = true;
  }
  return pt;
}

function readDump(buf: Uint8Array, chunkarg: string): Proto {
  const st = readHeader(buf, chunkarg);
  const cur = st.cur;
  for (;;) {
    if (cur.pos < buf.length && buf[cur.pos] === 0) {
      cur.pos++;
      break;
    }
    const len = cur.uleb();
    if (len === 0) break;
    if (len > cur.left()) reject("prototype beyond end of data");
    const end = cur.pos + len;
    cur.limit = end;
    const pt = readProto(st);
    if (cur.pos !== end) reject("prototype size mismatch");
    cur.limit = buf.length;
    verifyProto(pt, reject);
    st.stack.push(pt);
  }
  if (cur.pos !== buf.length) reject("data after the end of the dump");
  if (st.stack.length !== 1) reject("prototypes not nested in one main function");
  const main = st.stack[0];
  verifyDump(main, (st.flags & BCDUMP_F_FFI) !== 0, reject);
  return main;
}

/**
 * Loads a dump. `chunkname` is the loader's chunk name (`@file`, `=stdin`, or for
 * `load(s)` the string itself); stripped dumps take it as their chunk name. Throws a
 * BytecodeError with LuaJIT's message for anything LuaJIT would refuse or could not run
 * safely; `detail` on the error says what was wrong.
 */
export function readBytecode(bytes: Uint8Array | string, chunkname: string): Proto {
  const buf = typeof bytes === "string" ? strToBytes(bytes) : bytes;
  // LuaJIT takes the chunk name as a C string: it ends at the first NUL.
  const nul = chunkname.indexOf("\0");
  if (nul >= 0) chunkname = chunkname.slice(0, nul);
  try {
    return readDump(buf, chunkname);
  } catch (e) {
    if (e instanceof Reject) {
      const err = bytecodeError(e.code, chunkname);
      err.detail = e.detail;
      throw err;
    }
    throw e;
  }
}

/** True when a chunk is a bytecode dump (its first byte is ESC), as the loader decides. */
export function isBytecode(bytes: Uint8Array | string): boolean {
  return typeof bytes === "string"
    ? bytes.charCodeAt(0) === BCDUMP_HEAD1
    : bytes.length > 0 && bytes[0] === BCDUMP_HEAD1;
}
