// Bytecode instruction set: the single source of opcode names, numbers and operand modes.
// Everything else (parser, listings, dumps, interpreter dispatch, recorder) derives from
// BCDEF. Order and numbering are those of LuaJIT 2.1 as built for the oracle (no BNOT..BSAR).
//
// Instruction layout (32 bits): | B:8 | C:8 | A:8 | OP:8 |, D = B:C as one 16-bit field.

/** Operand modes. `___` means the operand is unused. */
export type BCMode =
  | "___"
  | "var"
  | "dst"
  | "base"
  | "rbase"
  | "uv"
  | "lit"
  | "lits"
  | "pri"
  | "num"
  | "str"
  | "tab"
  | "func"
  | "jump"
  | "cdata";

/** Metamethod an opcode may invoke, `___` for none. */
export type BCMeta =
  | "___"
  | "index"
  | "newindex"
  | "gc"
  | "mode"
  | "eq"
  | "len"
  | "lt"
  | "le"
  | "concat"
  | "call"
  | "add"
  | "sub"
  | "mul"
  | "div"
  | "mod"
  | "pow"
  | "unm";

/** [name, A mode, B mode, C/D mode, metamethod], in opcode order. */
const BCDEF = [
  // Comparison ops. Order matches the parser's comparison operators.
  ["ISLT", "var", "___", "var", "lt"],
  ["ISGE", "var", "___", "var", "lt"],
  ["ISLE", "var", "___", "var", "le"],
  ["ISGT", "var", "___", "var", "le"],
  ["ISEQV", "var", "___", "var", "eq"],
  ["ISNEV", "var", "___", "var", "eq"],
  ["ISEQS", "var", "___", "str", "eq"],
  ["ISNES", "var", "___", "str", "eq"],
  ["ISEQN", "var", "___", "num", "eq"],
  ["ISNEN", "var", "___", "num", "eq"],
  ["ISEQP", "var", "___", "pri", "eq"],
  ["ISNEP", "var", "___", "pri", "eq"],
  // Unary test and copy ops.
  ["ISTC", "dst", "___", "var", "___"],
  ["ISFC", "dst", "___", "var", "___"],
  ["IST", "___", "___", "var", "___"],
  ["ISF", "___", "___", "var", "___"],
  ["ISTYPE", "var", "___", "lit", "___"],
  ["ISNUM", "var", "___", "lit", "___"],
  // Unary ops.
  ["MOV", "dst", "___", "var", "___"],
  ["NOT", "dst", "___", "var", "___"],
  ["UNM", "dst", "___", "var", "unm"],
  ["LEN", "dst", "___", "var", "len"],
  // Binary ops: VN, NV, VV groups in arithmetic order; POW directly after the VV group.
  ["ADDVN", "dst", "var", "num", "add"],
  ["SUBVN", "dst", "var", "num", "sub"],
  ["MULVN", "dst", "var", "num", "mul"],
  ["DIVVN", "dst", "var", "num", "div"],
  ["MODVN", "dst", "var", "num", "mod"],
  ["ADDNV", "dst", "var", "num", "add"],
  ["SUBNV", "dst", "var", "num", "sub"],
  ["MULNV", "dst", "var", "num", "mul"],
  ["DIVNV", "dst", "var", "num", "div"],
  ["MODNV", "dst", "var", "num", "mod"],
  ["ADDVV", "dst", "var", "var", "add"],
  ["SUBVV", "dst", "var", "var", "sub"],
  ["MULVV", "dst", "var", "var", "mul"],
  ["DIVVV", "dst", "var", "var", "div"],
  ["MODVV", "dst", "var", "var", "mod"],
  ["POW", "dst", "var", "var", "pow"],
  ["CAT", "dst", "rbase", "rbase", "concat"],
  // Constant ops.
  ["KSTR", "dst", "___", "str", "___"],
  ["KCDATA", "dst", "___", "cdata", "___"],
  ["KSHORT", "dst", "___", "lits", "___"],
  ["KNUM", "dst", "___", "num", "___"],
  ["KPRI", "dst", "___", "pri", "___"],
  ["KNIL", "base", "___", "base", "___"],
  // Upvalue and function ops.
  ["UGET", "dst", "___", "uv", "___"],
  ["USETV", "uv", "___", "var", "___"],
  ["USETS", "uv", "___", "str", "___"],
  ["USETN", "uv", "___", "num", "___"],
  ["USETP", "uv", "___", "pri", "___"],
  ["UCLO", "rbase", "___", "jump", "___"],
  ["FNEW", "dst", "___", "func", "gc"],
  // Table ops.
  ["TNEW", "dst", "___", "lit", "gc"],
  ["TDUP", "dst", "___", "tab", "gc"],
  ["GGET", "dst", "___", "str", "index"],
  ["GSET", "var", "___", "str", "newindex"],
  ["TGETV", "dst", "var", "var", "index"],
  ["TGETS", "dst", "var", "str", "index"],
  ["TGETB", "dst", "var", "lit", "index"],
  ["TGETR", "dst", "var", "var", "index"],
  ["TSETV", "var", "var", "var", "newindex"],
  ["TSETS", "var", "var", "str", "newindex"],
  ["TSETB", "var", "var", "lit", "newindex"],
  ["TSETM", "base", "___", "num", "newindex"],
  ["TSETR", "var", "var", "var", "newindex"],
  // Calls and vararg handling. T = tail call.
  ["CALLM", "base", "lit", "lit", "call"],
  ["CALL", "base", "lit", "lit", "call"],
  ["CALLMT", "base", "___", "lit", "call"],
  ["CALLT", "base", "___", "lit", "call"],
  ["ITERC", "base", "lit", "lit", "call"],
  ["ITERN", "base", "lit", "lit", "call"],
  ["VARG", "base", "lit", "lit", "___"],
  ["ISNEXT", "base", "___", "jump", "___"],
  // Returns.
  ["RETM", "base", "___", "lit", "___"],
  ["RET", "rbase", "___", "lit", "___"],
  ["RET0", "rbase", "___", "lit", "___"],
  ["RET1", "rbase", "___", "lit", "___"],
  // Loops and branches. I/J prefix = interpreter-only / JIT-compiled variant.
  ["FORI", "base", "___", "jump", "___"],
  ["JFORI", "base", "___", "jump", "___"],
  ["FORL", "base", "___", "jump", "___"],
  ["IFORL", "base", "___", "jump", "___"],
  ["JFORL", "base", "___", "lit", "___"],
  ["ITERL", "base", "___", "jump", "___"],
  ["IITERL", "base", "___", "jump", "___"],
  ["JITERL", "base", "___", "lit", "___"],
  ["LOOP", "rbase", "___", "jump", "___"],
  ["ILOOP", "rbase", "___", "jump", "___"],
  ["JLOOP", "rbase", "___", "lit", "___"],
  ["JMP", "rbase", "___", "jump", "___"],
  // Function headers. F/V/C = fixed-arg / vararg / native function.
  ["FUNCF", "rbase", "___", "___", "___"],
  ["IFUNCF", "rbase", "___", "___", "___"],
  ["JFUNCF", "rbase", "___", "lit", "___"],
  ["FUNCV", "rbase", "___", "___", "___"],
  ["IFUNCV", "rbase", "___", "___", "___"],
  ["JFUNCV", "rbase", "___", "lit", "___"],
  ["FUNCC", "rbase", "___", "___", "___"],
  ["FUNCCW", "rbase", "___", "___", "___"],
] as const satisfies readonly (readonly [string, BCMode, BCMode, BCMode, BCMeta])[];

export type BCName = typeof BCDEF[number][0];

/** Opcode numbers by name: `BC.ADDVV`. */
export const BC: { readonly [K in BCName]: number } = Object.freeze(
  Object.fromEntries(BCDEF.map((d, i) => [d[0], i])) as { [K in BCName]: number },
);

/** Number of opcodes. */
export const BC__MAX = BCDEF.length;

/** Opcode names by number. */
export const bcName: readonly BCName[] = BCDEF.map((d) => d[0]);
/** Operand modes by opcode number. */
export const bcModeA: readonly BCMode[] = BCDEF.map((d) => d[1]);
export const bcModeB: readonly BCMode[] = BCDEF.map((d) => d[2]);
export const bcModeCD: readonly BCMode[] = BCDEF.map((d) => d[3]);
export const bcMeta: readonly BCMeta[] = BCDEF.map((d) => d[4]);

/** True if the opcode has a separate B operand (otherwise C and B form D). */
export function bcHasB(op: number): boolean {
  return bcModeB[op] !== "___";
}

/** Jump offsets are stored biased in D. */
export const BCBIAS_J = 0x8000;
/** Maximum values of the operand fields. */
export const BCMAX_A = 0xff;
export const BCMAX_B = 0xff;
export const BCMAX_C = 0xff;
export const BCMAX_D = 0xffff;
/** Marker for "no jump" in jump lists. */
export const NO_JMP = -1;

// Field access. Instructions are unsigned 32-bit values (stored in Uint32Array).
export function bcOp(ins: number): number {
  return ins & 0xff;
}
export function bcA(ins: number): number {
  return (ins >>> 8) & 0xff;
}
export function bcB(ins: number): number {
  return ins >>> 24;
}
export function bcC(ins: number): number {
  return (ins >>> 16) & 0xff;
}
export function bcD(ins: number): number {
  return ins >>> 16;
}
/** Signed jump offset of a jump-mode D operand, relative to the next instruction. */
export function bcJ(ins: number): number {
  return (ins >>> 16) - BCBIAS_J;
}

export function insABC(op: number, a: number, b: number, c: number): number {
  return (op | (a << 8) | (b << 24) | (c << 16)) >>> 0;
}
export function insAD(op: number, a: number, d: number): number {
  return (op | (a << 8) | (d << 16)) >>> 0;
}
export function insAJ(op: number, a: number, j: number): number {
  return insAD(op, a, j + BCBIAS_J);
}
export function setOp(ins: number, op: number): number {
  return ((ins & ~0xff) | op) >>> 0;
}
export function setA(ins: number, a: number): number {
  return ((ins & ~0xff00) | (a << 8)) >>> 0;
}
export function setB(ins: number, b: number): number {
  return ((ins & 0x00ffffff) | (b << 24)) >>> 0;
}
export function setC(ins: number, c: number): number {
  return ((ins & ~0xff0000) | (c << 16)) >>> 0;
}
export function setD(ins: number, d: number): number {
  return ((ins & 0xffff) | (d << 16)) >>> 0;
}

/** Primitive constants in `pri` operands (KPRI, ISEQP, USETP): nil, false, true. */
export const PRI_NIL = 0;
export const PRI_FALSE = 1;
export const PRI_TRUE = 2;
