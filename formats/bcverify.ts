// Verification of loaded prototypes. LuaJIT runs whatever bytecode it loads; ljts first
// checks that every instruction only touches what its function owns, so that running a
// loaded dump can never corrupt the VM:
// - opcodes: only those LuaJIT's writer emits (no FUNC* headers, no I*/J* patched forms;
//   ISTYPE, ISNUM, TGETR and TSETR stay: dumps of LuaJIT's Lua-written library functions
//   hold them);
// - registers inside the frame (register ranges of calls, returns, loops included),
//   constant indices inside kgc/kn with the kind the opcode needs, upvalue indices
//   inside the upvalue list, primitive operands nil/false/true;
// - jumps inside the function; no fall-through past the last instruction; tests and
//   comparisons followed by their JMP; FORI/FORL and ITERC/ITERN/ITERL paired as the
//   parser emits them; ISNEXT aimed at its ITERN; VARG only in vararg functions with the
//   function's parameter count;
// - instructions that take a variable number of values (CALLM, CALLMT, RETM, TSETM) are
//   reached only right after the call or VARG that produced them (through UCLO/JMP at
//   most), with the values where they expect them;
// - frame size, upvalue count, constant counts, parameter count, nesting depth and proto
//   flags within LuaJIT's limits; child upvalue references inside the parent's frame or
//   upvalues.
// What no load-time check can promise is the type of a value in a register: LuaJIT's
// parser makes ITERN's state, TSETM's target and TGETR/TSETR's operand tables, but
// debug.setlocal can change any slot at run time, so the VM checks those types itself.
import {
  BC,
  BCBIAS_J,
  type BCMode,
  bcModeA,
  bcModeB,
  bcModeCD,
  bcName,
  PRI_TRUE,
} from "../core/bc.ts";
import {
  KCdata,
  Proto,
  PROTO_CHILD,
  PROTO_FFI,
  PROTO_UV_IMMUTABLE,
  PROTO_UV_LOCAL,
  PROTO_VARARG,
  TemplateTable,
} from "../core/func.ts";
import { BCDUMP_PROTO_FLAGS, LJ_MAX_BCINS, LJ_MAX_SLOTS, LJ_MAX_UPVAL } from "./bcdump.ts";

/** Maximum nesting of function definitions (LuaJIT's syntactic nesting limit). */
export const LJ_MAX_XLEVEL = 200;
/** Maximum number of constants of either kind (an operand D indexes them). */
const MAX_K = 0x10000;

export type Fail = (detail: string) => never;

/** Opcodes a dump may contain, as LuaJIT's writer emits them. */
const LOADABLE: readonly boolean[] = (() => {
  const ok = bcName.map(() => true);
  for (
    const op of [
      BC.JFORI,
      BC.IFORL,
      BC.JFORL,
      BC.IITERL,
      BC.JITERL,
      BC.ILOOP,
      BC.JLOOP,
      BC.FUNCF,
      BC.IFUNCF,
      BC.JFUNCF,
      BC.FUNCV,
      BC.IFUNCV,
      BC.JFUNCV,
      BC.FUNCC,
      BC.FUNCCW,
    ]
  ) ok[op] = false;
  return ok;
})();

/** Instructions after which control never reaches the next one. */
const NO_FALLTHROUGH = new Set<number>([
  BC.RET,
  BC.RET0,
  BC.RET1,
  BC.RETM,
  BC.CALLT,
  BC.CALLMT,
  BC.JMP,
  BC.UCLO,
  BC.ISNEXT,
]);

/** Tests and comparisons: the next instruction is the JMP they take or skip. */
const CONDITIONAL = new Set<number>([
  BC.ISLT,
  BC.ISGE,
  BC.ISLE,
  BC.ISGT,
  BC.ISEQV,
  BC.ISNEV,
  BC.ISEQS,
  BC.ISNES,
  BC.ISEQN,
  BC.ISNEN,
  BC.ISEQP,
  BC.ISNEP,
  BC.ISTC,
  BC.ISFC,
  BC.IST,
  BC.ISF,
]);

const depthOf = new WeakMap<Proto, number>();

function ins(pt: Proto, pc: number): { op: number; a: number; b: number; c: number; d: number } {
  const i = pt.bc[pc];
  return { op: i & 0xff, a: (i >>> 8) & 0xff, b: i >>> 24, c: (i >>> 16) & 0xff, d: i >>> 16 };
}

/** Jump target of the jump-mode instruction at pc. */
function target(pt: Proto, pc: number): number {
  return pc + 1 + (pt.bc[pc] >>> 16) - BCBIAS_J;
}

/** Checks one constant-index or register operand against its mode. */
function operand(pt: Proto, mode: BCMode, v: number, fail: Fail): void {
  switch (mode) {
    case "var":
    case "dst":
      if (v >= pt.framesize) fail(`register ${v} outside frame of ${pt.framesize}`);
      return;
    case "rbase":
      if (v > pt.framesize) fail(`base ${v} outside frame of ${pt.framesize}`);
      return;
    case "uv":
      if (v >= pt.uv.length) fail(`upvalue ${v} of ${pt.uv.length}`);
      return;
    case "pri":
      if (v > PRI_TRUE) fail(`primitive ${v}`);
      return;
    case "num":
      if (v >= pt.kn.length) fail(`number constant ${v} of ${pt.kn.length}`);
      return;
    case "str":
      if (typeof pt.kgc[v] !== "string") fail(`constant ${v} is not a string`);
      return;
    case "tab":
      if (!(pt.kgc[v] instanceof TemplateTable)) fail(`constant ${v} is not a table`);
      return;
    case "func":
      if (!(pt.kgc[v] instanceof Proto)) fail(`constant ${v} is not a prototype`);
      return;
    case "cdata":
      if (!(pt.kgc[v] instanceof KCdata)) fail(`constant ${v} is not a cdata`);
      return;
    case "jump": // Checked with the control flow.
    case "base": // Checked per opcode.
    case "lit":
    case "lits":
    case "___":
      return;
  }
}

/** Registers lo..hi (inclusive) must be inside the frame. */
function regs(pt: Proto, lo: number, hi: number, fail: Fail): void {
  if (lo < 0 || hi >= pt.framesize) fail(`registers ${lo}..${hi} outside frame of ${pt.framesize}`);
}

/**
 * Per-opcode rules beyond the operand modes: register ranges (FR2: a call's arguments
 * start two slots above the function, multres values where the producer left them),
 * counts, and instruction pairs.
 */
function opRules(pt: Proto, pc: number, fail: Fail): void {
  const { op, a, b, c, d } = ins(pt, pc);
  const n = pt.bc.length;
  switch (op) {
    case BC.CAT:
      if (b >= c) fail("empty concatenation range");
      regs(pt, b, c, fail);
      return;
    case BC.KNIL:
      if (a > d) fail("empty KNIL range");
      regs(pt, a, d, fail);
      return;
    case BC.TSETM:
      regs(pt, a - 1, a, fail);
      if (!isTsetmIndex(pt.kn[d])) fail("TSETM start index");
      return;
    case BC.CALL:
      if (c < 1) fail("CALL argument count");
      regs(pt, a, a + c, fail);
      if (b >= 2) regs(pt, a, a + b - 2, fail);
      return;
    case BC.CALLM:
      regs(pt, a, a + 2 + c, fail);
      if (b >= 2) regs(pt, a, a + b - 2, fail);
      return;
    case BC.CALLT:
      if (d < 1) fail("CALLT argument count");
      regs(pt, a, a + d, fail);
      return;
    case BC.CALLMT:
      regs(pt, a, a + 2 + d, fail);
      return;
    case BC.ITERC:
    case BC.ITERN:
      if (a < 3 || c !== 3 || b < 2) fail("iterator call operands");
      regs(pt, a - 3, Math.max(a + 3, a + b - 2), fail);
      if (pc + 1 >= n || ins(pt, pc + 1).op !== BC.ITERL || ins(pt, pc + 1).a !== a) {
        fail("iterator call without its ITERL");
      }
      return;
    case BC.ITERL: {
      regs(pt, a - 1, a, fail);
      const prev = ins(pt, pc - 1);
      if ((prev.op !== BC.ITERC && prev.op !== BC.ITERN) || prev.a !== a) {
        fail("ITERL without its iterator call");
      }
      return;
    }
    case BC.ISNEXT: {
      regs(pt, a - 3, a - 1, fail);
      const t = target(pt, pc);
      if (t < 1 || t >= n || ins(pt, t).op !== BC.ITERN || ins(pt, t).a !== a) {
        fail("ISNEXT not aimed at its ITERN");
      }
      return;
    }
    case BC.VARG:
      if (!(pt.flags & PROTO_VARARG)) fail("VARG in a fixed-argument function");
      if (c !== pt.numparams) fail("VARG parameter count");
      regs(pt, a, b >= 2 ? a + b - 2 : a, fail);
      return;
    case BC.RET:
      if (d < 1) fail("RET count");
      if (d >= 2) regs(pt, a, a + d - 2, fail);
      return;
    case BC.RET0:
      if (d !== 1) fail("RET0 count");
      return;
    case BC.RET1:
      if (d !== 2) fail("RET1 count");
      regs(pt, a, a, fail);
      return;
    case BC.RETM:
      regs(pt, a, a + d, fail);
      return;
    case BC.FORI:
    case BC.FORL: {
      regs(pt, a, a + 3, fail);
      const t = target(pt, pc);
      const mate = op === BC.FORI ? BC.FORL : BC.FORI;
      if (t < 2 || t >= n) fail("loop target outside the function");
      const m = ins(pt, t - 1);
      if (m.op !== mate || m.a !== a || target(pt, t - 1) !== pc + 1) fail("unpaired FORI/FORL");
      return;
    }
  }
}

/** TSETM's constant is 2^52 plus the first array index (the low word of the double). */
function isTsetmIndex(k: number): boolean {
  const i = k - 2 ** 52;
  return Number.isInteger(i) && i >= 0 && i < 2 ** 32;
}

/**
 * Multres hand-over: the base register where a consumer expects the values of the
 * preceding multres call or VARG, or -1 if the instruction is no consumer.
 */
function multresBase(pt: Proto, pc: number): number {
  const { op, a, c, d } = ins(pt, pc);
  switch (op) {
    case BC.CALLM:
      return a + 2 + c;
    case BC.CALLMT:
      return a + 2 + d;
    case BC.RETM:
      return a + d;
    case BC.TSETM:
      return a;
  }
  return -1;
}

/** Base of the values an instruction leaves for a multres consumer, or -1. */
function multresProduced(pt: Proto, pc: number): number {
  const { op, a, b } = ins(pt, pc);
  if ((op === BC.CALL || op === BC.CALLM || op === BC.VARG) && b === 0) return a;
  return -1;
}

const UNSEEN = -2;
const NONE = -1;

/** Control flow: jump ranges, fall-through and multres hand-over along every path. */
function checkFlow(pt: Proto, fail: Fail): void {
  const n = pt.bc.length;
  const succ = (pc: number, out: number[]): void => {
    out.length = 0;
    const op = pt.bc[pc] & 0xff;
    if (bcModeCD[op] === "jump") out.push(target(pt, pc));
    if (!NO_FALLTHROUGH.has(op)) out.push(pc + 1);
    if (CONDITIONAL.has(op)) out.push(pc + 2);
  };
  const out: number[] = [];
  for (let pc = 1; pc < n; pc++) {
    succ(pc, out);
    for (const t of out) {
      if (t < 1 || t >= n) {
        fail(`${bcName[pt.bc[pc] & 0xff]} at ${pc} leaves the function (to ${t})`);
      }
    }
    if (CONDITIONAL.has(pt.bc[pc] & 0xff) && (pt.bc[pc + 1] & 0xff) !== BC.JMP) {
      fail(`${bcName[pt.bc[pc] & 0xff]} at ${pc} not followed by JMP`);
    }
  }
  // Dataflow over "where the pending multres values start": UNSEEN, NONE or a register.
  const state = new Int32Array(n).fill(UNSEEN);
  const work: number[] = [1];
  state[1] = NONE;
  while (work.length) {
    const pc = work.pop()!;
    const inState = state[pc];
    const want = multresBase(pt, pc);
    if (want >= 0 && inState !== want) fail(`multres values missing at ${pc}`);
    const op = pt.bc[pc] & 0xff;
    const produced = multresProduced(pt, pc);
    const outState = produced >= 0 ? produced : (op === BC.UCLO || op === BC.JMP) ? inState : NONE;
    succ(pc, out);
    for (const t of out) {
      const s = state[t];
      const merged = s === UNSEEN ? outState : s === outState ? s : NONE;
      if (merged !== s) {
        state[t] = merged;
        work.push(t);
      }
    }
  }
}

function checkUpvalueRefs(parent: Proto, child: Proto, fail: Fail): void {
  for (const v of child.uv) {
    if (v & PROTO_UV_LOCAL) {
      if ((v & ~(PROTO_UV_LOCAL | PROTO_UV_IMMUTABLE | 0xff)) || (v & 0xff) >= parent.framesize) {
        fail(`upvalue reference ${v} outside the parent frame`);
      }
    } else if (v >= parent.uv.length) {
      fail(`upvalue reference ${v} outside the parent upvalues`);
    }
  }
}

/** Verifies one prototype whose children have been verified already. */
export function verifyProto(pt: Proto, fail: Fail): void {
  if (pt.flags & ~BCDUMP_PROTO_FLAGS) fail(`proto flags ${pt.flags}`);
  if (pt.framesize >= LJ_MAX_SLOTS) fail(`frame size ${pt.framesize}`);
  if (pt.numparams > pt.framesize) fail("more parameters than frame slots");
  if (pt.uv.length > LJ_MAX_UPVAL) fail(`${pt.uv.length} upvalues`);
  if (pt.kgc.length > MAX_K || pt.kn.length > MAX_K) fail("too many constants");
  const n = pt.bc.length;
  if (n < 2 || n > LJ_MAX_BCINS) fail(`${n - 1} instructions`);
  let depth = 1, children = false, cdata = false, childFFI = false;
  for (const k of pt.kgc) {
    if (k instanceof Proto) {
      children = true;
      depth = Math.max(depth, (depthOf.get(k) ?? 1) + 1);
      if (k.flags & PROTO_FFI) childFFI = true;
      checkUpvalueRefs(pt, k, fail);
    } else if (k instanceof KCdata) {
      cdata = true;
    }
  }
  if (depth > LJ_MAX_XLEVEL) fail("functions nested too deeply");
  depthOf.set(pt, depth);
  if (children !== ((pt.flags & PROTO_CHILD) !== 0)) fail("child flag does not match");
  if ((cdata || childFFI) && !(pt.flags & PROTO_FFI)) fail("cdata constants without FFI flag");
  // Opcodes first: the other rules look at neighbouring instructions.
  for (let pc = 1; pc < n; pc++) {
    const op = pt.bc[pc] & 0xff;
    if (op >= bcName.length || !LOADABLE[op]) fail(`opcode ${op} at ${pc}`);
  }
  for (let pc = 1; pc < n; pc++) {
    const { op, a, b, c, d } = ins(pt, pc);
    operand(pt, bcModeA[op], a, fail);
    if (bcModeB[op] !== "___") {
      operand(pt, bcModeB[op], b, fail);
      operand(pt, bcModeCD[op], c, fail);
    } else {
      operand(pt, bcModeCD[op], d, fail);
    }
    opRules(pt, pc, fail);
  }
  const last = pt.bc[n - 1] & 0xff;
  if (!NO_FALLTHROUGH.has(last)) fail("function does not end in a return or jump");
  checkFlow(pt, fail);
}

/** Checks that concern the whole dump once its main function is known. */
export function verifyDump(main: Proto, headerFFI: boolean, fail: Fail): void {
  if ((main.flags & PROTO_FFI) && !headerFFI) fail("cdata constants without FFI header flag");
}
