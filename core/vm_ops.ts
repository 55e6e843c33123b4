// The semantics of every bytecode instruction, written once as JS code templates.
//
// vm_gen.ts instantiates them into the generic interpreter (operands decoded at run time,
// slow paths handled by the helpers of vm_meta.ts) and vm_jsc.ts into one JS function per
// prototype (operands, constants and jump targets as literals, Lua slots kept in JS
// locals, structured loops). Compiled code takes the fast paths inline and runs the slow
// paths with its live slots written back to the stack (metamethods directly, see
// jscSlow); the rare remaining cases "deopt": the interpreter resumes at that
// instruction. Both kinds run a single frame until it calls, returns or needs the
// trampoline (vm.ts), and return an action code to it.
//
// Names available to template code:
//   L, S, base       the running thread, its stack array, the frame base
//   pc               interpreter: the next instruction; `${o.goto(x)}` jumps to x
//   cl, U            the running closure and its upvalues
//   KN, KG           number constants, GC constants (strings, protos, templates, cdata)
//   H_*              runtime helpers, A_* action codes, FRAME_*, LuaTable, LuaFunction
// Accessors on `o` give literals (compiled) or variables (interpreter):
//   o.A o.B o.C o.D  operand fields         o.SD    signed D (KSHORT)
//   o.PC             this instruction       o.NPC   the next one
//   o.JT             jump target (D)        o.CJT   target of the JMP after a test
//   o.R(x)           the slot x of the frame (a JS local when compiled)
//   o.KN(x) o.KS(x)  constants by index     o.skip  end of a test whose jump is not taken
//   o.deopt          compiled only: leave the frame to the interpreter at this instruction
import { BC, type BCName } from "./bc.ts";
import { callCode, callTCode, range, retCode } from "./vm_call.ts";

/** What a template needs to know about its instruction. */
export interface OpCtx {
  /** Compiled code (structured, slots in JS locals) rather than the interpreter. */
  readonly jsc: boolean;
  /** Interpreter variant running while debug hooks are set. */
  readonly hooked: boolean;
  readonly A: string;
  readonly B: string;
  readonly C: string;
  readonly D: string;
  readonly SD: string;
  readonly PC: string;
  readonly NPC: string;
  readonly JT: string;
  readonly CJT: string;
  /** Numeric values of the operands when compiled (NaN in the interpreter). */
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  /** Expression (and assignment target) for frame slot x. */
  R(x: string | number): string;
  /** Statement jumping to instruction `target`. */
  goto(target: string): string;
  /** Statement ending a test whose jump is not taken (it skips the JMP). */
  readonly skip: string;
  KN(x: string): string;
  KS(x: string): string;
  /** Compiled only: statement leaving to the interpreter at this instruction. */
  readonly deopt: string;
  /**
   * Compiled only: statements writing the slots live at pc (all slots: -1) to the stack,
   * those below slot `below` only if given.
   */
  flush(pc: number, below?: number): string;
  /** Compiled only: statements reloading the slots live at pc from the stack. */
  reload(pc: number): string;
  /** Compiled only: whether the frame can be resumed in compiled code at pc. */
  isEntry(pc: number): boolean;
  /** Compiled only: a new inline cache {s: shape, i: position} for this instruction. */
  ic(): string;
}

export interface OpTemplate {
  code(o: OpCtx): string;
  /** Never falls through (returns or jumps unconditionally). */
  ends?: boolean;
  /** Consumes the next instruction (a JMP, or the ITERL after ITERN): o.CJT is its target. */
  fused?: boolean;
}

/**
 * Compiled slow path: runs the interpreter's helper `call` (0: done, else it pushed a
 * metamethod frame) with the frame's live slots on the stack, runs a pushed frame
 * straight away when it can (else leaves to the trampoline, which resumes the frame
 * after the instruction), and reloads slot A when the instruction has a result.
 */
function jscSlow(o: OpCtx, call: string, result: boolean): string {
  return `{ ${o.flush(Number(o.PC))}
        if (${call} !== 0) { const act = H_runmm(L); if (act !== 0) return act; }
        ${result ? `${o.R(o.A)} = S[base + ${o.A}];` : ""} }`;
}

/** Numeric comparison with a metamethod fallback. `op`: 0 LT, 1 GE, 2 LE, 3 GT. */
function cmpOp(op: number, jsop: string, neg: boolean): OpTemplate {
  return {
    fused: true,
    code: (o) => {
      const test = (x: string, y: string) => `${neg ? "!" : ""}(${x} ${jsop} ${y})`;
      const slow = o.jsc
        ? `{ ${o.flush(Number(o.PC))}
          let r = H_compare(L, base, x, y, ${op}, ${o.PC});
          if (r === 2) { const act = H_runmm(L); if (act !== 0) return act; r = H_mmtaken(${o.PC}) ? 1 : 0; }
          if (r === 1) ${o.goto(o.CJT)}
        }`
        : `{
          const r = H_compare(L, base, x, y, ${op}, ${o.PC});
          if (r === 2) return A_CALL;
          if (r === 1) ${o.goto(o.CJT)}
        }`;
      return `{
      const x = ${o.R(o.A)}, y = ${o.R(o.D)};
      if (typeof x === "number" && typeof y === "number") {
        if (${test("x", "y")}) ${o.goto(o.CJT)}
      } else if (typeof x === "string" && typeof y === "string") {
        if (${test("x", "y")}) ${o.goto(o.CJT)}
      } else ${slow}
      ${o.skip}
    }`;
    },
  };
}

/** Equality with a variable (ISEQV/ISNEV). */
function eqvOp(ne: boolean): OpTemplate {
  return {
    fused: true,
    code: (o) => {
      const slow = o.jsc
        ? `{ let r = H_eqfast(x, y);
          if (r === 2) {
            ${o.flush(Number(o.PC))}
            r = H_equal(L, base, x, y, ${ne ? 1 : 0}, ${o.PC});
            if (r === 2) { const act = H_runmm(L); if (act !== 0) return act; r = H_mmtaken(${o.PC}) ? 1 : 0; }
            if (r === 1) ${o.goto(o.CJT)}
          } else if (r === ${ne ? 0 : 1}) ${o.goto(o.CJT)} }`
        : `{
        const r = H_equal(L, base, x, y, ${ne ? 1 : 0}, ${o.PC});
        if (r === 2) return A_CALL;
        if (r === 1) ${o.goto(o.CJT)}
      }`;
      return `{
      const x = ${o.R(o.A)}, y = ${o.R(o.D)};
      if (x === y) { ${ne ? "" : o.goto(o.CJT)} }
      else if (typeof x !== "object" || typeof y !== "object") { ${ne ? o.goto(o.CJT) : ""} }
      else ${slow}
      ${o.skip}
    }`;
    },
  };
}

/** Equality with a constant (string, number, primitive): no metamethods. */
function eqkOp(ne: boolean, k: (o: OpCtx) => string): OpTemplate {
  return {
    fused: true,
    code: (o) =>
      `{
      if (${o.R(o.A)} ${ne ? "!==" : "==="} ${k(o)}) ${o.goto(o.CJT)}
      ${o.skip}
    }`,
  };
}

const PRI = (o: OpCtx) =>
  o.jsc ? ["undefined", "false", "true"][o.d] : `(${o.D} === 0 ? undefined : ${o.D} === 2)`;

// Metamethod numbers as in state.ts MM.
const MM_add = 10, MM_sub = 11, MM_mul = 12, MM_div = 13, MM_mod = 14, MM_pow = 15;

/** Arithmetic: `expr` combines the operand values x and y. */
function arithOp(
  mm: number,
  expr: (x: string, y: string) => string,
  form: "VN" | "NV" | "VV",
): OpTemplate {
  return {
    code: (o) => {
      const [x, y, sx, sy] = form === "VN"
        ? [o.R(o.B), o.KN(o.C), o.B, "-1"]
        : form === "NV"
        ? [o.KN(o.C), o.R(o.B), "-1", o.B]
        : [o.R(o.B), o.R(o.C), o.B, o.C];
      const slow = o.jsc
        ? jscSlow(o, `H_arith(L, base, ${o.A}, x, y, ${mm}, ${sx}, ${sy}, ${o.PC})`, true)
        : `if (H_arith(L, base, ${o.A}, x, y, ${mm}, ${sx}, ${sy}, ${o.PC}) !== 0) return A_CALL;`;
      const check = form === "VN"
        ? `typeof x === "number"`
        : form === "NV"
        ? `typeof y === "number"`
        : `typeof x === "number" && typeof y === "number"`;
      return `{
        const x = ${x}, y = ${y};
        if (${check}) ${o.R(o.A)} = ${expr("x", "y")};
        else ${slow}
      }`;
    },
  };
}

const ADD = (x: string, y: string) => `${x} + ${y}`;
const SUB = (x: string, y: string) => `${x} - ${y}`;
const MUL = (x: string, y: string) => `${x} * ${y}`;
const DIV = (x: string, y: string) => `${x} / ${y}`;
const MOD = (x: string, y: string) => `${x} - Math.floor(${x} / ${y}) * ${y}`;

/**
 * Compiled get of a constant string key through an inline cache: tables of the cached
 * shape have the key at the cached position (or, for shared shapes, not at all).
 */
function icGet(o: OpCtx, table: string, key: string, slot: string): string {
  const c = o.ic();
  return `{
      const t = ${table};
      let v;
      if (t instanceof LuaTable && t.shape === ${c}.s) {
        if (${c}.i >= 0) {
          v = t.hvals[${c}.i];
          if (v === undefined && t.mt !== undefined) v = H_getmt(L, t, ${key});
        } else if (t.mt === ${c}.m && ${c}.e === EPOCH.n) v = ${c}.v;
        else v = t.mt === undefined ? undefined : H_icchain(L, t, ${key}, ${c});
      } else v = H_icmiss(L, t, ${key}, ${c});
      if (v !== NEEDMM) ${o.R(o.A)} = v;
      else ${jscSlow(o, `H_index(L, base, ${o.A}, t, ${key}, ${slot}, ${o.PC})`, true)}
    }`;
}

/**
 * Compiled store of a constant string key: an existing non-nil value is replaced fast, and
 * so is a nil one (a template's placeholder or a dead entry) in a table without metatable;
 * a new key is appended fast when the table's shared shape had the cached transition.
 */
function icSet(o: OpCtx, table: string, key: string, value: string, slot: string): string {
  const c = o.ic();
  return `{
      const t = ${table}, v = ${value};
      if (t instanceof LuaTable && t.shape === ${c}.s && ${c}.i >= 0 && v !== undefined &&
          !t.isProto && (t.hvals[${c}.i] !== undefined || H_revive(t))) t.hvals[${c}.i] = v;
      else if (t instanceof LuaTable && t.shape === ${c}.f && t.hcap > ${c}.j && v !== undefined &&
          t.mt === undefined && !t.isProto) H_append(t, ${c}.n, v);
      else if (t instanceof LuaTable && t.mt === undefined) H_icset(t, ${key}, v, ${c});
      else if (!H_set(L, t, ${key}, v)) ${
    jscSlow(o, `H_newindex(L, base, t, ${key}, v, ${slot}, ${o.PC})`, false)
  }
      else if (t instanceof LuaTable) H_icget(t, ${key}, ${c});
    }`;
}

/** Table get: `get` is the raw lookup on table `t`, `key` the key expression. */
function tgetOp(key: (o: OpCtx) => string, get: (o: OpCtx) => string): OpTemplate {
  return {
    code: (o) => {
      if (o.jsc) {
        return `{
      const t = ${o.R(o.B)};
      let v;
      if (t instanceof LuaTable && ((v = ${get(o)}) !== undefined || t.mt === undefined)) {}
      else if ((v = H_get(L, t, ${key(o)})) === NEEDMM) ${
          jscSlow(o, `H_index(L, base, ${o.A}, t, ${key(o)}, ${o.B}, ${o.PC})`, true)
        }
      if (v !== NEEDMM) ${o.R(o.A)} = v;
    }`;
      }
      return `{
      const t = ${o.R(o.B)};
      if (t instanceof LuaTable) {
        const v = ${get(o)};
        if (v !== undefined || t.mt === undefined) ${o.R(o.A)} = v;
        else if (H_index(L, base, ${o.A}, t, ${key(o)}, ${o.B}, ${o.PC}) !== 0) return A_CALL;
      } else if (H_index(L, base, ${o.A}, t, ${key(o)}, ${o.B}, ${o.PC}) !== 0) return A_CALL;
    }`;
    },
  };
}

/**
 * Table set: `set` stores into table `t` without a metatable, `ok` tells whether the key
 * is valid for it (not nil or NaN).
 */
function tsetOp(
  key: (o: OpCtx) => string,
  set: (o: OpCtx) => string,
  ok: (o: OpCtx) => string,
): OpTemplate {
  return {
    code: (o) => {
      if (o.jsc) {
        return `{
      const t = ${o.R(o.B)};
      if (t instanceof LuaTable && t.mt === undefined && ${ok(o)}) { ${set(o)} }
      else if (!H_set(L, t, ${key(o)}, ${o.R(o.A)})) ${
          jscSlow(o, `H_newindex(L, base, t, ${key(o)}, ${o.R(o.A)}, ${o.B}, ${o.PC})`, false)
        }
    }`;
      }
      return `{
      const t = ${o.R(o.B)};
      if (t instanceof LuaTable && t.mt === undefined) { L.pc = ${o.PC}; ${set(o)} }
      else if (H_newindex(L, base, t, ${key(o)}, ${o.R(o.A)}, ${o.B}, ${o.PC}) !== 0) return A_CALL;
    }`;
    },
  };
}

/** Concatenation of slots B..C in compiled code: strings and numbers only. */
function catJsc(o: OpCtx): string {
  const parts = range(o, o.b, o.c - o.b + 1);
  const checks = parts.map((p) => `(typeof ${p} === "string" || typeof ${p} === "number")`);
  const strs = parts.map((p) => `(typeof ${p} === "string" ? ${p} : H_numstr(${p}))`);
  const slow = jscSlow(o, `H_concat(L, base, ${o.A}, ${o.B}, ${o.C}, ${o.PC})`, true);
  let fast = `${o.R(o.A)} = ${strs.join(" + ")};`;
  // Four operands or more may reach LJ_MAX_STR: the slow path tells LuaJIT's "string
  // length overflow" from what is only too long for JS.
  if (parts.length >= 4) {
    fast = `try { ${fast} } catch (e) { if (!(e instanceof RangeError)) throw e; ${slow} }`;
  }
  return `{
      if (${checks.join(" && ")}) { ${fast} }
      else ${slow}
    }`;
}

/** The templates, by opcode. Interpreter-only variants share the plain ones. */
export const TEMPLATES: Partial<Record<BCName, OpTemplate>> = {
  ISLT: cmpOp(0, "<", false),
  ISGE: cmpOp(1, "<", true),
  ISLE: cmpOp(2, "<=", false),
  ISGT: cmpOp(3, "<=", true),
  ISEQV: eqvOp(false),
  ISNEV: eqvOp(true),
  ISEQS: eqkOp(false, (o) => o.KS(o.D)),
  ISNES: eqkOp(true, (o) => o.KS(o.D)),
  ISEQN: eqkOp(false, (o) => o.KN(o.D)),
  ISNEN: eqkOp(true, (o) => o.KN(o.D)),
  ISEQP: eqkOp(false, PRI),
  ISNEP: eqkOp(true, PRI),

  ISTC: {
    fused: true,
    code: (o) =>
      `{
      const v = ${o.R(o.D)};
      if (v !== undefined && v !== false) { ${o.R(o.A)} = v; ${o.goto(o.CJT)} }
      ${o.skip}
    }`,
  },
  ISFC: {
    fused: true,
    code: (o) =>
      `{
      const v = ${o.R(o.D)};
      if (v === undefined || v === false) { ${o.R(o.A)} = v; ${o.goto(o.CJT)} }
      ${o.skip}
    }`,
  },
  IST: {
    fused: true,
    code: (o) =>
      `{
      const v = ${o.R(o.D)};
      if (v !== undefined && v !== false) ${o.goto(o.CJT)}
      ${o.skip}
    }`,
  },
  ISF: {
    fused: true,
    code: (o) =>
      `{
      const v = ${o.R(o.D)};
      if (v === undefined || v === false) ${o.goto(o.CJT)}
      ${o.skip}
    }`,
  },
  ISTYPE: {
    code: (o) =>
      o.jsc
        ? `if (!H_istypeok(${o.R(o.A)}, ${o.D})) ${o.deopt}`
        : `H_istype(L, base, ${o.A}, ${o.D}, ${o.PC});`,
  },
  ISNUM: {
    code: (o) =>
      o.jsc
        ? `if (typeof ${o.R(o.A)} !== "number") ${o.deopt}`
        : `H_istype(L, base, ${o.A}, ${o.D}, ${o.PC});`,
  },

  MOV: { code: (o) => `${o.R(o.A)} = ${o.R(o.D)};` },
  NOT: {
    code: (o) => `{ const v = ${o.R(o.D)}; ${o.R(o.A)} = v === undefined || v === false; }`,
  },
  UNM: {
    code: (o) =>
      `{
      const v = ${o.R(o.D)};
      if (typeof v === "number") ${o.R(o.A)} = -v;
      else ${
        o.jsc
          ? jscSlow(o, `H_unm(L, base, ${o.A}, v, ${o.D}, ${o.PC})`, true)
          : `if (H_unm(L, base, ${o.A}, v, ${o.D}, ${o.PC}) !== 0) return A_CALL;`
      }
    }`,
  },
  LEN: {
    code: (o) =>
      `{
      const v = ${o.R(o.D)};
      if (typeof v === "string") ${o.R(o.A)} = v.length;
      else if (v instanceof LuaTable) ${o.R(o.A)} = v.length();
      else ${
        o.jsc
          ? jscSlow(o, `H_len(L, base, ${o.A}, v, ${o.D}, ${o.PC})`, true)
          : `if (H_len(L, base, ${o.A}, v, ${o.D}, ${o.PC}) !== 0) return A_CALL;`
      }
    }`,
  },

  ADDVN: arithOp(MM_add, ADD, "VN"),
  SUBVN: arithOp(MM_sub, SUB, "VN"),
  MULVN: arithOp(MM_mul, MUL, "VN"),
  DIVVN: arithOp(MM_div, DIV, "VN"),
  MODVN: arithOp(MM_mod, MOD, "VN"),
  ADDNV: arithOp(MM_add, ADD, "NV"),
  SUBNV: arithOp(MM_sub, SUB, "NV"),
  MULNV: arithOp(MM_mul, MUL, "NV"),
  DIVNV: arithOp(MM_div, DIV, "NV"),
  MODNV: arithOp(MM_mod, MOD, "NV"),
  ADDVV: arithOp(MM_add, ADD, "VV"),
  SUBVV: arithOp(MM_sub, SUB, "VV"),
  MULVV: arithOp(MM_mul, MUL, "VV"),
  DIVVV: arithOp(MM_div, DIV, "VV"),
  MODVV: arithOp(MM_mod, MOD, "VV"),
  POW: arithOp(MM_pow, (x, y) => `H_pow(${x}, ${y})`, "VV"),
  CAT: {
    code: (o) => {
      if (o.jsc) return catJsc(o);
      return `{ if (H_concat(L, base, ${o.A}, ${o.B}, ${o.C}, ${o.PC}) !== 0) return A_CALL; }`;
    },
  },

  KSTR: { code: (o) => `${o.R(o.A)} = ${o.KS(o.D)};` },
  KCDATA: { code: (o) => `${o.R(o.A)} = KG[${o.D}];` },
  KSHORT: { code: (o) => `${o.R(o.A)} = ${o.SD};` },
  KNUM: { code: (o) => `${o.R(o.A)} = ${o.KN(o.D)};` },
  KPRI: { code: (o) => `${o.R(o.A)} = ${PRI(o)};` },
  KNIL: {
    code: (o) => {
      if (o.jsc) return range(o, o.a, o.d - o.a + 1).map((r) => `${r} = undefined;`).join(" ");
      return `for (let i = ${o.A}; i <= ${o.D}; i++) S[base + i] = undefined;`;
    },
  },

  UGET: { code: (o) => `{ const u = U[${o.D}]; ${o.R(o.A)} = u.arr[u.idx]; }` },
  USETV: { code: (o) => `{ const u = U[${o.A}]; u.arr[u.idx] = ${o.R(o.D)}; }` },
  USETS: { code: (o) => `{ const u = U[${o.A}]; u.arr[u.idx] = ${o.KS(o.D)}; }` },
  USETN: { code: (o) => `{ const u = U[${o.A}]; u.arr[u.idx] = ${o.KN(o.D)}; }` },
  USETP: { code: (o) => `{ const u = U[${o.A}]; u.arr[u.idx] = ${PRI(o)}; }` },
  UCLO: {
    code: (o) => {
      const close = `if (L.openupval !== null) H_closeuv(L, base + ${o.A});`;
      return o.jsc ? `${close} ${o.goto(o.JT)}` : `${close} ${o.goto(o.JT)}`;
    },
  },
  FNEW: { code: (o) => `${o.R(o.A)} = H_fnew(L, KG[${o.D}], cl, base);` },

  TNEW: {
    code: (o) =>
      o.jsc
        ? `${o.R(o.A)} = new LuaTable(${(o.d & 0x7ff) === 0x7ff ? 0x801 : o.d & 0x7ff}, ${
          o.d >>> 11
        });`
        : `${o.R(o.A)} = LuaTable.fromTNEW(${o.D});`,
  },
  TDUP: { code: (o) => `${o.R(o.A)} = LuaTable.fromTemplate(KG[${o.D}]);` },
  GGET: {
    code: (o) => {
      if (o.jsc) return icGet(o, "cl.env", o.KS(o.D), "-1");
      return `{
      const t = cl.env, v = t.getStr(${o.KS(o.D)});
      if (v !== undefined || t.mt === undefined) ${o.R(o.A)} = v;
      else if (H_index(L, base, ${o.A}, t, ${o.KS(o.D)}, -1, ${o.PC}) !== 0) return A_CALL;
    }`;
    },
  },
  GSET: {
    code: (o) => {
      if (o.jsc) return icSet(o, "cl.env", o.KS(o.D), o.R(o.A), "-1");
      return `{
      const t = cl.env;
      if (t.mt === undefined) t.setStr(${o.KS(o.D)}, ${o.R(o.A)});
      else if (H_newindex(L, base, t, ${o.KS(o.D)}, ${o.R(o.A)}, -1, ${o.PC}) !== 0) return A_CALL;
    }`;
    },
  },
  TGETV: tgetOp((o) => o.R(o.C), (o) => `t.get(${o.R(o.C)})`),
  TGETS: {
    code: (o) =>
      o.jsc
        ? icGet(o, o.R(o.B), o.KS(o.C), o.B)
        : tgetOp((o) => o.KS(o.C), (o) => `t.getStr(${o.KS(o.C)})`).code(o),
  },
  TGETB: tgetOp((o) => o.C, (o) => `t.getInt(${o.C})`),
  TGETR: {
    code: (o) =>
      o.jsc
        ? `{ const t = ${o.R(o.B)}; if (t instanceof LuaTable) ${o.R(o.A)} = t.get(${
          o.R(o.C)
        }); else ${o.deopt} }`
        : `${o.R(o.A)} = H_rawget(L, ${o.R(o.B)}, ${o.R(o.C)}, ${o.PC});`,
  },
  TSETV: tsetOp(
    (o) => o.R(o.C),
    (o) => `t.set(${o.R(o.C)}, ${o.R(o.A)});`,
    (o) => `H_keyok(${o.R(o.C)})`,
  ),
  TSETS: {
    code: (o) =>
      o.jsc
        ? icSet(o, o.R(o.B), o.KS(o.C), o.R(o.A), o.B)
        : tsetOp((o) => o.KS(o.C), (o) => `t.setStr(${o.KS(o.C)}, ${o.R(o.A)});`, () => "true")
          .code(o),
  },
  TSETB: tsetOp((o) => o.C, (o) => `t.setInt(${o.C}, ${o.R(o.A)});`, () => "true"),
  TSETM: {
    code: (o) =>
      o.jsc
        ? `S[base + ${o.a - 1}] = ${o.R(o.a - 1)}; H_tsetm(L, base, ${o.A}, ${o.KN(o.D)}, ${o.PC});`
        : `H_tsetm(L, base, ${o.A}, ${o.KN(o.D)}, ${o.PC});`,
  },
  TSETR: {
    code: (o) =>
      o.jsc
        ? `{ const t = ${o.R(o.B)}, k = ${
          o.R(o.C)
        }; if (t instanceof LuaTable && H_keyok(k)) t.set(k, ${o.R(o.A)}); else ${o.deopt} }`
        : `H_rawset(L, ${o.R(o.B)}, ${o.R(o.C)}, ${o.R(o.A)}, ${o.PC});`,
  },

  CALLM: {
    code: (o) => callCode(o, `${o.C} + L.nres`, o.jsc ? o.b - 1 : `${o.B} - 1`, o.c),
  },
  CALL: {
    code: (o) =>
      callCode(o, o.jsc ? String(o.c - 1) : `${o.C} - 1`, o.jsc ? o.b - 1 : `${o.B} - 1`, o.c - 1),
  },
  CALLMT: { ends: true, code: (o) => callTCode(o, `${o.D} + L.nres`, o.d) },
  CALLT: {
    ends: true,
    code: (o) => callTCode(o, o.jsc ? String(o.d - 1) : `${o.D} - 1`, o.d - 1),
  },
  ITERC: {
    code: (o) => {
      const call = `${o.R(o.jsc ? o.a : `${o.A}`)} = ${o.R(o.jsc ? o.a - 3 : `${o.A} - 3`)}; ` +
        `${o.R(o.jsc ? o.a + 2 : `${o.A} + 2`)} = ${o.R(o.jsc ? o.a - 2 : `${o.A} - 2`)}; ` +
        `${o.R(o.jsc ? o.a + 3 : `${o.A} + 3`)} = ${o.R(o.jsc ? o.a - 1 : `${o.A} - 1`)};` +
        callCode(o, "2", o.jsc ? o.b - 1 : `${o.B} - 1`, 2);
      if (!o.jsc || o.b < 2) return call;
      // Compiled ipairs loops step inline (ipairs_aux: raw integer keys from 1 on).
      const nres = o.b - 1, a = o.a;
      let found = `${o.R(a)} = i;`, end = "";
      for (let k = 0; k < nres; k++) {
        if (k === 1) found += ` ${o.R(a + 1)} = v;`;
        else if (k > 1) found += ` ${o.R(a + k)} = undefined;`;
        end += ` ${o.R(a + k)} = undefined;`;
      }
      return `{
      const f = ${o.R(a - 3)}, t = ${o.R(a - 2)}, c = ${o.R(a - 1)};
      if (f instanceof LuaFunction && f.ffid === FF_ipairs_aux && t instanceof LuaTable &&
          typeof c === "number" && ((c + 1) | 0) === c + 1) {
        const i = c + 1, v = i < t.arr.length ? t.arr[i] : t.getInt(i);
        if (v !== undefined) { ${found} } else { ${end} }
      } else { ${call} }
    }`;
    },
  },
  ITERN: {
    // Fused with the ITERL after it: jumps to the loop body or skips the ITERL.
    fused: true,
    code: (o) => {
      const R = (x: number) => o.R(o.jsc ? x : `${o.A} + ${x - o.a}`);
      const a = o.jsc ? o.a : 0;
      if (!o.jsc) {
        return `{
      const r = base + ${o.A};
      const ki = S[r - 2].iterN(S[r - 1], S, r);
      if (ki !== undefined) { S[r - 1] = ki; ${o.goto(o.CJT)} }
      ${o.skip}
    }`;
      }
      return `{
      const ki = ${R(a - 2)}.iterN(${R(a - 1)}, NEXTKV, 0);
      if (ki !== undefined) { ${R(a - 1)} = ki; ${R(a)} = NEXTKV[0]; ${R(a + 1)} = NEXTKV[1]; ${
        o.goto(o.CJT)
      } }
      ${o.skip}
    }`;
    },
  },
  VARG: {
    code: (o) => {
      if (!o.jsc || o.b === 0) return `H_varg(L, base, ${o.A}, ${o.B}, ${o.C}, ${o.PC});`;
      let c =
        `{ const delta = L.link[base - 1] >> 3, vs = base - delta + ${o.c}, nv = delta - 2 - ${o.c};`;
      for (let i = 0; i < o.b - 1; i++) {
        c += ` ${o.R(o.a + i)} = ${i} < nv ? S[vs + ${i}] : undefined;`;
      }
      return c + " }";
    },
  },
  ISNEXT: {
    code: (o) => {
      const R = (x: string) => o.R(x);
      const a = (k: number) => (o.jsc ? String(o.a + k) : `${o.A} + ${k}`);
      const fail = o.jsc ? o.deopt : `{
      H_despecialize(L, cl.proto, ${o.PC}, ${o.JT}); L.base = base; L.pc = ${o.JT};
      return A_REENTER; }`;
      return `{
      const f = ${R(a(-3))};
      if (f instanceof LuaFunction && f.ffid === FF_next && ${R(a(-2))} instanceof LuaTable &&
          ${R(a(-1))} === undefined) { ${R(a(-1))} = LuaTable.ITER0; ${o.goto(o.JT)} }
      ${fail}
    }`;
    },
  },

  RETM: {
    ends: true,
    code: (o) => retCode(o, `${o.D} + L.nres`, o.d),
  },
  RET: {
    ends: true,
    code: (o) => retCode(o, o.jsc ? String(o.d - 1) : `${o.D} - 1`, o.d - 1),
  },
  RET0: { ends: true, code: (o) => retCode(o, "0", 0) },
  RET1: { ends: true, code: (o) => retCode(o, "1", 1) },

  FORI: {
    code: (o) => {
      const R = (k: number) => o.R(o.jsc ? o.a + k : `${o.A} + ${k}`);
      const slow = o.jsc ? o.deopt : `{
        H_forprep(L, base, ${o.A}, ${o.PC}); i = ${R(0)}; e = ${R(1)}; st = ${R(2)};
      }`;
      return `{
      let i = ${R(0)}, e = ${R(1)}, st = ${R(2)};
      if (typeof i !== "number" || typeof e !== "number" || typeof st !== "number") ${slow}
      ${R(3)} = i;
      if (st > 0 || (st === 0 && 1 / st > 0) ? !(i <= e) : !(i >= e)) ${o.goto(o.JT)}
      ${o.jsc ? o.skip : ""}
    }`;
    },
  },
  FORL: {
    code: (o) => {
      const R = (k: number) => o.R(o.jsc ? o.a + k : `${o.A} + ${k}`);
      return `{
      const st = ${R(2)}, i = ${R(0)} + st, e = ${R(1)};
      ${R(0)} = i; ${R(3)} = i;
      if (st > 0 || (st === 0 && 1 / st > 0) ? i <= e : i >= e) ${o.goto(o.JT)}
      ${o.jsc ? o.skip : ""}
    }`;
    },
  },
  ITERL: {
    code: (o) => {
      const R = (k: number) => o.R(o.jsc ? o.a + k : `${o.A} + ${k}`);
      return `{
      const v = ${R(0)};
      if (v !== undefined) { ${R(-1)} = v; ${o.goto(o.JT)} }
      ${o.jsc ? o.skip : ""}
    }`;
    },
  },
  LOOP: { code: () => `` },
  JMP: { ends: true, code: (o) => o.goto(o.JT) },
};

// Interpreter-only variants (no hot counting) behave as the plain instruction; JFORI
// enters a loop whose FORL the JIT replaced. JFORL/JITERL/JLOOP name traces and only
// exist once the JIT patches bytecode.
TEMPLATES.JFORI = TEMPLATES.FORI;
TEMPLATES.IFORL = TEMPLATES.FORL;
TEMPLATES.IITERL = TEMPLATES.ITERL;
TEMPLATES.ILOOP = TEMPLATES.LOOP;
// The interpreter runs the J* variants through G.jit (vm_gen.ts); never compiled.
TEMPLATES.JFORL = TEMPLATES.JITERL = TEMPLATES.JLOOP = {
  ends: true,
  code: (o) => `H_badop(${o.jsc ? "P" : "pt"}, ${o.PC});`,
};

/** Instructions that are function headers (handled by the entry code, not templates). */
export function isHeader(op: number): boolean {
  return op >= BC.FUNCF;
}
