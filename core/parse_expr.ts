// Expressions of the parser: operators by precedence, primary expressions and calls,
// table constructors, and function bodies.
import { BC, insABC, insAD, setD } from "./bc.ts";
import {
  KCdata,
  PROTO_CHILD,
  PROTO_FFI,
  PROTO_FIXUP_RETURN,
  PROTO_HAS_RETURN,
  PROTO_VARARG,
  TemplateTable,
  type TemplateValue,
} from "./func.ts";
import {
  TK_and,
  TK_concat,
  TK_dots,
  TK_end,
  TK_eq,
  TK_false,
  TK_function,
  TK_ge,
  TK_goto,
  TK_le,
  TK_name,
  TK_ne,
  TK_nil,
  TK_not,
  TK_number,
  TK_or,
  TK_string,
  TK_true,
} from "./lex.ts";
import {
  ExpDesc,
  fsFinish,
  FuncState,
  LJ_MAX_XLEVEL,
  type ParseState,
  VCALL,
  VINDEXED,
  VKCDATA,
  VKFALSE,
  VKNIL,
  VKNUM,
  VKSTR,
  VKTRUE,
  VNONRELOC,
  VRELOCABLE,
  VVOID,
} from "./parse.ts";
import {
  bcregReserve,
  constGC,
  constNum,
  constStr,
  emit,
  emitABC,
  emitAD,
  emitBinop,
  emitBinopLeft,
  emitBranchT,
  emitMethod,
  emitStore,
  emitUnop,
  exprDischarge,
  exprToAnyReg,
  exprToNextReg,
  exprToVal,
  OPR_ADD,
  OPR_AND,
  OPR_CONCAT,
  OPR_DIV,
  OPR_EQ,
  OPR_GE,
  OPR_GT,
  OPR_LE,
  OPR_LT,
  OPR_MOD,
  OPR_MUL,
  OPR_NE,
  OPR_NOBINOPR,
  OPR_OR,
  OPR_POW,
  OPR_SUB,
  setInsB,
} from "./parse_emit.ts";
import { hsize2hbits, KTab } from "./parse_ktab.ts";
import { parseChunk } from "./parse_stmt.ts";
import { fscopeBegin, varAdd, varLookup, varNew } from "./parse_var.ts";

// -- Token helpers -------------------------------------------------------------------------

/** Consumes the token if it is `tok`. */
export function lexOpt(ps: ParseState, tok: number): boolean {
  if (ps.lex.tok === tok) {
    ps.lex.next();
    return true;
  }
  return false;
}

/** "'X' expected" near the current token. */
export function errToken(ps: ParseState, tok: number): never {
  ps.err("XTOKEN", ps.lex.token2str(tok));
}

/** Requires and consumes `tok`. */
export function lexCheck(ps: ParseState, tok: number): void {
  if (ps.lex.tok !== tok) errToken(ps, tok);
  ps.lex.next();
}

/** Requires the token closing `who` (opened at `line`). */
export function lexMatch(ps: ParseState, what: number, who: number, line: number): void {
  if (!lexOpt(ps, what)) {
    const lex = ps.lex;
    if (line === lex.linenumber) errToken(ps, what);
    ps.err("XMATCH", lex.token2str(what), lex.token2str(who), line);
  }
}

/** Consumes a name (`goto` counts as one) and returns it. */
export function lexStr(ps: ParseState): string {
  const lex = ps.lex;
  if (lex.tok !== TK_name && lex.tok !== TK_goto) errToken(ps, TK_name);
  const s = lex.tokval as string;
  lex.next();
  return s;
}

export function synlevelBegin(ps: ParseState): void {
  if (++ps.level >= LJ_MAX_XLEVEL) ps.lex.error(0, "XLEVELS");
}

// -- Indexing ----------------------------------------------------------------------------

function exprStr(ps: ParseState, e: ExpDesc): void {
  e.init(VKSTR, 0);
  e.sval = lexStr(ps);
}

/** Makes t an indexed expression with key e (e already discharged to a value). */
function exprIndex(fs: FuncState, t: ExpDesc, e: ExpDesc): void {
  t.k = VINDEXED;
  if (e.isNumK()) {
    const n = e.nval;
    if (n >= 0 && n <= 255 && Math.trunc(n) === n) {
      t.aux = 256 + n; // 256..511: constant byte key.
      return;
    }
  } else if (e.isStrK()) {
    const idx = constStr(fs, e);
    if (idx <= 255) {
      t.aux = ~idx; // -256..-1: constant string key.
      return;
    }
  }
  t.aux = exprToAnyReg(fs, e); // 0..255: register.
}

/** `.name` or `:name` suffix. */
export function exprField(ps: ParseState, v: ExpDesc): void {
  const fs = ps.fsx;
  const key = new ExpDesc();
  exprToAnyReg(fs, v);
  ps.lex.next(); // Skip the dot or colon.
  exprStr(ps, key);
  exprIndex(fs, v, key);
}

/** `[expr]` key. */
function exprBracket(ps: ParseState, v: ExpDesc): void {
  ps.lex.next(); // Skip '['.
  expr(ps, v);
  exprToVal(ps.fsx, v);
  lexCheck(ps, 0x5d /* ] */);
}

// -- Table constructors --------------------------------------------------------------------

/** Value of a constant expression as a template table entry. */
function kvalue(e: ExpDesc): TemplateValue {
  if (e.k === VKNIL) return undefined;
  if (e.k === VKFALSE) return false;
  if (e.k === VKTRUE) return true;
  if (e.k === VKSTR) return e.sval;
  return e.nval;
}

function exprTable(ps: ParseState, e: ExpDesc): void {
  const fs = ps.fsx;
  const lex = ps.lex;
  const line = lex.linenumber;
  let ktab: KTab | null = null;
  let template: TemplateTable | null = null;
  let vcall = false, needarr = false;
  let narr = 1; // Next positional index.
  let nhash = 0;
  let freg = fs.freereg;
  const pc = emitAD(fs, BC.TNEW, freg, 0);
  e.init(VNONRELOC, freg);
  bcregReserve(fs, 1);
  freg++;
  lexCheck(ps, 0x7b /* { */);
  while (lex.tok !== 0x7d /* } */) {
    const key = new ExpDesc(), val = new ExpDesc();
    vcall = false;
    if (lex.tok === 0x5b /* [ */) {
      exprBracket(ps, key);
      if (!key.isK()) exprIndex(fs, e, key);
      if (key.isNumK() && key.nval === 0) needarr = true;
      else nhash++;
      lexCheck(ps, 0x3d /* = */);
    } else if ((lex.tok === TK_name || lex.tok === TK_goto) && lex.lookahead() === 0x3d) {
      exprStr(ps, key);
      lexCheck(ps, 0x3d);
      nhash++;
    } else {
      key.init(VKNUM, 0);
      key.nval = narr++;
      needarr = vcall = true;
    }
    expr(ps, val);
    let constant = false;
    if (key.isK() && key.k !== VKNIL && (key.k === VKSTR || val.isKNoJump())) {
      if (!ktab) { // The template is created at the first constant entry.
        ktab = new KTab(needarr ? narr : 0, hsize2hbits(nhash));
        template = new TemplateTable();
        fs.bc[pc] = insAD(BC.TDUP, freg - 1, constGC(fs, template));
      }
      vcall = false;
      if (val.isKNoJump()) {
        ktab.set(kvalue(key) as string | number | boolean, kvalue(val));
        constant = true;
      } else { // Keep the key's place; the value is stored at run time.
        ktab.set(kvalue(key) as string | number | boolean, undefined, true);
      }
    }
    if (!constant) {
      if (val.k !== VCALL) {
        exprToAnyReg(fs, val);
        vcall = false;
      }
      if (key.isK()) exprIndex(fs, e, key);
      emitStore(fs, e, val);
    }
    fs.freereg = freg;
    if (!lexOpt(ps, 0x2c /* , */) && !lexOpt(ps, 0x3b /* ; */)) break;
  }
  lexMatch(ps, 0x7d, 0x7b, line);
  if (vcall) {
    // A call or `...` last: its results are stored from index narr-1 on by TSETM, whose
    // number constant carries the index in the low bits of 2^52 + index.
    let ilp = fs.pc - 1;
    if (narr > 256) { // Drop the TSETV; the key load before it becomes the TSETM.
      fs.pc--;
      ilp--;
    }
    fs.bc[ilp] = insAD(BC.TSETM, freg, constNum(fs, 2 ** 52 + narr - 1));
    setInsB(fs, ilp - 1, 0);
  }
  if (pc === fs.pc - 1) { // Nothing after the TNEW/TDUP: relocable.
    e.info = pc;
    fs.freereg--;
    e.k = VRELOCABLE;
  } else {
    e.k = VNONRELOC;
  }
  if (!ktab) { // TNEW's D: array size hint in the low 11 bits, hash bits above.
    if (!needarr) narr = 0;
    else if (narr < 3) narr = 3;
    else if (narr > 0x7ff) narr = 0x7ff;
    fs.bc[pc] = setD(fs.bc[pc], narr | (hsize2hbits(nhash) << 11));
  } else {
    if (needarr && ktab.arraySize < narr) ktab.reasize(narr - 1);
    const done = ktab.finish();
    const t = template as TemplateTable;
    t.array = done.array;
    t.hash = done.hash;
    t.hbits = done.hbits;
    t.asize = done.asize;
    t.nodes = done.nodes;
  }
}

// -- Functions -------------------------------------------------------------------------------

function parseParams(ps: ParseState, needself: boolean): number {
  const fs = ps.fsx;
  const lex = ps.lex;
  let nparams = 0;
  lexCheck(ps, 0x28 /* ( */);
  if (needself) varNew(ps, nparams++, "self");
  if (lex.tok !== 0x29 /* ) */) {
    do {
      if (lex.tok === TK_name || lex.tok === TK_goto) {
        varNew(ps, nparams++, lexStr(ps));
      } else if (lex.tok === TK_dots) {
        lex.next();
        fs.flags |= PROTO_VARARG;
        break;
      } else {
        ps.err("XPARAM");
      }
    } while (lexOpt(ps, 0x2c));
  }
  varAdd(ps, nparams);
  bcregReserve(fs, nparams);
  lexCheck(ps, 0x29);
  return nparams;
}

/** Parameters and body of a function defined at `line`; e becomes its FNEW. */
export function parseBody(ps: ParseState, e: ExpDesc, needself: boolean, line: number): void {
  const pfs = ps.fsx;
  const lex = ps.lex;
  const fs = new FuncState(ps, pfs);
  ps.fs = fs;
  fscopeBegin(fs, 0);
  fs.linedefined = line;
  fs.numparams = parseParams(ps, needself);
  fs.bc.push(0); // Header placeholder.
  fs.line.push(0);
  fs.pc = 1;
  parseChunk(ps);
  if (lex.tok !== TK_end) lexMatch(ps, TK_end, TK_function, line);
  const pt = fsFinish(ps, lex.lastline = lex.linenumber);
  e.init(VRELOCABLE, emitAD(pfs, BC.FNEW, 0, constGC(pfs, pt)));
  pfs.flags |= fs.flags & PROTO_FFI;
  if (!(pfs.flags & PROTO_CHILD)) {
    // Returns emitted before the first closure do not close upvalues: fix them later.
    if (pfs.flags & PROTO_HAS_RETURN) pfs.flags |= PROTO_FIXUP_RETURN;
    pfs.flags |= PROTO_CHILD;
  }
  lex.next();
}

/** Comma-separated expressions; all but the last go to consecutive registers. */
export function exprList(ps: ParseState, v: ExpDesc): number {
  let n = 1;
  expr(ps, v);
  while (lexOpt(ps, 0x2c)) {
    exprToNextReg(ps.fsx, v);
    expr(ps, v);
    n++;
  }
  return n;
}

/** Call arguments; e (the function, in a register) becomes the call. */
function parseArgs(ps: ParseState, e: ExpDesc): void {
  const fs = ps.fsx;
  const lex = ps.lex;
  const args = new ExpDesc();
  const line = lex.linenumber;
  if (lex.tok === 0x28) {
    if (line !== lex.lastline) ps.err("XAMBIG");
    lex.next();
    if ((lex.tok as number) === 0x29) {
      args.k = VVOID;
    } else {
      exprList(ps, args);
      if (args.k === VCALL) setInsB(fs, args.info, 0); // Pass on all results.
    }
    lexMatch(ps, 0x29, 0x28, line);
  } else if (lex.tok === 0x7b) {
    exprTable(ps, args);
  } else if (lex.tok === TK_string) {
    args.init(VKSTR, 0);
    args.sval = lex.tokval as string;
    lex.next();
  } else {
    ps.err("XFUNARG");
  }
  const base = e.info;
  let ins: number;
  if (args.k === VCALL) {
    ins = insABC(BC.CALLM, base, 2, args.aux - base - 2);
  } else {
    if (args.k !== VVOID) exprToNextReg(fs, args);
    ins = insABC(BC.CALL, base, 2, fs.freereg - base - 1);
  }
  e.init(VCALL, emit(fs, ins));
  e.aux = base;
  fs.line[fs.pc - 1] = line;
  fs.freereg = base + 1; // One result by default.
}

/** Name or parenthesised expression, then any suffixes (fields, indexing, calls). */
export function exprPrimary(ps: ParseState, v: ExpDesc): void {
  const fs = ps.fsx;
  const lex = ps.lex;
  if (lex.tok === 0x28) {
    const line = lex.linenumber;
    lex.next();
    expr(ps, v);
    lexMatch(ps, 0x29, 0x28, line);
    exprDischarge(fs, v);
  } else if (lex.tok === TK_name || lex.tok === TK_goto) {
    varLookup(ps, lexStr(ps), v);
  } else {
    ps.err("XSYMBOL");
  }
  for (;;) {
    const tok = lex.tok;
    if (tok === 0x2e /* . */) {
      exprField(ps, v);
    } else if (tok === 0x5b /* [ */) {
      const key = new ExpDesc();
      exprToAnyReg(fs, v);
      exprBracket(ps, key);
      exprIndex(fs, v, key);
    } else if (tok === 0x3a /* : */) {
      const key = new ExpDesc();
      lex.next();
      exprStr(ps, key);
      emitMethod(fs, v, key);
      parseArgs(ps, v);
    } else if (tok === 0x28 || tok === TK_string || tok === 0x7b) {
      exprToNextReg(fs, v);
      bcregReserve(fs, 1); // The frame's second slot (FR2).
      parseArgs(ps, v);
    } else {
      break;
    }
  }
}

function exprSimple(ps: ParseState, v: ExpDesc): void {
  const lex = ps.lex;
  switch (lex.tok) {
    case TK_number:
      if (lex.tokval instanceof KCdata) {
        v.init(VKCDATA, 0);
        v.cdata = lex.tokval;
      } else {
        v.init(VKNUM, 0);
        v.nval = lex.tokval as number;
      }
      break;
    case TK_string:
      v.init(VKSTR, 0);
      v.sval = lex.tokval as string;
      break;
    case TK_nil:
      v.init(VKNIL, 0);
      break;
    case TK_true:
      v.init(VKTRUE, 0);
      break;
    case TK_false:
      v.init(VKFALSE, 0);
      break;
    case TK_dots: {
      const fs = ps.fsx;
      if (!(fs.flags & PROTO_VARARG)) ps.err("XDOTS");
      bcregReserve(fs, 1);
      const base = fs.freereg - 1;
      v.init(VCALL, emitABC(fs, BC.VARG, base, 2, fs.numparams));
      v.aux = base;
      break;
    }
    case 0x7b:
      exprTable(ps, v);
      return;
    case TK_function:
      lex.next();
      parseBody(ps, v, false, lex.linenumber);
      return;
    default:
      exprPrimary(ps, v);
      return;
  }
  lex.next();
}

// -- Operators -------------------------------------------------------------------------------

/** Binary operator of a token, OPR_NOBINOPR if none. */
function token2binop(tok: number): number {
  switch (tok) {
    case 0x2b:
      return OPR_ADD;
    case 0x2d:
      return OPR_SUB;
    case 0x2a:
      return OPR_MUL;
    case 0x2f:
      return OPR_DIV;
    case 0x25:
      return OPR_MOD;
    case 0x5e:
      return OPR_POW;
    case TK_concat:
      return OPR_CONCAT;
    case TK_ne:
      return OPR_NE;
    case TK_eq:
      return OPR_EQ;
    case 0x3c:
      return OPR_LT;
    case TK_le:
      return OPR_LE;
    case 0x3e:
      return OPR_GT;
    case TK_ge:
      return OPR_GE;
    case TK_and:
      return OPR_AND;
    case TK_or:
      return OPR_OR;
    default:
      return OPR_NOBINOPR;
  }
}

// Left and right priorities by operator (OPR order); ^ and .. are right associative.
const PRIORITY_LEFT = [6, 6, 7, 7, 7, 10, 5, 3, 3, 3, 3, 3, 3, 2, 1];
const PRIORITY_RIGHT = [6, 6, 7, 7, 7, 9, 4, 3, 3, 3, 3, 3, 3, 2, 1];
const UNARY_PRIORITY = 8;

function exprUnop(ps: ParseState, v: ExpDesc): void {
  const tok = ps.lex.tok;
  let op: number;
  if (tok === TK_not) op = BC.NOT;
  else if (tok === 0x2d) op = BC.UNM;
  else if (tok === 0x23 /* # */) op = BC.LEN;
  else {
    exprSimple(ps, v);
    return;
  }
  ps.lex.next();
  exprBinop(ps, v, UNARY_PRIORITY);
  emitUnop(ps.fsx, op, v);
}

/** Parses operators binding tighter than `limit`; returns the first one that does not. */
function exprBinop(ps: ParseState, v: ExpDesc, limit: number): number {
  synlevelBegin(ps);
  exprUnop(ps, v);
  let op = token2binop(ps.lex.tok);
  while (op !== OPR_NOBINOPR && PRIORITY_LEFT[op] > limit) {
    ps.lex.next();
    emitBinopLeft(ps.fsx, op, v);
    const v2 = new ExpDesc();
    const nextop = exprBinop(ps, v2, PRIORITY_RIGHT[op]);
    emitBinop(ps.fsx, op, v, v2);
    op = nextop;
  }
  ps.level--;
  return op;
}

export function expr(ps: ParseState, v: ExpDesc): void {
  exprBinop(ps, v, 0);
}

/** An expression into the next free register. */
export function exprNext(ps: ParseState): void {
  const e = new ExpDesc();
  expr(ps, e);
  exprToNextReg(ps.fsx, e);
}

/** A condition; returns the jump list taken when it is false. */
export function exprCond(ps: ParseState): number {
  const v = new ExpDesc();
  expr(ps, v);
  if (v.k === VKNIL) v.k = VKFALSE;
  emitBranchT(ps.fsx, v);
  return v.f;
}
