// Function prototypes: the compiler's output, the dump format's payload and the
// interpreter's input. A Proto is immutable once the parser (or the dump reader) has
// finished it, except for bytecode patching by the JIT (hot-loop variants).
//
// Also the runtime function objects: LuaFunction (a Lua closure of a Proto, or a native
// function written in TypeScript) and Upval (a closure's reference to a variable).
import { fmtAddr, GCObject, LuaType, type LuaValue, objAddr } from "./value.ts";
import type { LuaTable } from "./table.ts";
import type { LuaState } from "./state.ts";

/** Proto flags, as stored in dumps. */
export const PROTO_CHILD = 0x01; // Has child prototypes.
export const PROTO_VARARG = 0x02; // Vararg function.
export const PROTO_FFI = 0x04; // Uses KCDATA constants.
export const PROTO_NOJIT = 0x08; // JIT disabled for this function.
export const PROTO_ILOOP = 0x10; // Bytecode patched with ILOOP etc.
// Parser-only flags (never in dumps).
export const PROTO_HAS_RETURN = 0x20;
export const PROTO_FIXUP_RETURN = 0x40;

/** Upvalue descriptor bits: the upvalue refers to a local slot of the enclosing function. */
export const PROTO_UV_LOCAL = 0x8000;
/** The upvalue is never assigned after its declaration. */
export const PROTO_UV_IMMUTABLE = 0x4000;

/** Names of internal variables; dumps store them as the bytes 1..6. */
export const VARNAME_INTERNAL = [
  "(for index)",
  "(for limit)",
  "(for step)",
  "(for generator)",
  "(for state)",
  "(for control)",
] as const;

/** Debug info of one local variable: live for startpc <= pc < endpc. */
export interface VarInfo {
  name: string;
  startpc: number;
  endpc: number;
}

/** A value allowed inside a template table (TDUP constant). */
export type TemplateValue = undefined | boolean | number | string;

/**
 * Template table of a TDUP: the constant part of a table constructor.
 * `array[i]` is the value at integer key i (index 0 included, as LuaJIT keeps slot 0);
 * `hash` holds the other keys in insertion order.
 */
/** LuaJIT's node layout of a template's hash part whose keys are all numbers or booleans. */
export interface TemplateNodes {
  /** Key of each node (undefined: free); keys without an entry in `hash` are dead (nil). */
  keys: (number | boolean | undefined)[];
  /** Next node of each node's collision chain, or -1. */
  next: number[];
  /** Free nodes are searched downwards from this one. */
  freetop: number;
}

export class TemplateTable {
  constructor(
    public array: TemplateValue[] = [],
    public hash: [Exclude<TemplateValue, undefined>, TemplateValue][] = [],
    /**
     * Hash bits of the template as LuaJIT sized it (TDUP copies the size); when absent,
     * the smallest size holding `hash`, as a loaded dump sizes it.
     */
    public hbits?: number,
    /** Array part size as LuaJIT sized it (slot 0 included); when absent, array.length. */
    public asize?: number,
    /** The node layout TDUP copies, for the traversal order of the copies. */
    public nodes?: TemplateNodes,
  ) {}
}

/** An FFI cdata constant (KCDATA): 64-bit integer literals (`1LL`, `1ULL`) and `i` literals. */
export class KCdata {
  constructor(
    /** "int64" | "uint64" for integer literals (value as a bigint), "complex" for `2i`. */
    public kind: "int64" | "uint64" | "complex",
    public int: bigint,
    public re = 0,
    public im = 0,
  ) {}
}

/** A GC constant: operand D of KSTR/FNEW/TDUP/KCDATA/… indexes `Proto.kgc` directly. */
export type KGC = string | Proto | TemplateTable | KCdata;

/** A function prototype. */
export class Proto {
  /** Chunk name as given to the loader (`@file.lua`, `=stdin`, or source text). */
  chunkname = "";
  /** First line of the function definition (0 for the main chunk). */
  firstline = 0;
  /** Number of lines spanned after firstline. */
  numline = 0;
  numparams = 0;
  /** Number of stack slots the function needs. */
  framesize = 0;
  flags = 0;
  /** Instructions; bc[0] is the FUNCF/FUNCV header, listings number from 1. */
  bc: Uint32Array = new Uint32Array(0);
  /** Absolute source line of each instruction (same indexing as bc), null when stripped. */
  lineinfo: Uint32Array | null = null;
  /** GC constants, indexed by operand D. */
  kgc: KGC[] = [];
  /** Number constants, indexed by operand D. */
  kn: number[] = [];
  /** Upvalue descriptors (slot or parent upvalue index, plus PROTO_UV_* bits). */
  uv: number[] = [];
  /** Upvalue names (empty when stripped). */
  uvnames: string[] = [];
  /** Local variable debug info (empty when stripped). */
  varinfo: VarInfo[] = [];
  /** True when loaded from a stripped dump: no line info, names or varinfo. */
  stripped = false;

  get isVararg(): boolean {
    return (this.flags & PROTO_VARARG) !== 0;
  }

  /** Execution state owned by the VM (compiled code, hot counters); created on first call. */
  vm: unknown = undefined;
}

/**
 * A native function: arguments are in `L.stack[base .. base+nargs-1]` (slots at and above
 * base+nargs hold garbage); it writes its results to `L.stack[base ..]` and returns their
 * number. See core/lib.ts for the conventions and helpers.
 */
export type NativeFn = (L: LuaState, base: number, nargs: number) => number;

/**
 * A reference from a closure to a variable. While the variable's frame is live the
 * upvalue is open and points into that thread's stack (`arr` is the stack, `idx` the
 * slot); closing copies the value into a private one-element array. Either way the
 * value is `arr[idx]`.
 */
export class Upval {
  /** Next open upvalue of the same thread (lower slot), while open. */
  next: Upval | null = null;
  isOpen = true;
  constructor(public arr: LuaValue[], public idx: number) {}
  close(): void {
    const a: LuaValue[] = [undefined];
    a[0] = this.arr[this.idx];
    this.arr = a;
    this.idx = 0;
    this.isOpen = false;
    this.next = null;
  }
}

/**
 * A function value: a Lua closure (`proto` set, `upvals` its upvalues) or a native
 * function (`native` set). One class for both keeps call sites monomorphic.
 */
export class LuaFunction extends GCObject {
  /** Upvalues of a Lua closure. */
  upvals: Upval[];
  /** Values a native closure keeps (traversed by the collector, like C upvalues). */
  cvals: LuaValue[] | null = null;
  /**
   * Builtin number (LuaJIT's ffid, see BUILTIN_IDS in core/lib.ts): tostring prints
   * "builtin#N" and the VM recognises pcall, next, coroutine.resume etc. by it. 0 for
   * other functions.
   */
  ffid = 0;
  /**
   * A native that reads or writes its caller's stack slots (debug.getlocal, ...):
   * compiled callers write their slots back to the stack before calling it.
   */
  syncs = false;
  constructor(
    /** The prototype of a Lua closure, null for natives. */
    public proto: Proto | null,
    /** The implementation of a native function, null for Lua closures. */
    public native: NativeFn | null,
    /** Function environment (Lua 5.1 fenv): where globals are looked up. */
    public env: LuaTable,
    /** Name of a native function (for debugging output only; messages use call sites). */
    public name = "",
  ) {
    super();
    this.upvals = [];
  }
  get luaType(): LuaType {
    return LuaType.FUNCTION;
  }
  override describe(): string {
    return this.ffid > 1 ? "function: builtin#" + this.ffid : "function: " + fmtAddr(objAddr(this));
  }
}
