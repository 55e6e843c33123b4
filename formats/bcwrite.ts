// Bytecode dump writer: a Proto tree to LuaJIT's dump format (see bcdump.ts), byte for byte
// what `string.dump` and `luajit -b` write for the same function.
import { BC, setOp } from "../core/bc.ts";
import {
  KCdata,
  Proto,
  PROTO_FFI,
  TemplateTable,
  type TemplateValue,
  VARNAME_INTERNAL,
} from "../core/func.ts";
import {
  BCDUMP_F_FFI,
  BCDUMP_F_FR2,
  BCDUMP_F_STRIP,
  BCDUMP_HEAD1,
  BCDUMP_HEAD2,
  BCDUMP_HEAD3,
  BCDUMP_KGC_CHILD,
  BCDUMP_KGC_COMPLEX,
  BCDUMP_KGC_I64,
  BCDUMP_KGC_STR,
  BCDUMP_KGC_TAB,
  BCDUMP_KGC_U64,
  BCDUMP_KTAB_FALSE,
  BCDUMP_KTAB_INT,
  BCDUMP_KTAB_NIL,
  BCDUMP_KTAB_NUM,
  BCDUMP_KTAB_STR,
  BCDUMP_KTAB_TRUE,
  BCDUMP_PROTO_FLAGS,
  BCDUMP_VERSION,
  ByteWriter,
  VARNAME_END,
} from "./bcdump.ts";

export interface WriteOptions {
  /**
   * The original instruction of a compiled trace (JFORL/JITERL/JLOOP carry a trace number
   * in D); needed only for bytecode the JIT has patched.
   */
  traceStartIns?: (traceno: number) => number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function words(x: number): [number, number] {
  f64[0] = x;
  return [u32[0], u32[1]];
}

/** Numbers that LuaJIT stores as integers: int32 values (and -0, which becomes 0). */
function isInt32(x: number): boolean {
  return (x | 0) === x;
}

function writeKTabK(w: ByteWriter, v: TemplateValue, narrow: boolean): void {
  if (typeof v === "string") {
    w.uleb(BCDUMP_KTAB_STR + v.length);
    w.str(v);
  } else if (typeof v === "number") {
    if (narrow && isInt32(v)) {
      w.byte(BCDUMP_KTAB_INT);
      w.uleb(v);
    } else {
      const [lo, hi] = words(v);
      w.byte(BCDUMP_KTAB_NUM);
      w.uleb(lo);
      w.uleb(hi);
    }
  } else {
    w.byte(v === undefined ? BCDUMP_KTAB_NIL : v ? BCDUMP_KTAB_TRUE : BCDUMP_KTAB_FALSE);
  }
}

/** A template: the array part up to its last value, then the hash nodes from the last. */
function writeKTab(w: ByteWriter, t: TemplateTable): void {
  const { array, hash } = t;
  let narray = array.length;
  while (narray > 0 && array[narray - 1] === undefined) narray--;
  let nhash = 0;
  for (const [, v] of hash) if (v !== undefined) nhash++;
  w.uleb(narray);
  w.uleb(nhash);
  for (let i = 0; i < narray; i++) writeKTabK(w, array[i], true);
  for (let i = hash.length - 1; i >= 0; i--) {
    const [k, v] = hash[i];
    if (v === undefined) continue;
    writeKTabK(w, k, false);
    writeKTabK(w, v, true);
  }
}

function writeKGC(w: ByteWriter, pt: Proto): void {
  // Highest index first: the reader fills the constant array from the bottom.
  for (let i = pt.kgc.length - 1; i >= 0; i--) {
    const k = pt.kgc[i];
    if (typeof k === "string") {
      w.uleb(BCDUMP_KGC_STR + k.length);
      w.str(k);
    } else if (k instanceof Proto) {
      w.uleb(BCDUMP_KGC_CHILD);
    } else if (k instanceof TemplateTable) {
      w.uleb(BCDUMP_KGC_TAB);
      writeKTab(w, k);
    } else if (k instanceof KCdata) {
      if (k.kind === "complex") {
        w.uleb(BCDUMP_KGC_COMPLEX);
        for (const x of [...words(k.re), ...words(k.im)]) w.uleb(x);
      } else {
        w.uleb(k.kind === "int64" ? BCDUMP_KGC_I64 : BCDUMP_KGC_U64);
        const bits = BigInt.asUintN(64, k.int);
        w.uleb(Number(bits & 0xffffffffn));
        w.uleb(Number(bits >> 32n));
      }
    }
  }
}

function writeKNum(w: ByteWriter, pt: Proto): void {
  for (const x of pt.kn) {
    if (isInt32(x)) {
      w.uleb33(x, 0);
    } else {
      const [lo, hi] = words(x);
      w.uleb33(lo, 1);
      w.uleb(hi);
    }
  }
}

/** An instruction as the interpreter first saw it, before the JIT patched it. */
function unpatch(ins: number, opts: WriteOptions): number {
  const op = ins & 0xff;
  switch (op) {
    case BC.IFORL:
    case BC.IITERL:
    case BC.ILOOP:
    case BC.JFORI:
      return setOp(ins, op - BC.IFORL + BC.FORL);
    case BC.JFORL:
    case BC.JITERL:
    case BC.JLOOP:
      if (!opts.traceStartIns) throw new Error("bytecode patched by a trace without its trace");
      return opts.traceStartIns(ins >>> 16);
  }
  return ins;
}

/** The debug block: line deltas, upvalue names, variable names and ranges. */
function debugInfo(pt: Proto): ByteWriter {
  const w = new ByteWriter();
  const li = pt.lineinfo!;
  const width = pt.numline < 256 ? 1 : pt.numline < 65536 ? 2 : 4;
  for (let pc = 1; pc < pt.bc.length; pc++) {
    const delta = li[pc] - pt.firstline;
    if (width === 1) w.byte(delta);
    else if (width === 2) w.u16le(delta);
    else w.u32le(delta);
  }
  if (pt.uvnames.length !== pt.uv.length) throw new Error("upvalue names missing");
  for (const name of pt.uvnames) {
    w.str(name);
    w.byte(0);
  }
  let lastpc = 0;
  for (const v of pt.varinfo) {
    const internal = (VARNAME_INTERNAL as readonly string[]).indexOf(v.name);
    if (internal >= 0) {
      w.byte(internal + 1);
    } else {
      w.str(v.name);
      w.byte(0);
    }
    w.uleb(v.startpc - lastpc);
    w.uleb(v.endpc - v.startpc);
    lastpc = v.startpc;
  }
  w.byte(VARNAME_END);
  return w;
}

function writeProto(out: ByteWriter, pt: Proto, strip: boolean, opts: WriteOptions): void {
  for (const k of pt.kgc) if (k instanceof Proto) writeProto(out, k, strip, opts);
  const w = new ByteWriter();
  w.byte(pt.flags & BCDUMP_PROTO_FLAGS);
  w.byte(pt.numparams);
  w.byte(pt.framesize);
  w.byte(pt.uv.length);
  w.uleb(pt.kgc.length);
  w.uleb(pt.kn.length);
  w.uleb(pt.bc.length - 1);
  const dbg = !strip && pt.lineinfo ? debugInfo(pt) : null;
  if (!strip) {
    w.uleb(dbg ? dbg.length : 0);
    if (dbg) {
      w.uleb(pt.firstline);
      w.uleb(pt.numline);
    }
  }
  for (let pc = 1; pc < pt.bc.length; pc++) w.u32le(unpatch(pt.bc[pc], opts));
  for (const v of pt.uv) w.u16le(v);
  writeKGC(w, pt);
  writeKNum(w, pt);
  if (dbg) w.append(dbg);
  out.uleb(w.length);
  out.append(w);
}

/**
 * Dumps a function prototype (with its children) as LuaJIT does; `strip` drops the chunk
 * name and all debug info, as `string.dump(f, true)` and `luajit -b` (without -g) do.
 */
export function writeBytecode(pt: Proto, strip: boolean, opts: WriteOptions = {}): Uint8Array {
  const w = new ByteWriter();
  w.byte(BCDUMP_HEAD1);
  w.byte(BCDUMP_HEAD2);
  w.byte(BCDUMP_HEAD3);
  w.byte(BCDUMP_VERSION);
  w.byte((strip ? BCDUMP_F_STRIP : 0) | ((pt.flags & PROTO_FFI) ? BCDUMP_F_FFI : 0) | BCDUMP_F_FR2);
  if (!strip) {
    w.uleb(pt.chunkname.length);
    w.str(pt.chunkname);
  }
  writeProto(w, pt, strip, opts);
  w.byte(0);
  return w.result();
}
