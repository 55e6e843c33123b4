// Lua parser: source text to LuaJIT bytecode, emitted while parsing exactly as LuaJIT's
// lj_parse does (same registers, instructions, constants, jumps and debug info).
//
// The parser is split by concern:
//   parse.ts       entry point, parser and function state, expression descriptors, and
//                  the finishing steps that turn a function state into a Proto
//   parse_emit.ts  constants, jump lists, register allocation and the bytecode emitter
//   parse_expr.ts  expressions, table constructors, calls, function bodies
//   parse_stmt.ts  statements, blocks, loops, returns and the return fixup
//   parse_var.ts   variables, upvalues, scopes, goto and labels
//   parse_ktab.ts  template tables of table constructors (TDUP constants)
import { BC, insAD, NO_JMP } from "./bc.ts";
import {
  type KCdata,
  type KGC,
  Proto,
  PROTO_FIXUP_RETURN,
  PROTO_HAS_RETURN,
  PROTO_UV_IMMUTABLE,
  PROTO_UV_LOCAL,
  PROTO_VARARG,
  type VarInfo,
} from "./func.ts";
import { Lexer, type LexErr, LuaSyntaxError, TK_eof } from "./lex.ts";
import { fixupReturn, parseChunk } from "./parse_stmt.ts";
import { fscopeBegin } from "./parse_var.ts";

// -- Limits (lj_def.h) --------------------------------------------------------------------

export const LJ_MAX_SLOTS = 250;
export const LJ_MAX_LOCVAR = 200;
export const LJ_MAX_UPVAL = 60;
export const LJ_MAX_XLEVEL = 200;
export const LJ_MAX_BCINS = 1 << 26;
/** Variable stack entries (locals, gotos, labels) per chunk. */
export const LJ_MAX_VSTACK = 65536 - LJ_MAX_UPVAL;
/** Register number meaning "no register" (test instructions without a destination). */
export const NO_REG = 0xff;

// -- Expression descriptors --------------------------------------------------------------

// Expression kinds. Constants first, in this order (VKNIL..VKTRUE are the KPRI operands).
export const VKNIL = 0;
export const VKFALSE = 1;
export const VKTRUE = 2;
export const VKSTR = 3; // sval
export const VKNUM = 4; // nval
export const VKLAST = VKNUM;
export const VKCDATA = 5; // cdata; not a constant expression for folding
export const VLOCAL = 6; // info = register, aux = vstack index
export const VUPVAL = 7; // info = upvalue index, aux = vstack index
export const VGLOBAL = 8; // sval = name
export const VINDEXED = 9; // info = table register, aux = key (see expr_index)
export const VJMP = 10; // info = pc of the jump
export const VRELOCABLE = 11; // info = pc of the instruction whose A is still open
export const VNONRELOC = 12; // info = register holding the value
export const VCALL = 13; // info = pc of the call, aux = base register
export const VVOID = 14;

export class ExpDesc {
  k = VVOID;
  info = 0;
  aux = 0;
  /** True and false condition jump lists. */
  t = NO_JMP;
  f = NO_JMP;
  nval = 0;
  sval = "";
  cdata: KCdata | null = null;

  init(k: number, info: number): this {
    this.k = k;
    this.info = info;
    this.t = this.f = NO_JMP;
    return this;
  }

  copyFrom(e: ExpDesc): void {
    this.k = e.k;
    this.info = e.info;
    this.aux = e.aux;
    this.t = e.t;
    this.f = e.f;
    this.nval = e.nval;
    this.sval = e.sval;
    this.cdata = e.cdata;
  }

  hasJump(): boolean {
    return this.t !== this.f;
  }
  isK(): boolean {
    return this.k <= VKLAST;
  }
  isKNoJump(): boolean {
    return this.k <= VKLAST && this.t === this.f;
  }
  isNumK(): boolean {
    return this.k === VKNUM;
  }
  isNumKNoJump(): boolean {
    return this.k === VKNUM && this.t === this.f;
  }
  isStrK(): boolean {
    return this.k === VKSTR;
  }
}

// -- Variable stack ----------------------------------------------------------------------

// Flags of variable stack entries.
export const VSTACK_VAR_RW = 0x01; // Assigned after its declaration.
export const VSTACK_GOTO = 0x02; // Pending goto.
export const VSTACK_LABEL = 0x04; // Label.

/** Name of the break pseudo-label (cannot clash: `break` is a reserved word). */
export const NAME_BREAK = "break";

/** A local variable, goto or label; name null once a goto/label is resolved. */
export class VStackEntry {
  startpc = 0;
  endpc = 0;
  slot = 0;
  info = 0;
  constructor(public name: string | null) {}
}

// -- Scopes ------------------------------------------------------------------------------

export const FSCOPE_LOOP = 0x01; // Breakable loop.
export const FSCOPE_BREAK = 0x02; // Break used in scope.
export const FSCOPE_GOLA = 0x04; // Goto or label used in scope.
export const FSCOPE_UPVAL = 0x08; // Upvalue in scope.
export const FSCOPE_NOCLOSE = 0x10; // Do not close upvalues.

export class FuncScope {
  constructor(
    public prev: FuncScope | null,
    /** Start of the block's entries in the variable stack. */
    public vstart: number,
    /** Number of active variables outside the scope. */
    public nactvar: number,
    public flags: number,
  ) {}
}

// -- Parser state ------------------------------------------------------------------------

/** State of one parse: the lexer plus what LuaJIT keeps in its LexState. */
export class ParseState {
  fs: FuncState | null = null;
  vstack: VStackEntry[] = [];
  vtop = 0;
  /** Syntactic nesting level. */
  level = 0;
  constructor(public readonly lex: Lexer) {}

  get fsx(): FuncState {
    return this.fs as FuncState;
  }

  /** Syntax error near the current token. */
  err(em: LexErr, ...args: (string | number)[]): never {
    this.lex.error(this.lex.tok, em, ...args);
  }
}

/** Per-function state while its body is parsed. */
export class FuncState {
  bl: FuncScope | null = null;
  /** Next bytecode position. */
  pc = 0;
  /** Position of the last jump target. */
  lasttarget = 0;
  /** Pending jump list to the next instruction. */
  jpc = NO_JMP;
  freereg = 0;
  nactvar = 0;
  linedefined = 0;
  flags = 0;
  numparams = 0;
  framesize = 1;
  /** Instructions and their lines. */
  bc: number[] = [];
  line: number[] = [];
  /** Constants: value to index, and the values in index order. */
  knum = new Map<number, number>();
  kn: number[] = [];
  kgcMap = new Map<KGC, number>();
  kgc: KGC[] = [];
  /** Register to variable stack index. */
  varmap: number[] = [];
  /** Upvalue to variable stack index, and the upvalue descriptors before fixup. */
  uvmap: number[] = [];
  uvtmp: number[] = [];
  /** Base of this function's entries in the variable stack. */
  readonly vbase: number;

  constructor(public readonly ps: ParseState, public readonly prev: FuncState | null) {
    this.vbase = ps.vtop;
  }

  get nuv(): number {
    return this.uvmap.length;
  }
  get nkn(): number {
    return this.kn.length;
  }
  get nkgc(): number {
    return this.kgc.length;
  }

  /** Throws "function at line N has more than LIMIT WHAT" (or "main function ..."). */
  errLimit(limit: number, what: string): never {
    if (this.linedefined === 0) this.ps.lex.error(0, "XLIMM", limit, what);
    this.ps.lex.error(0, "XLIMF", this.linedefined, limit, what);
  }
  checkLimit(v: number, limit: number, what: string): void {
    if (v >= limit) this.errLimit(limit, what);
  }
}

// -- Finishing a function ------------------------------------------------------------------

/** Turns the parsed function into a Proto; `line` is the last line of its definition. */
export function fsFinish(ps: ParseState, line: number): Proto {
  const fs = ps.fsx;
  fixupReturn(fs);
  if (fs.nkn > 0x10000 || fs.nkgc > 0x10000) fs.errLimit(0x10000, "constants");

  const pt = new Proto();
  pt.chunkname = ps.lex.chunkname;
  pt.firstline = fs.linedefined;
  pt.numline = line - fs.linedefined;
  pt.numparams = fs.numparams;
  pt.framesize = fs.framesize;
  pt.flags = fs.flags & ~(PROTO_HAS_RETURN | PROTO_FIXUP_RETURN);

  const n = fs.pc;
  const bc = new Uint32Array(n);
  const lineinfo = new Uint32Array(n);
  bc[0] = insAD((fs.flags & PROTO_VARARG) ? BC.FUNCV : BC.FUNCF, fs.framesize, 0);
  lineinfo[0] = fs.linedefined;
  for (let i = 1; i < n; i++) {
    bc[i] = fs.bc[i];
    lineinfo[i] = fs.line[i];
  }
  pt.bc = bc;
  pt.lineinfo = lineinfo;

  pt.kn = fs.kn;
  pt.kgc = fs.kgc;
  // Children's upvalues refer to this function's variables: resolve them now that it is
  // known which of them are ever assigned.
  for (const k of fs.kgc) if (k instanceof Proto) fixupChildUpvalues(ps, k);
  pt.uv = fs.uvtmp.slice();
  pt.uvnames = fs.uvmap.map((vidx) => ps.vstack[vidx].name as string);
  pt.varinfo = collectVarInfo(ps, fs);

  ps.vtop = fs.vbase;
  ps.fs = fs.prev;
  return pt;
}

/** Upvalue descriptors of a child: parent slot plus flags, or a parent upvalue index. */
function fixupChildUpvalues(ps: ParseState, pt: Proto): void {
  const uv = pt.uv;
  for (let i = 0; i < uv.length; i++) {
    const vidx = uv[i];
    if (vidx >= LJ_MAX_VSTACK) {
      uv[i] = vidx - LJ_MAX_VSTACK;
    } else {
      const v = ps.vstack[vidx];
      uv[i] = v.slot | PROTO_UV_LOCAL | ((v.info & VSTACK_VAR_RW) ? 0 : PROTO_UV_IMMUTABLE);
    }
  }
}

/** Debug info of the function's locals in declaration order (gotos/labels excluded). */
function collectVarInfo(ps: ParseState, fs: FuncState): VarInfo[] {
  const out: VarInfo[] = [];
  for (let i = fs.vbase; i < ps.vtop; i++) {
    const v = ps.vstack[i];
    if (v.info & (VSTACK_GOTO | VSTACK_LABEL)) continue;
    out.push({ name: v.name as string, startpc: v.startpc, endpc: v.endpc });
  }
  return out;
}

// -- Entry point -------------------------------------------------------------------------

/** True when a chunk is a bytecode dump (it starts with ESC) rather than source text. */
export function isBytecodeChunk(source: string): boolean {
  return source.charCodeAt(0) === 0x1b;
}

/**
 * Compiles Lua source (a byte string) to the prototype of its main function.
 * `chunkname` is the name LuaJIT's loaders use: `@file.lua`, `=stdin`, or the source text
 * itself for strings. Throws LuaSyntaxError with luajit's message on errors.
 */
export function parse(source: string, chunkname: string): Proto {
  const lex = new Lexer(source, chunkname);
  if (lex.setup()) throw new Error("parse: bytecode input; use the bytecode reader");
  return parseFrom(lex);
}

/** Compiles what a lexer reads, once its setup() found source text. */
export function parseFrom(lex: Lexer): Proto {
  const ps = new ParseState(lex);
  const fs = new FuncState(ps, null);
  ps.fs = fs;
  fs.flags |= PROTO_VARARG; // The main chunk is always a vararg function.
  fscopeBegin(fs, 0);
  fs.bc.push(0); // Header placeholder; fsFinish writes it.
  fs.line.push(0);
  fs.pc = 1;
  lex.next();
  parseChunk(ps);
  if (lex.tok !== TK_eof) ps.lex.error(lex.tok, "XTOKEN", lex.token2str(TK_eof));
  return fsFinish(ps, lex.linenumber);
}

export { LuaSyntaxError };
