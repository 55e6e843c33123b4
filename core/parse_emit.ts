// Bytecode emitter of the parser: constants, jump lists, register allocation, and the
// discharge of expression descriptors into registers, stores, branches and operators.
import {
  BC,
  bcA,
  BCBIAS_J,
  bcD,
  bcJ,
  bcOp,
  insABC,
  insAD,
  insAJ,
  NO_JMP,
  setA,
  setB,
  setD,
  setOp,
} from "./bc.ts";
import { type KCdata, type KGC, PROTO_FFI } from "./func.ts";
import {
  ExpDesc,
  type FuncState,
  LJ_MAX_BCINS,
  LJ_MAX_SLOTS,
  NO_REG,
  VCALL,
  VGLOBAL,
  VINDEXED,
  VJMP,
  VKCDATA,
  VKFALSE,
  VKNIL,
  VKNUM,
  VKSTR,
  VKTRUE,
  VLOCAL,
  VNONRELOC,
  VRELOCABLE,
  VSTACK_VAR_RW,
  VUPVAL,
} from "./parse.ts";

const BCMAX_C = 0xff;

// -- Constants ---------------------------------------------------------------------------

/** Index of a number constant, added on first use. */
export function constNum(fs: FuncState, n: number): number {
  const idx = fs.knum.get(n);
  if (idx !== undefined) return idx;
  fs.knum.set(n, fs.kn.length);
  fs.kn.push(n);
  return fs.kn.length - 1;
}

/** Index of a GC constant (string, proto, template table, cdata), added on first use. */
export function constGC(fs: FuncState, k: KGC): number {
  const idx = fs.kgcMap.get(k);
  if (idx !== undefined) return idx;
  fs.kgcMap.set(k, fs.kgc.length);
  fs.kgc.push(k);
  return fs.kgc.length - 1;
}

export function constStr(fs: FuncState, e: ExpDesc): number {
  return constGC(fs, e.sval);
}

// -- Jump lists --------------------------------------------------------------------------
// A list of pending jumps is threaded through their own jump offsets; NO_JMP ends it.

export function jmpNext(fs: FuncState, pc: number): number {
  const delta = bcJ(fs.bc[pc]);
  return delta === NO_JMP ? NO_JMP : pc + 1 + delta;
}

/** True if some jump on the list is not preceded by a test that can produce a value. */
function jmpNoValue(fs: FuncState, list: number): boolean {
  for (; list !== NO_JMP; list = jmpNext(fs, list)) {
    const p = fs.bc[list >= 1 ? list - 1 : list];
    const op = bcOp(p);
    if (!(op === BC.ISTC || op === BC.ISFC || bcA(p) === NO_REG)) return true;
  }
  return false;
}

/** Sets the destination register of the value-producing test before a jump. */
function jmpPatchTestReg(fs: FuncState, pc: number, reg: number): boolean {
  const ip = pc >= 1 ? pc - 1 : pc;
  const ins = fs.bc[ip];
  const op = bcOp(ins);
  if (op === BC.ISTC || op === BC.ISFC) {
    if (reg !== NO_REG && reg !== bcD(ins)) {
      fs.bc[ip] = setA(ins, reg);
    } else { // Nothing to store or already in place: plain test.
      fs.bc[ip] = setA(setOp(ins, op + (BC.IST - BC.ISTC)), 0);
    }
  } else if (bcA(ins) === NO_REG) {
    if (reg === NO_REG) {
      fs.bc[ip] = insAJ(BC.JMP, bcA(fs.bc[pc]), 0);
    } else {
      fs.bc[ip] = setA(ins, reg);
      if (reg >= bcA(fs.bc[ip + 1])) fs.bc[ip + 1] = setA(fs.bc[ip + 1], reg + 1);
    }
  } else {
    return false;
  }
  return true;
}

/** Drops the values of all tests on a list. */
export function jmpDropVal(fs: FuncState, list: number): void {
  for (; list !== NO_JMP; list = jmpNext(fs, list)) jmpPatchTestReg(fs, list, NO_REG);
}

/** Points the jump at pc to dest. */
export function jmpPatchIns(fs: FuncState, pc: number, dest: number): void {
  const offset = dest - (pc + 1) + BCBIAS_J;
  if (offset < 0 || offset > 0xffff) fs.ps.err("XJUMP");
  fs.bc[pc] = setD(fs.bc[pc], offset);
}

/** Appends list l2 to the list whose head is returned (l1). */
export function jmpAppend(fs: FuncState, l1: number, l2: number): number {
  if (l2 === NO_JMP) return l1;
  if (l1 === NO_JMP) return l2;
  let list = l1;
  for (let next; (next = jmpNext(fs, list)) !== NO_JMP;) list = next;
  jmpPatchIns(fs, list, l2);
  return l1;
}

/** Patches a list: tests producing a value go to vtarget with reg, others to dtarget. */
function jmpPatchVal(fs: FuncState, list: number, vtarget: number, reg: number, dtarget: number) {
  while (list !== NO_JMP) {
    const next = jmpNext(fs, list);
    if (jmpPatchTestReg(fs, list, reg)) jmpPatchIns(fs, list, vtarget);
    else jmpPatchIns(fs, list, dtarget);
    list = next;
  }
}

/** Makes a list jump to the next instruction emitted. */
export function jmpToHere(fs: FuncState, list: number): void {
  fs.lasttarget = fs.pc;
  fs.jpc = jmpAppend(fs, fs.jpc, list);
}

/** Patches a list to a target. */
export function jmpPatch(fs: FuncState, list: number, target: number): void {
  if (target === fs.pc) jmpToHere(fs, list);
  else jmpPatchVal(fs, list, target, NO_REG, target);
}

// -- Registers ---------------------------------------------------------------------------

export function bcregBump(fs: FuncState, n: number): void {
  const sz = fs.freereg + n;
  if (sz > fs.framesize) {
    if (sz >= LJ_MAX_SLOTS) fs.ps.err("XSLOTS");
    fs.framesize = sz;
  }
}

export function bcregReserve(fs: FuncState, n: number): void {
  bcregBump(fs, n);
  fs.freereg += n;
}

function bcregFree(fs: FuncState, reg: number): void {
  if (reg >= fs.nactvar) fs.freereg--;
}

export function exprFree(fs: FuncState, e: ExpDesc): void {
  if (e.k === VNONRELOC) bcregFree(fs, e.info);
}

// -- Emitting ------------------------------------------------------------------------------

/** Emits an instruction at the line of the last consumed token; returns its pc. */
export function emit(fs: FuncState, ins: number): number {
  const pc = fs.pc;
  jmpPatchVal(fs, fs.jpc, pc, NO_REG, pc);
  fs.jpc = NO_JMP;
  if (pc >= LJ_MAX_BCINS) fs.errLimit(LJ_MAX_BCINS, "bytecode instructions");
  fs.bc[pc] = ins;
  fs.line[pc] = fs.ps.lex.lastline;
  fs.pc = pc + 1;
  return pc;
}

export function emitAD(fs: FuncState, op: number, a: number, d: number): number {
  return emit(fs, insAD(op, a, d));
}
export function emitABC(fs: FuncState, op: number, a: number, b: number, c: number): number {
  return emit(fs, insABC(op, a, b, c));
}
export function emitAJ(fs: FuncState, op: number, a: number, j: number): number {
  return emit(fs, insAJ(op, a, j));
}

/** Sets the A operand of the instruction an expression refers to. */
export function setInsA(fs: FuncState, pc: number, a: number): void {
  fs.bc[pc] = setA(fs.bc[pc], a);
}
export function setInsB(fs: FuncState, pc: number, b: number): void {
  fs.bc[pc] = setB(fs.bc[pc], b);
}

// -- Discharging expressions -----------------------------------------------------------------

/** Turns variables and indexing into instructions (relocable) or registers. */
export function exprDischarge(fs: FuncState, e: ExpDesc): void {
  let ins: number;
  if (e.k === VUPVAL) {
    ins = insAD(BC.UGET, 0, e.info);
  } else if (e.k === VGLOBAL) {
    ins = insAD(BC.GGET, 0, constStr(fs, e));
  } else if (e.k === VINDEXED) {
    const rc = e.aux;
    if (rc < 0) {
      ins = insABC(BC.TGETS, 0, e.info, ~rc);
    } else if (rc > BCMAX_C) {
      ins = insABC(BC.TGETB, 0, e.info, rc - (BCMAX_C + 1));
    } else {
      bcregFree(fs, rc);
      ins = insABC(BC.TGETV, 0, e.info, rc);
    }
    bcregFree(fs, e.info);
  } else if (e.k === VCALL) {
    e.info = e.aux;
    e.k = VNONRELOC;
    return;
  } else if (e.k === VLOCAL) {
    e.k = VNONRELOC;
    return;
  } else {
    return;
  }
  e.info = emit(fs, ins);
  e.k = VRELOCABLE;
}

/** Sets `n` registers from `from` to nil, merging with a preceding KPRI/KNIL. */
export function emitNil(fs: FuncState, from: number, n: number): void {
  if (fs.pc > fs.lasttarget) { // No jumps to the current position.
    const pc = fs.pc - 1;
    const ins = fs.bc[pc];
    const pfrom = bcA(ins);
    const op = bcOp(ins);
    if (op === BC.KPRI && bcD(ins) === VKNIL) {
      if (from === pfrom) {
        if (n === 1) return;
        fs.bc[pc] = insAD(BC.KNIL, from, from + n - 1);
        return;
      }
      if (from === pfrom + 1) {
        fs.bc[pc] = insAD(BC.KNIL, pfrom, pfrom + n);
        return;
      }
    } else if (op === BC.KNIL) {
      const pto = bcD(ins);
      if (pfrom <= from && from <= pto + 1) { // Ranges touch or overlap: extend.
        if (from + n - 1 > pto) fs.bc[pc] = setD(ins, from + n - 1);
        return;
      }
    }
  }
  emit(fs, n === 1 ? insAD(BC.KPRI, from, VKNIL) : insAD(BC.KNIL, from, from + n - 1));
}

/** True if a number fits KSHORT's signed 16-bit operand. */
function isShort(n: number): boolean {
  return n >= -32768 && n <= 32767 && Math.trunc(n) === n;
}

/** Puts an expression into a register, ignoring its jump lists. */
export function exprToRegNoBranch(fs: FuncState, e: ExpDesc, reg: number): void {
  let ins: number;
  exprDischarge(fs, e);
  if (e.k === VKSTR) {
    ins = insAD(BC.KSTR, reg, constStr(fs, e));
  } else if (e.k === VKNUM) {
    const n = e.nval;
    ins = isShort(n) ? insAD(BC.KSHORT, reg, n & 0xffff) : insAD(BC.KNUM, reg, constNum(fs, n));
  } else if (e.k === VKCDATA) {
    fs.flags |= PROTO_FFI;
    ins = insAD(BC.KCDATA, reg, constGC(fs, e.cdata as KCdata));
  } else if (e.k === VRELOCABLE) {
    setInsA(fs, e.info, reg);
    e.info = reg;
    e.k = VNONRELOC;
    return;
  } else if (e.k === VNONRELOC) {
    if (reg === e.info) {
      e.k = VNONRELOC;
      return;
    }
    ins = insAD(BC.MOV, reg, e.info);
  } else if (e.k === VKNIL) {
    emitNil(fs, reg, 1);
    e.info = reg;
    e.k = VNONRELOC;
    return;
  } else if (e.k <= VKTRUE) {
    ins = insAD(BC.KPRI, reg, e.k);
  } else {
    return; // VVOID or VJMP.
  }
  emit(fs, ins);
  e.info = reg;
  e.k = VNONRELOC;
}

/** Puts an expression into a register, materialising its jump lists as booleans. */
export function exprToReg(fs: FuncState, e: ExpDesc, reg: number): void {
  exprToRegNoBranch(fs, e, reg);
  if (e.k === VJMP) e.t = jmpAppend(fs, e.t, e.info); // The jump joins the true list.
  if (e.hasJump()) {
    let jfalse = NO_JMP, jtrue = NO_JMP;
    if (jmpNoValue(fs, e.t) || jmpNoValue(fs, e.f)) {
      const jval = e.k === VJMP ? NO_JMP : emitJmp(fs);
      jfalse = emitAD(fs, BC.KPRI, reg, VKFALSE);
      emitAJ(fs, BC.JMP, fs.freereg, 1);
      jtrue = emitAD(fs, BC.KPRI, reg, VKTRUE);
      jmpToHere(fs, jval);
    }
    const jend = fs.pc;
    fs.lasttarget = jend;
    jmpPatchVal(fs, e.f, jend, reg, jfalse);
    jmpPatchVal(fs, e.t, jend, reg, jtrue);
  }
  e.f = e.t = NO_JMP;
  e.info = reg;
  e.k = VNONRELOC;
}

/** Puts an expression into the next free register. */
export function exprToNextReg(fs: FuncState, e: ExpDesc): void {
  exprDischarge(fs, e);
  exprFree(fs, e);
  bcregReserve(fs, 1);
  exprToReg(fs, e, fs.freereg - 1);
}

/** Puts an expression into some register and returns it. */
export function exprToAnyReg(fs: FuncState, e: ExpDesc): number {
  exprDischarge(fs, e);
  if (e.k === VNONRELOC) {
    if (!e.hasJump()) return e.info;
    if (e.info >= fs.nactvar) {
      exprToReg(fs, e, e.info);
      return e.info;
    }
  }
  exprToNextReg(fs, e);
  return e.info;
}

/** Discharges an expression to a value (a register only if it has jumps). */
export function exprToVal(fs: FuncState, e: ExpDesc): void {
  if (e.hasJump()) exprToAnyReg(fs, e);
  else exprDischarge(fs, e);
}

/** Emits the store of e into the assignable expression v. */
export function emitStore(fs: FuncState, v: ExpDesc, e: ExpDesc): void {
  let ins: number;
  if (v.k === VLOCAL) {
    fs.ps.vstack[v.aux].info |= VSTACK_VAR_RW;
    exprFree(fs, e);
    exprToReg(fs, e, v.info);
    return;
  } else if (v.k === VUPVAL) {
    fs.ps.vstack[v.aux].info |= VSTACK_VAR_RW;
    exprToVal(fs, e);
    if (e.k <= VKTRUE) ins = insAD(BC.USETP, v.info, e.k);
    else if (e.k === VKSTR) ins = insAD(BC.USETS, v.info, constStr(fs, e));
    else if (e.k === VKNUM) ins = insAD(BC.USETN, v.info, constNum(fs, e.nval));
    else ins = insAD(BC.USETV, v.info, exprToAnyReg(fs, e));
  } else if (v.k === VGLOBAL) {
    const ra = exprToAnyReg(fs, e);
    ins = insAD(BC.GSET, ra, constStr(fs, v));
  } else { // VINDEXED
    const ra = exprToAnyReg(fs, e);
    const rc = v.aux;
    if (rc < 0) ins = insABC(BC.TSETS, ra, v.info, ~rc);
    else if (rc > BCMAX_C) ins = insABC(BC.TSETB, ra, v.info, rc - (BCMAX_C + 1));
    else ins = insABC(BC.TSETV, ra, v.info, rc);
  }
  emit(fs, ins);
  exprFree(fs, e);
}

/** Method lookup `obj:key`: function in a new base register, object as first argument. */
export function emitMethod(fs: FuncState, e: ExpDesc, key: ExpDesc): void {
  const obj = exprToAnyReg(fs, e);
  exprFree(fs, e);
  const func = fs.freereg;
  emitAD(fs, BC.MOV, func + 2, obj); // Frames take two slots (FR2): self goes to func+2.
  const idx = constStr(fs, key);
  if (idx <= BCMAX_C) {
    bcregReserve(fs, 3);
    emitABC(fs, BC.TGETS, func, obj, idx);
  } else {
    bcregReserve(fs, 4);
    emitAD(fs, BC.KSTR, func + 3, idx);
    emitABC(fs, BC.TGETV, func, obj, func + 3);
    fs.freereg--;
  }
  e.info = func;
  e.k = VNONRELOC;
}

// -- Branches --------------------------------------------------------------------------------

/** Emits an unconditional jump (or reuses a preceding UCLO); returns the jump list. */
export function emitJmp(fs: FuncState): number {
  const jpc = fs.jpc;
  let j = fs.pc - 1;
  const ins = fs.bc[j];
  fs.jpc = NO_JMP;
  if (j >= fs.lasttarget && bcOp(ins) === BC.UCLO) {
    fs.bc[j] = setD(ins, NO_JMP + BCBIAS_J);
    fs.lasttarget = j + 1;
  } else {
    j = emitAJ(fs, BC.JMP, fs.freereg, NO_JMP);
  }
  return jmpAppend(fs, j, jpc);
}

/** Inverts the comparison before the jump of a VJMP expression. */
function invertCond(fs: FuncState, e: ExpDesc): void {
  const pc = e.info - 1;
  fs.bc[pc] = setOp(fs.bc[pc], bcOp(fs.bc[pc]) ^ 1);
}

/** Emits a test-and-jump on the truth (cond true) or falsity of an expression. */
function emitBranch(fs: FuncState, e: ExpDesc, cond: boolean): number {
  if (e.k === VRELOCABLE) {
    const ins = fs.bc[e.info];
    if (bcOp(ins) === BC.NOT) { // Test the operand of `not` instead.
      fs.bc[e.info] = insAD(cond ? BC.ISF : BC.IST, 0, bcD(ins));
      return emitJmp(fs);
    }
  }
  if (e.k !== VNONRELOC) {
    bcregReserve(fs, 1);
    exprToRegNoBranch(fs, e, fs.freereg - 1);
  }
  emitAD(fs, cond ? BC.ISTC : BC.ISFC, NO_REG, e.info);
  const pc = emitJmp(fs);
  exprFree(fs, e);
  return pc;
}

/** Falls through when e is true, jumps (via e.f) when false. */
export function emitBranchT(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  exprDischarge(fs, e);
  if (e.k === VKSTR || e.k === VKNUM || e.k === VKTRUE) {
    pc = NO_JMP; // Never jumps.
  } else if (e.k === VJMP) {
    invertCond(fs, e);
    pc = e.info;
  } else if (e.k === VKFALSE || e.k === VKNIL) {
    exprToRegNoBranch(fs, e, NO_REG);
    pc = emitJmp(fs);
  } else {
    pc = emitBranch(fs, e, false);
  }
  e.f = jmpAppend(fs, e.f, pc);
  jmpToHere(fs, e.t);
  e.t = NO_JMP;
}

/** Falls through when e is false, jumps (via e.t) when true. */
export function emitBranchF(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  exprDischarge(fs, e);
  if (e.k === VKNIL || e.k === VKFALSE) {
    pc = NO_JMP; // Never jumps.
  } else if (e.k === VJMP) {
    pc = e.info;
  } else if (e.k === VKSTR || e.k === VKNUM || e.k === VKTRUE) {
    exprToRegNoBranch(fs, e, NO_REG);
    pc = emitJmp(fs);
  } else {
    pc = emitBranch(fs, e, true);
  }
  e.t = jmpAppend(fs, e.t, pc);
  jmpToHere(fs, e.f);
  e.f = NO_JMP;
}

// -- Operators -------------------------------------------------------------------------------

// Binary operators, in the order of the arithmetic opcodes and the comparison opcodes.
export const OPR_ADD = 0;
export const OPR_SUB = 1;
export const OPR_MUL = 2;
export const OPR_DIV = 3;
export const OPR_MOD = 4;
export const OPR_POW = 5;
export const OPR_CONCAT = 6;
export const OPR_NE = 7;
export const OPR_EQ = 8;
export const OPR_LT = 9;
export const OPR_GE = 10;
export const OPR_LE = 11;
export const OPR_GT = 12;
export const OPR_AND = 13;
export const OPR_OR = 14;
export const OPR_NOBINOPR = 15;

/** C's pow(), which differs from JS's `**` for a base of 1 or -1. */
function cpow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return x ** y;
}

/** Arithmetic on constants as the VM computes it. */
export function foldArith(opr: number, a: number, b: number): number {
  switch (opr) {
    case OPR_ADD:
      return a + b;
    case OPR_SUB:
      return a - b;
    case OPR_MUL:
      return a * b;
    case OPR_DIV:
      return a / b;
    case OPR_MOD:
      return a - Math.floor(a / b) * b;
    default:
      return cpow(a, b);
  }
}

/** Folds a binary arithmetic operator on two number constants into e1. */
function tryFoldArith(opr: number, e1: ExpDesc, e2: ExpDesc): boolean {
  if (!e1.isNumKNoJump() || !e2.isNumKNoJump()) return false;
  const n = foldArith(opr, e1.nval, e2.nval);
  if (n !== n || Object.is(n, -0)) return false; // NaN and -0 are never constants.
  e1.nval = n;
  return true;
}

function emitArith(fs: FuncState, opr: number, e1: ExpDesc, e2: ExpDesc): void {
  if (tryFoldArith(opr, e1, e2)) return;
  let op: number, rb: number, rc: number;
  if (opr === OPR_POW) {
    op = BC.POW;
    rc = exprToAnyReg(fs, e2);
    rb = exprToAnyReg(fs, e1);
  } else {
    op = opr - OPR_ADD + BC.ADDVV;
    // The second operand first: discharging an indexed expression may free registers.
    exprToVal(fs, e2);
    if (e2.isNumK() && (rc = constNum(fs, e2.nval)) <= BCMAX_C) op -= BC.ADDVV - BC.ADDVN;
    else rc = exprToAnyReg(fs, e2);
    exprToVal(fs, e1);
    let t: number;
    if (e1.isNumK() && !e2.isNumK() && (t = constNum(fs, e1.nval)) <= 0xff) {
      rb = rc;
      rc = t;
      op -= BC.ADDVV - BC.ADDNV;
    } else {
      rb = exprToAnyReg(fs, e1);
    }
  }
  if (e1.k === VNONRELOC && e1.info >= fs.nactvar) fs.freereg--;
  if (e2.k === VNONRELOC && e2.info >= fs.nactvar) fs.freereg--;
  e1.info = emitABC(fs, op, 0, rb, rc);
  e1.k = VRELOCABLE;
}

function emitComp(fs: FuncState, opr: number, e1: ExpDesc, e2: ExpDesc): void {
  const eret = e1;
  let ins: number;
  exprToVal(fs, e1);
  if (opr === OPR_EQ || opr === OPR_NE) {
    const op = opr === OPR_EQ ? BC.ISEQV : BC.ISNEV;
    if (e1.isK()) [e1, e2] = [e2, e1]; // The constant goes second.
    const ra = exprToAnyReg(fs, e1);
    exprToVal(fs, e2);
    switch (e2.k) {
      case VKNIL:
      case VKFALSE:
      case VKTRUE:
        ins = insAD(op + (BC.ISEQP - BC.ISEQV), ra, e2.k);
        break;
      case VKSTR:
        ins = insAD(op + (BC.ISEQS - BC.ISEQV), ra, constStr(fs, e2));
        break;
      case VKNUM:
        ins = insAD(op + (BC.ISEQN - BC.ISEQV), ra, constNum(fs, e2.nval));
        break;
      default:
        ins = insAD(op, ra, exprToAnyReg(fs, e2));
    }
  } else {
    let op = opr - OPR_LT + BC.ISLT;
    let ra: number, rd: number;
    if ((op - BC.ISLT) & 1) { // GT -> LT, GE -> LE with swapped operands.
      [e1, e2] = [e2, e1];
      op = ((op - BC.ISLT) ^ 3) + BC.ISLT;
      exprToVal(fs, e1);
      ra = exprToAnyReg(fs, e1);
      rd = exprToAnyReg(fs, e2);
    } else {
      rd = exprToAnyReg(fs, e2);
      ra = exprToAnyReg(fs, e1);
    }
    ins = insAD(op, ra, rd);
  }
  if (e1.k === VNONRELOC && e1.info >= fs.nactvar) fs.freereg--;
  if (e2.k === VNONRELOC && e2.info >= fs.nactvar) fs.freereg--;
  emit(fs, ins);
  eret.info = emitJmp(fs);
  eret.k = VJMP;
}

/** Prepares the left operand before the right one is parsed. */
export function emitBinopLeft(fs: FuncState, op: number, e: ExpDesc): void {
  if (op === OPR_AND) {
    emitBranchT(fs, e);
  } else if (op === OPR_OR) {
    emitBranchF(fs, e);
  } else if (op === OPR_CONCAT) {
    exprToNextReg(fs, e);
  } else if (op === OPR_EQ || op === OPR_NE) {
    if (!e.isKNoJump()) exprToAnyReg(fs, e);
  } else {
    if (!e.isNumKNoJump()) exprToAnyReg(fs, e);
  }
}

/** Emits a binary operator; the result replaces e1. */
export function emitBinop(fs: FuncState, op: number, e1: ExpDesc, e2: ExpDesc): void {
  if (op <= OPR_POW) {
    emitArith(fs, op, e1, e2);
  } else if (op === OPR_AND) {
    exprDischarge(fs, e2);
    e2.f = jmpAppend(fs, e2.f, e1.f);
    e1.copyFrom(e2);
  } else if (op === OPR_OR) {
    exprDischarge(fs, e2);
    e2.t = jmpAppend(fs, e2.t, e1.t);
    e1.copyFrom(e2);
  } else if (op === OPR_CONCAT) {
    exprToVal(fs, e2);
    if (e2.k === VRELOCABLE && bcOp(fs.bc[e2.info]) === BC.CAT) {
      // Extend the following CAT's range down to e1 (operands are consecutive).
      exprFree(fs, e1);
      setInsB(fs, e2.info, e1.info);
      e1.info = e2.info;
    } else {
      exprToNextReg(fs, e2);
      exprFree(fs, e2);
      exprFree(fs, e1);
      e1.info = emitABC(fs, BC.CAT, 0, e1.info, e2.info);
    }
    e1.k = VRELOCABLE;
  } else {
    emitComp(fs, op, e1, e2);
  }
}

/** Negates a cdata literal in place (each literal is its own constant). */
function negateCdata(cd: KCdata): void {
  if (cd.kind === "complex") cd.im = -cd.im;
  else if (cd.kind === "int64") cd.int = BigInt.asIntN(64, -cd.int);
  else cd.int = BigInt.asUintN(64, -cd.int);
}

/** Emits a unary operator (NOT, UNM or LEN) on e. */
export function emitUnop(fs: FuncState, op: number, e: ExpDesc): void {
  if (op === BC.NOT) {
    const t = e.f; // Swap the true and false lists.
    e.f = e.t;
    e.t = t;
    jmpDropVal(fs, e.f);
    jmpDropVal(fs, e.t);
    exprDischarge(fs, e);
    if (e.k === VKNIL || e.k === VKFALSE) {
      e.k = VKTRUE;
      return;
    } else if (e.isK() || e.k === VKCDATA) {
      e.k = VKFALSE;
      return;
    } else if (e.k === VJMP) {
      invertCond(fs, e);
      return;
    } else if (e.k === VRELOCABLE) {
      bcregReserve(fs, 1);
      setInsA(fs, e.info, fs.freereg - 1);
      e.info = fs.freereg - 1;
      e.k = VNONRELOC;
    }
  } else {
    if (op === BC.UNM && !e.hasJump()) { // Fold negation of constants.
      if (e.k === VKCDATA) {
        negateCdata(e.cdata as KCdata);
        return;
      }
      if (e.isNumK() && e.nval !== 0) { // Never fold to -0.
        e.nval = -e.nval;
        return;
      }
    }
    exprToAnyReg(fs, e);
  }
  exprFree(fs, e);
  e.info = emitAD(fs, op, 0, e.info);
  e.k = VRELOCABLE;
}
