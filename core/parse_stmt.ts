// Statements of the parser: assignments, locals, control structures, returns, goto and
// labels, and the final return fixup of a function.
import { BC, bcA, BCBIAS_J, bcC, bcD, bcOp, insAD, NO_JMP } from "./bc.ts";
import { PROTO_CHILD, PROTO_FIXUP_RETURN, PROTO_HAS_RETURN, VARNAME_INTERNAL } from "./func.ts";
import {
  TK_break,
  TK_do,
  TK_else,
  TK_elseif,
  TK_end,
  TK_eof,
  TK_for,
  TK_function,
  TK_goto,
  TK_if,
  TK_in,
  TK_label,
  TK_local,
  TK_name,
  TK_repeat,
  TK_return,
  TK_then,
  TK_until,
  TK_while,
} from "./lex.ts";
import {
  ExpDesc,
  FSCOPE_BREAK,
  FSCOPE_GOLA,
  FSCOPE_LOOP,
  FSCOPE_NOCLOSE,
  FSCOPE_UPVAL,
  type FuncScope,
  type FuncState,
  LJ_MAX_XLEVEL,
  NAME_BREAK,
  type ParseState,
  VCALL,
  VINDEXED,
  VLOCAL,
  VNONRELOC,
  VRELOCABLE,
  VSTACK_GOTO,
  VSTACK_LABEL,
  VVOID,
} from "./parse.ts";
import {
  bcregBump,
  bcregReserve,
  emit,
  emitABC,
  emitAD,
  emitAJ,
  emitJmp,
  emitNil,
  emitStore,
  exprFree,
  exprToAnyReg,
  exprToNextReg,
  exprToReg,
  jmpAppend,
  jmpPatch,
  jmpPatchIns,
  jmpToHere,
  setInsB,
} from "./parse_emit.ts";
import {
  exprCond,
  exprField,
  exprList,
  exprNext,
  exprPrimary,
  lexCheck,
  lexMatch,
  lexOpt,
  lexStr,
  parseBody,
  synlevelBegin,
} from "./parse_expr.ts";
import {
  fscopeBegin,
  fscopeEnd,
  golaFindLabel,
  golaNew,
  golaResolve,
  varAdd,
  varGet,
  varLookup,
  varNew,
} from "./parse_var.ts";

const [FOR_IDX, FOR_STOP, FOR_STEP, FOR_GEN, FOR_STATE, FOR_CTL] = VARNAME_INTERNAL;

// -- Assignments -----------------------------------------------------------------------------

/** A left-hand side of a multiple assignment, linked to the one before it. */
class LHS {
  v = new ExpDesc();
  constructor(public prev: LHS | null) {}
}

/** `t[i], t = ...`: copies a local that an earlier indexed target still needs. */
function assignHazard(ps: ParseState, lh: LHS | null, v: ExpDesc): void {
  const fs = ps.fsx;
  const reg = v.info;
  const tmp = fs.freereg;
  let hazard = false;
  for (; lh; lh = lh.prev) {
    if (lh.v.k === VINDEXED) {
      if (lh.v.info === reg) {
        hazard = true;
        lh.v.info = tmp;
      }
      if (lh.v.aux === reg) {
        hazard = true;
        lh.v.aux = tmp;
      }
    }
  }
  if (hazard) {
    emitAD(fs, BC.MOV, tmp, reg);
    bcregReserve(fs, 1);
  }
}

/** Matches nexps values to nvars targets: extra call results or nils, or drops. */
function assignAdjust(ps: ParseState, nvars: number, nexps: number, e: ExpDesc): void {
  const fs = ps.fsx;
  let extra = nvars - nexps;
  if (e.k === VCALL) {
    extra++; // The call itself provides one.
    if (extra < 0) extra = 0;
    setInsB(fs, e.info, extra + 1);
    if (extra > 1) bcregReserve(fs, extra - 1);
  } else {
    if (e.k !== VVOID) exprToNextReg(fs, e);
    if (extra > 0) {
      const reg = fs.freereg;
      bcregReserve(fs, extra);
      emitNil(fs, reg, extra);
    }
  }
  if (nexps > nvars) fs.freereg -= nexps - nvars;
}

function parseAssignment(ps: ParseState, lh: LHS, nvars: number): void {
  const fs = ps.fsx;
  const e = new ExpDesc();
  if (!(VLOCAL <= lh.v.k && lh.v.k <= VINDEXED)) ps.err("XSYNTAX");
  if (lexOpt(ps, 0x2c /* , */)) {
    const vl = new LHS(lh);
    exprPrimary(ps, vl.v);
    if (vl.v.k === VLOCAL) assignHazard(ps, lh, vl.v);
    fs.checkLimit(ps.level + nvars, LJ_MAX_XLEVEL, "variable names");
    parseAssignment(ps, vl, nvars + 1);
  } else {
    lexCheck(ps, 0x3d /* = */);
    const nexps = exprList(ps, e);
    if (nexps === nvars) {
      if (e.k === VCALL) {
        if (bcOp(fs.bc[e.info]) === BC.VARG) { // One vararg value: relocable.
          fs.freereg--;
          e.k = VRELOCABLE;
        } else { // The call's base holds its result.
          e.info = e.aux;
          e.k = VNONRELOC;
        }
      }
      emitStore(fs, lh.v, e);
      return;
    }
    assignAdjust(ps, nvars, nexps, e);
  }
  // Values are in consecutive registers: store them from the last target backwards.
  e.init(VNONRELOC, fs.freereg - 1);
  emitStore(fs, lh.v, e);
}

function parseCallAssign(ps: ParseState): void {
  const fs = ps.fsx;
  const vl = new LHS(null);
  exprPrimary(ps, vl.v);
  if (vl.v.k === VCALL) setInsB(fs, vl.v.info, 1); // A call statement: no results.
  else parseAssignment(ps, vl, 1);
}

function parseLocal(ps: ParseState): void {
  const fs = ps.fsx;
  if (lexOpt(ps, TK_function)) {
    const v = new ExpDesc(), b = new ExpDesc();
    varNew(ps, 0, lexStr(ps));
    v.init(VLOCAL, fs.freereg);
    v.aux = fs.varmap[fs.freereg];
    bcregReserve(fs, 1);
    varAdd(ps, 1);
    parseBody(ps, b, false, ps.lex.linenumber);
    // A store that does not mark the variable as assigned.
    exprFree(fs, b);
    exprToReg(fs, b, v.info);
    // The name is visible in the body (as upvalue), the local only after the store.
    varGet(fs, fs.nactvar - 1).startpc = fs.pc;
  } else {
    const e = new ExpDesc();
    let nvars = 0, nexps: number;
    do {
      varNew(ps, nvars++, lexStr(ps));
    } while (lexOpt(ps, 0x2c));
    if (lexOpt(ps, 0x3d)) {
      nexps = exprList(ps, e);
    } else {
      e.k = VVOID;
      nexps = 0;
    }
    assignAdjust(ps, nvars, nexps, e);
    varAdd(ps, nvars);
  }
}

function parseFunc(ps: ParseState, line: number): void {
  const v = new ExpDesc(), b = new ExpDesc();
  let needself = false;
  ps.lex.next(); // Skip 'function'.
  varLookup(ps, lexStr(ps), v);
  while (ps.lex.tok === 0x2e /* . */) exprField(ps, v);
  if (ps.lex.tok === 0x3a /* : */) {
    needself = true;
    exprField(ps, v);
  }
  parseBody(ps, b, needself, line);
  const fs = ps.fsx;
  emitStore(fs, v, b);
  fs.line[fs.pc - 1] = line; // The store belongs to the `function` line.
}

// -- Control transfer ------------------------------------------------------------------------

function isBlockEnd(tok: number): boolean {
  return tok === TK_else || tok === TK_elseif || tok === TK_end || tok === TK_until ||
    tok === TK_eof;
}

function parseReturn(ps: ParseState): void {
  const fs = ps.fsx;
  const lex = ps.lex;
  let ins: number;
  lex.next(); // Skip 'return'.
  fs.flags |= PROTO_HAS_RETURN;
  if (isBlockEnd(lex.tok) || lex.tok === 0x3b /* ; */) {
    ins = insAD(BC.RET0, 0, 1);
  } else {
    const e = new ExpDesc();
    const nret = exprList(ps, e);
    if (nret === 1 && e.k === VCALL && bcOp(fs.bc[e.info]) !== BC.VARG) {
      // Tail call: replace the CALL/CALLM by CALLT/CALLMT.
      const call = fs.bc[e.info];
      fs.pc--;
      ins = insAD(bcOp(call) - BC.CALL + BC.CALLT, bcA(call), bcC(call));
    } else if (nret === 1 && e.k !== VCALL) {
      ins = insAD(BC.RET1, exprToAnyReg(fs, e), 2);
    } else if (e.k === VCALL) { // Return all results of the last call or `...`.
      setInsB(fs, e.info, 0);
      ins = insAD(BC.RETM, fs.nactvar, e.aux - fs.nactvar);
    } else {
      exprToNextReg(fs, e); // Results in consecutive registers.
      ins = insAD(BC.RET, fs.nactvar, nret + 1);
    }
  }
  if (fs.flags & PROTO_CHILD) emitAJ(fs, BC.UCLO, 0, 0); // May need to close upvalues.
  emit(fs, ins);
}

function parseBreak(ps: ParseState): void {
  const fs = ps.fsx;
  (fs.bl as FuncScope).flags |= FSCOPE_BREAK;
  golaNew(ps, NAME_BREAK, VSTACK_GOTO, emitJmp(fs));
}

function parseGoto(ps: ParseState): void {
  const fs = ps.fsx;
  const name = lexStr(ps);
  const vl = golaFindLabel(ps, name);
  if (vl) emitAJ(fs, BC.LOOP, vl.slot, -1); // A backward goto in the same scope loops.
  (fs.bl as FuncScope).flags |= FSCOPE_GOLA;
  golaNew(ps, name, VSTACK_GOTO, emitJmp(fs));
}

function parseLabel(ps: ParseState): void {
  const fs = ps.fsx;
  const lex = ps.lex;
  fs.lasttarget = fs.pc;
  (fs.bl as FuncScope).flags |= FSCOPE_GOLA;
  lex.next(); // Skip '::'.
  const name = lexStr(ps);
  if (golaFindLabel(ps, name)) lex.error(0, "XLDUP", name);
  const idx = golaNew(ps, name, VSTACK_LABEL, fs.pc);
  lexCheck(ps, TK_label);
  while (lex.tok === TK_label) { // Labels directly following this one.
    synlevelBegin(ps);
    parseLabel(ps);
    ps.level--;
  }
  // A label at the end of a block is outside the scope of the block's locals.
  if (isBlockEnd(lex.tok) && lex.tok !== TK_until) {
    ps.vstack[idx].slot = (fs.bl as FuncScope).nactvar;
  }
  golaResolve(ps, fs.bl as FuncScope, idx);
}

// -- Blocks and loops ------------------------------------------------------------------------

function parseBlock(ps: ParseState): void {
  const fs = ps.fsx;
  fscopeBegin(fs, 0);
  parseChunk(ps);
  fscopeEnd(fs);
}

function parseWhile(ps: ParseState, line: number): void {
  const fs = ps.fsx;
  ps.lex.next(); // Skip 'while'.
  const start = (fs.lasttarget = fs.pc);
  const condexit = exprCond(ps);
  fscopeBegin(fs, FSCOPE_LOOP);
  lexCheck(ps, TK_do);
  const loop = emitAD(fs, BC.LOOP, fs.nactvar, 0);
  parseBlock(ps);
  jmpPatch(fs, emitJmp(fs), start);
  lexMatch(ps, TK_end, TK_while, line);
  fscopeEnd(fs);
  jmpToHere(fs, condexit);
  jmpPatchIns(fs, loop, fs.pc);
}

function parseRepeat(ps: ParseState, line: number): void {
  const fs = ps.fsx;
  const loop = (fs.lasttarget = fs.pc);
  fscopeBegin(fs, FSCOPE_LOOP); // Breakable loop scope.
  const inner = fscopeBegin(fs, 0); // Scope of the body, the condition included.
  ps.lex.next(); // Skip 'repeat'.
  emitAD(fs, BC.LOOP, fs.nactvar, 0);
  parseChunk(ps);
  lexMatch(ps, TK_until, TK_repeat, line);
  let condexit = exprCond(ps);
  if (!(inner.flags & FSCOPE_UPVAL)) {
    fscopeEnd(fs);
  } else { // Upvalues: close them both when leaving and when looping.
    parseBreak(ps);
    jmpToHere(fs, condexit);
    fscopeEnd(fs);
    condexit = emitJmp(fs);
  }
  jmpPatch(fs, condexit, loop); // Loop back while the condition is false.
  jmpPatchIns(fs, loop, fs.pc);
  fscopeEnd(fs);
}

function parseForNum(ps: ParseState, varname: string, line: number): void {
  const fs = ps.fsx;
  const base = fs.freereg;
  varNew(ps, 0, FOR_IDX);
  varNew(ps, 1, FOR_STOP);
  varNew(ps, 2, FOR_STEP);
  varNew(ps, 3, varname); // The visible copy of the index.
  lexCheck(ps, 0x3d);
  exprNext(ps);
  lexCheck(ps, 0x2c);
  exprNext(ps);
  if (lexOpt(ps, 0x2c)) {
    exprNext(ps);
  } else {
    emitAD(fs, BC.KSHORT, fs.freereg, 1); // Default step.
    bcregReserve(fs, 1);
  }
  varAdd(ps, 3);
  lexCheck(ps, TK_do);
  const loop = emitAJ(fs, BC.FORI, base, NO_JMP);
  fscopeBegin(fs, 0);
  varAdd(ps, 1);
  bcregReserve(fs, 1);
  parseBlock(ps);
  fscopeEnd(fs);
  // Loop inversion: the loop control instruction is at the end.
  const loopend = emitAJ(fs, BC.FORL, base, NO_JMP);
  fs.line[loopend] = line;
  jmpPatchIns(fs, loopend, loop + 1);
  jmpPatchIns(fs, loop, fs.pc);
}

/** Guesses from its name whether the iterator function is next (pairs or next). */
function predictNext(ps: ParseState, fs: FuncState, pc: number): boolean {
  const ins = fs.bc[pc];
  let name: string | null;
  switch (bcOp(ins)) {
    case BC.MOV:
      name = varGet(fs, bcD(ins)).name;
      break;
    case BC.UGET:
      name = ps.vstack[fs.uvmap[bcD(ins)]].name;
      break;
    case BC.GGET:
      return fs.kgcMap.get("pairs") === bcD(ins) || fs.kgcMap.get("next") === bcD(ins);
    default:
      return false;
  }
  return name === "pairs" || name === "next";
}

function parseForIter(ps: ParseState, indexname: string): void {
  const fs = ps.fsx;
  const lex = ps.lex;
  const e = new ExpDesc();
  let nvars = 0;
  const base = fs.freereg + 3;
  const exprpc = fs.pc;
  varNew(ps, nvars++, FOR_GEN);
  varNew(ps, nvars++, FOR_STATE);
  varNew(ps, nvars++, FOR_CTL);
  varNew(ps, nvars++, indexname);
  while (lexOpt(ps, 0x2c)) varNew(ps, nvars++, lexStr(ps));
  lexCheck(ps, TK_in);
  const line = lex.linenumber;
  assignAdjust(ps, 3, exprList(ps, e), e);
  bcregBump(fs, 4); // The iterator call needs func, frame slot, state and control.
  const isnext = nvars <= 5 && predictNext(ps, fs, exprpc);
  varAdd(ps, 3);
  lexCheck(ps, TK_do);
  const loop = emitAJ(fs, isnext ? BC.ISNEXT : BC.JMP, base, NO_JMP);
  fscopeBegin(fs, 0);
  varAdd(ps, nvars - 3);
  bcregReserve(fs, nvars - 3);
  parseBlock(ps);
  fscopeEnd(fs);
  jmpPatchIns(fs, loop, fs.pc);
  emitABC(fs, isnext ? BC.ITERN : BC.ITERC, base, nvars - 3 + 1, 3);
  const loopend = emitAJ(fs, BC.ITERL, base, NO_JMP);
  fs.line[loopend - 1] = line;
  fs.line[loopend] = line;
  jmpPatchIns(fs, loopend, loop + 1);
}

function parseFor(ps: ParseState, line: number): void {
  const fs = ps.fsx;
  fscopeBegin(fs, FSCOPE_LOOP);
  ps.lex.next(); // Skip 'for'.
  const varname = lexStr(ps);
  if (ps.lex.tok === 0x3d) parseForNum(ps, varname, line);
  else if (ps.lex.tok === 0x2c || ps.lex.tok === TK_in) parseForIter(ps, varname);
  else ps.err("XFOR");
  lexMatch(ps, TK_end, TK_for, line);
  fscopeEnd(fs); // Resolves the breaks.
}

/** `cond then block`; returns the jump list taken when the condition is false. */
function parseThen(ps: ParseState): number {
  ps.lex.next(); // Skip 'if' or 'elseif'.
  const condexit = exprCond(ps);
  lexCheck(ps, TK_then);
  parseBlock(ps);
  return condexit;
}

function parseIf(ps: ParseState, line: number): void {
  const fs = ps.fsx;
  let escapelist = NO_JMP;
  let flist = parseThen(ps);
  while (ps.lex.tok === TK_elseif) {
    escapelist = jmpAppend(fs, escapelist, emitJmp(fs));
    jmpToHere(fs, flist);
    flist = parseThen(ps);
  }
  if (ps.lex.tok === TK_else) {
    escapelist = jmpAppend(fs, escapelist, emitJmp(fs));
    jmpToHere(fs, flist);
    ps.lex.next(); // Skip 'else'.
    parseBlock(ps);
  } else {
    escapelist = jmpAppend(fs, escapelist, flist);
  }
  jmpToHere(fs, escapelist);
  lexMatch(ps, TK_end, TK_if, line);
}

// -- Statements ------------------------------------------------------------------------------

/** Parses one statement; true if it must be the last of its block. */
function parseStmt(ps: ParseState): boolean {
  const lex = ps.lex;
  const line = lex.linenumber;
  switch (lex.tok) {
    case TK_if:
      parseIf(ps, line);
      break;
    case TK_while:
      parseWhile(ps, line);
      break;
    case TK_do:
      lex.next();
      parseBlock(ps);
      lexMatch(ps, TK_end, TK_do, line);
      break;
    case TK_for:
      parseFor(ps, line);
      break;
    case TK_repeat:
      parseRepeat(ps, line);
      break;
    case TK_function:
      parseFunc(ps, line);
      break;
    case TK_local:
      lex.next();
      parseLocal(ps);
      break;
    case TK_return:
      parseReturn(ps);
      return true;
    case TK_break:
      lex.next();
      parseBreak(ps);
      return true; // Lua 5.1: break ends a block.
    case TK_label:
      parseLabel(ps);
      break;
    case TK_goto:
      if (lex.lookahead() === TK_name) { // Otherwise `goto` is a variable name.
        lex.next();
        parseGoto(ps);
        break;
      }
      parseCallAssign(ps);
      break;
    default:
      parseCallAssign(ps);
  }
  return false;
}

/** Statements up to the end of a block, optionally separated by semicolons. */
export function parseChunk(ps: ParseState): void {
  let islast = false;
  synlevelBegin(ps);
  while (!islast && !isBlockEnd(ps.lex.tok)) {
    islast = parseStmt(ps);
    lexOpt(ps, 0x3b /* ; */);
    const fs = ps.fsx;
    fs.freereg = fs.nactvar; // Free registers after each statement.
  }
  ps.level--;
}

// -- Function end ----------------------------------------------------------------------------

function isReturnOp(op: number): boolean {
  return op === BC.CALLMT || op === BC.CALLT || op === BC.RETM || op === BC.RET ||
    op === BC.RET0 || op === BC.RET1;
}

/** Adds the final return if needed, ends the function scope, and redirects returns that
 * were emitted before the first closure through UCLO (they must close upvalues). */
export function fixupReturn(fs: FuncState): void {
  const lastpc = fs.pc;
  const bl = fs.bl as FuncScope;
  if (lastpc <= fs.lasttarget || !isReturnOp(bcOp(fs.bc[lastpc - 1]))) {
    if (bl.flags & FSCOPE_UPVAL) emitAJ(fs, BC.UCLO, 0, 0);
    emitAD(fs, BC.RET0, 0, 1);
  }
  bl.flags |= FSCOPE_NOCLOSE; // Closed above.
  fscopeEnd(fs);
  if (!(fs.flags & PROTO_FIXUP_RETURN)) return;
  for (let pc = 1; pc < lastpc; pc++) {
    const ins = fs.bc[pc];
    const op = bcOp(ins);
    if (op === BC.FNEW) return; // Returns after the first closure close upvalues.
    if (!isReturnOp(op)) continue;
    const copy = emit(fs, ins); // Move the return to the end...
    fs.line[copy] = fs.line[pc];
    const offset = copy - (pc + 1) + BCBIAS_J;
    if (offset > 0xffff) fs.ps.err("XFIXUP");
    fs.bc[pc] = insAD(BC.UCLO, 0, offset); // ...and close upvalues on the way there.
  }
}
