// Variables, upvalues, scopes, goto and labels of the parser.
import { BC, BCBIAS_J, bcOp, NO_JMP, setA, setD, setOp } from "./bc.ts";
import {
  type ExpDesc,
  FSCOPE_BREAK,
  FSCOPE_GOLA,
  FSCOPE_LOOP,
  FSCOPE_NOCLOSE,
  FSCOPE_UPVAL,
  FuncScope,
  type FuncState,
  LJ_MAX_LOCVAR,
  LJ_MAX_UPVAL,
  LJ_MAX_VSTACK,
  NAME_BREAK,
  type ParseState,
  VGLOBAL,
  VLOCAL,
  VSTACK_GOTO,
  VSTACK_LABEL,
  VStackEntry,
  VUPVAL,
} from "./parse.ts";
import { emitAJ, jmpNext, jmpPatch } from "./parse_emit.ts";

// -- Local variables ---------------------------------------------------------------------

/** Pushes a variable stack entry, checking the chunk-wide limit. */
function vstackPush(ps: ParseState, v: VStackEntry): number {
  const vtop = ps.vtop;
  if (vtop >= LJ_MAX_VSTACK) ps.lex.error(0, "XLIMC", LJ_MAX_VSTACK);
  ps.vstack[vtop] = v;
  ps.vtop = vtop + 1;
  return vtop;
}

/** Declares the n-th new local (not active until varAdd). */
export function varNew(ps: ParseState, n: number, name: string): void {
  const fs = ps.fsx;
  fs.checkLimit(fs.nactvar + n, LJ_MAX_LOCVAR, "local variables");
  fs.varmap[fs.nactvar + n] = vstackPush(ps, new VStackEntry(name));
}

/** Activates the next n declared locals. */
export function varAdd(ps: ParseState, nvars: number): void {
  const fs = ps.fsx;
  let nactvar = fs.nactvar;
  while (nvars--) {
    const v = ps.vstack[fs.varmap[nactvar]];
    v.startpc = fs.pc;
    v.slot = nactvar++;
    v.info = 0;
  }
  fs.nactvar = nactvar;
}

/** Ends the locals above tolevel. */
export function varRemove(ps: ParseState, tolevel: number): void {
  const fs = ps.fsx;
  while (fs.nactvar > tolevel) ps.vstack[fs.varmap[--fs.nactvar]].endpc = fs.pc;
}

/** The variable entry of an active register. */
export function varGet(fs: FuncState, reg: number): VStackEntry {
  return fs.ps.vstack[fs.varmap[reg]];
}

function varLookupLocal(fs: FuncState, name: string): number {
  for (let i = fs.nactvar - 1; i >= 0; i--) if (varGet(fs, i).name === name) return i;
  return -1;
}

/** Upvalue index for a variable of an enclosing function, added on first use. */
function varLookupUv(fs: FuncState, vidx: number, e: ExpDesc): number {
  const n = fs.uvmap.length;
  for (let i = 0; i < n; i++) if (fs.uvmap[i] === vidx) return i;
  fs.checkLimit(n, LJ_MAX_UPVAL, "upvalues");
  fs.uvmap.push(vidx);
  fs.uvtmp.push(e.k === VLOCAL ? vidx : LJ_MAX_VSTACK + e.info);
  return n;
}

/** Resolves a name to a local, an upvalue or a global; returns the vstack index or -1. */
function varLookupIn(fs: FuncState | null, name: string, e: ExpDesc, first: boolean): number {
  if (fs) {
    const reg = varLookupLocal(fs, name);
    if (reg >= 0) {
      e.init(VLOCAL, reg);
      if (!first) fscopeUvMark(fs, reg); // The scope now has an upvalue.
      return (e.aux = fs.varmap[reg]);
    }
    const vidx = varLookupIn(fs.prev, name, e, false);
    if (vidx >= 0) {
      e.info = varLookupUv(fs, vidx, e);
      e.k = VUPVAL;
      return vidx;
    }
  } else {
    e.init(VGLOBAL, 0);
    e.sval = name;
  }
  return -1;
}

export function varLookup(ps: ParseState, name: string, e: ExpDesc): void {
  varLookupIn(ps.fs, name, e, true);
}

// -- Scopes ------------------------------------------------------------------------------

export function fscopeBegin(fs: FuncState, flags: number): FuncScope {
  return (fs.bl = new FuncScope(fs.bl, fs.ps.vtop, fs.nactvar, flags));
}

export function fscopeEnd(fs: FuncState): void {
  const bl = fs.bl as FuncScope;
  const ps = fs.ps;
  fs.bl = bl.prev;
  varRemove(ps, bl.nactvar);
  fs.freereg = fs.nactvar;
  if ((bl.flags & (FSCOPE_UPVAL | FSCOPE_NOCLOSE)) === FSCOPE_UPVAL) {
    emitAJ(fs, BC.UCLO, bl.nactvar, 0);
  }
  if (bl.flags & FSCOPE_BREAK) {
    if (bl.flags & FSCOPE_LOOP) {
      const idx = golaNew(ps, NAME_BREAK, VSTACK_LABEL, fs.pc);
      ps.vtop = idx; // The break label is dropped right away.
      golaResolve(ps, bl, idx);
    } else { // The breaks propagate outwards.
      golaFixup(ps, bl);
      return;
    }
  }
  if (bl.flags & FSCOPE_GOLA) golaFixup(ps, bl);
}

/** Marks the scope declaring the variable in register `level` as having an upvalue. */
function fscopeUvMark(fs: FuncState, level: number): void {
  let bl = fs.bl;
  while (bl && bl.nactvar > level) bl = bl.prev;
  if (bl) bl.flags |= FSCOPE_UPVAL;
}

// -- Goto and labels ---------------------------------------------------------------------

export function golaNew(ps: ParseState, name: string, info: number, pc: number): number {
  const v = new VStackEntry(name);
  v.startpc = pc;
  v.slot = ps.fsx.nactvar;
  v.info = info;
  return vstackPush(ps, v);
}

const isGoto = (v: VStackEntry) => (v.info & VSTACK_GOTO) !== 0;
const isLabel = (v: VStackEntry) => (v.info & VSTACK_LABEL) !== 0;

/** Points a goto at a label. */
function golaPatch(ps: ParseState, vg: VStackEntry, vl: VStackEntry): void {
  const fs = ps.fsx;
  const pc = vg.startpc;
  vg.name = null; // Resolved.
  fs.bc[pc] = setA(fs.bc[pc], vl.slot);
  jmpPatch(fs, pc, vl.startpc);
}

/** Makes a goto close upvalues: its JMP becomes a UCLO. */
function golaClose(ps: ParseState, vg: VStackEntry): void {
  const fs = ps.fsx;
  const pc = vg.startpc;
  fs.bc[pc] = setA(fs.bc[pc], vg.slot);
  if (bcOp(fs.bc[pc]) === BC.JMP) {
    const next = jmpNext(fs, pc);
    if (next !== NO_JMP) jmpPatch(fs, next, pc); // Others on its list jump to the UCLO.
    fs.bc[pc] = setD(setOp(fs.bc[pc], BC.UCLO), NO_JMP + BCBIAS_J);
  }
}

/** Resolves pending forward gotos of the scope to the label at idx. */
export function golaResolve(ps: ParseState, bl: FuncScope, idx: number): void {
  const vl = ps.vstack[idx];
  for (let i = bl.vstart; i < idx; i++) {
    const vg = ps.vstack[i];
    if (vg.name === vl.name && isGoto(vg)) {
      if (vg.slot < vl.slot) {
        const local = varGet(ps.fsx, vg.slot).name as string;
        ps.lex.linenumber = ps.fsx.line[vg.startpc];
        ps.lex.error(0, "XGSCOPE", vg.name as string, local);
      }
      golaPatch(ps, vg, vl);
    }
  }
}

/** At the end of a scope: resolve backward gotos, pass the others to the outer scope. */
function golaFixup(ps: ParseState, bl: FuncScope): void {
  const ve = ps.vtop;
  for (let i = bl.vstart; i < ve; i++) {
    const v = ps.vstack[i];
    const name = v.name;
    if (name === null) continue;
    if (isLabel(v)) {
      v.name = null; // The label goes out of scope.
      for (let j = i + 1; j < ve; j++) {
        const vg = ps.vstack[j];
        if (vg.name === name && isGoto(vg)) {
          if ((bl.flags & FSCOPE_UPVAL) && vg.slot > v.slot) golaClose(ps, vg);
          golaPatch(ps, vg, v);
        }
      }
    } else if (isGoto(v)) {
      if (bl.prev) {
        bl.prev.flags |= name === NAME_BREAK ? FSCOPE_BREAK : FSCOPE_GOLA;
        v.slot = bl.nactvar;
        if (bl.flags & FSCOPE_UPVAL) golaClose(ps, v);
      } else { // No outer scope: no such label, or break outside a loop.
        ps.lex.linenumber = ps.fsx.line[v.startpc];
        if (name === NAME_BREAK) ps.lex.error(0, "XBREAK");
        ps.lex.error(0, "XLUNDEF", name);
      }
    }
  }
}

/** A visible label of this name in the current function's block, or null. */
export function golaFindLabel(ps: ParseState, name: string): VStackEntry | null {
  const fs = ps.fsx;
  for (let i = (fs.bl as FuncScope).vstart; i < ps.vtop; i++) {
    const v = ps.vstack[i];
    if (v.name === name && isLabel(v)) return v;
  }
  return null;
}
