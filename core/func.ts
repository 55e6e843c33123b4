// Function prototypes: the compiler's output, the dump format's payload and the
// interpreter's input. A Proto is immutable once the parser (or the dump reader) has
// finished it, except for bytecode patching by the JIT (hot-loop variants).

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
export class TemplateTable {
  constructor(
    public array: TemplateValue[] = [],
    public hash: [Exclude<TemplateValue, undefined>, TemplateValue][] = [],
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
}
