// The semantics of every bytecode instruction, written once as JS code templates.
//
// vm_gen.ts instantiates them twice: into the generic interpreter loop (operands decoded
// at run time into variables) and into one specialised JS function per prototype
// (operands, constants and jump targets baked in as literals). Both run a single frame
// until it calls, returns or needs a metamethod call, then return an action code to the
// trampoline in vm.ts, which never recurses in JS for Lua calls.
//
// Names available to template code:
//   L, S, base       the running thread, its stack array, the frame base
//   pc               dispatch variable: `${o.goto(x)}` jumps to instruction x
//   cl, U            the running closure and its upvalues
//   KN, KG           number constants, GC constants (strings, protos, templates, cdata)
//   H_*              runtime helpers (vm_meta.ts, vm_lib.ts), A_* action codes, FRAME_*
// Operand accessors on `o` give either literals or variables:
//   o.A o.B o.C o.D  operand fields         o.SD    signed D (KSHORT)
//   o.PC             this instruction       o.NPC   the next one
//   o.JT             jump target (D)        o.CJT   target of the JMP after a comparison
//   o.KN(x) o.KS(x)  constant by index      o.skip  end of a comparison not taken
import { BC, type BCName } from "./bc.ts";

/** What a template needs to know about its instruction. */
export interface OpCtx {
  /** Operands are literals (per-prototype code) rather than variables. */
  readonly isStatic: boolean;
  /** Code for the hooked interpreter (debug hooks active). */
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
  /** Statement jumping to instruction `target`. */
  goto(target: string): string;
  /** Statement ending a comparison whose jump is not taken (skips the JMP). */
  readonly skip: string;
  /** Number constant by index expression. */
  KN(x: string): string;
  /** String constant by index expression. */
  KS(x: string): string;
  /** Numeric values of the operands when static (NaN otherwise). */
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

/** How control may leave an instruction besides falling through. */
export const enum Reentry {
  /** Never returns to the trampoline in the middle. */
  NONE = 0,
  /** May return to the trampoline and resume at the next instruction. */
  NEXT = 1,
  /** A comparison: may resume at the instruction after its JMP (or the jump target). */
  SKIP = 2,
}

export interface OpTemplate {
  code(o: OpCtx): string;
  reentry: Reentry;
  /** Never falls through (returns or jumps unconditionally). */
  ends?: boolean;
  /** Consumes the next instruction (a JMP, or the ITERL after ITERN): o.CJT is its target. */
  fused?: boolean;
}

const s = (_o: OpCtx, x: string) => `S[base + ${x}]`;

/** Numeric comparison with a metamethod fallback. `op`: 0 LT, 1 GE, 2 LE, 3 GT. */
function cmpOp(op: number, jsop: string, neg: boolean): OpTemplate {
  return {
    reentry: Reentry.SKIP,
    fused: true,
    code: (o) =>
      `{
      const x = ${s(o, o.A)}, y = ${s(o, o.D)};
      if (typeof x === "number" && typeof y === "number") {
        if (${neg ? "!" : ""}(x ${jsop} y)) ${o.goto(o.CJT)}
      } else {
        const r = H_compare(L, base, x, y, ${op}, ${o.PC});
        if (r === 2) return A_CALL;
        if (r === 1) ${o.goto(o.CJT)}
      }
      ${o.skip}
    }`,
  };
}

/** Equality with a variable (ISEQV/ISNEV). */
function eqvOp(ne: boolean): OpTemplate {
  return {
    reentry: Reentry.SKIP,
    fused: true,
    code: (o) =>
      `{
      const x = ${s(o, o.A)}, y = ${s(o, o.D)};
      if (x === y) { ${ne ? "" : o.goto(o.CJT)} }
      else if (typeof x !== "object" || typeof y !== "object") { ${ne ? o.goto(o.CJT) : ""} }
      else {
        const r = H_equal(L, base, x, y, ${ne ? 1 : 0}, ${o.PC});
        if (r === 2) return A_CALL;
        if (r === 1) ${o.goto(o.CJT)}
      }
      ${o.skip}
    }`,
  };
}

/** Equality with a constant (string, number, primitive): no metamethods. */
function eqkOp(ne: boolean, k: (o: OpCtx) => string): OpTemplate {
  return {
    reentry: Reentry.NONE,
    fused: true,
    code: (o) =>
      `{
      if (${s(o, o.A)} ${ne ? "!==" : "==="} ${k(o)}) ${o.goto(o.CJT)}
      ${o.skip}
    }`,
  };
}

const PRI = (o: OpCtx) =>
  o.isStatic ? ["undefined", "false", "true"][o.d] : `(${o.D} === 0 ? undefined : ${o.D} === 2)`;

/** Arithmetic: x and y are expressions of the operands, slots give error names. */
function arithOp(
  mm: number,
  expr: (x: string, y: string) => string,
  operands: (o: OpCtx) => [string, string, string, string],
): OpTemplate {
  return {
    reentry: Reentry.NEXT,
    code: (o) => {
      const [x, y, sx, sy] = operands(o);
      return `{
        const x = ${x}, y = ${y};
        if (typeof x === "number" && typeof y === "number") ${s(o, o.A)} = ${expr("x", "y")};
        else if (H_arith(L, base, ${o.A}, x, y, ${mm}, ${sx}, ${sy}, ${o.PC}) !== 0) return A_CALL;
      }`;
    },
  };
}

const VN = (o: OpCtx): [string, string, string, string] => [
  s(o, o.B),
  o.KN(o.C),
  o.B,
  "-1",
];
const NV = (o: OpCtx): [string, string, string, string] => [
  o.KN(o.C),
  s(o, o.B),
  "-1",
  o.B,
];
const VV = (o: OpCtx): [string, string, string, string] => [
  s(o, o.B),
  s(o, o.C),
  o.B,
  o.C,
];

const ADD = (x: string, y: string) => `${x} + ${y}`;
const SUB = (x: string, y: string) => `${x} - ${y}`;
const MUL = (x: string, y: string) => `${x} * ${y}`;
const DIV = (x: string, y: string) => `${x} / ${y}`;
const MOD = (x: string, y: string) => `${x} - Math.floor(${x} / ${y}) * ${y}`;

// Metamethod numbers as in state.ts MM.
const MM_add = 10, MM_sub = 11, MM_mul = 12, MM_div = 13, MM_mod = 14, MM_pow = 15;

/** Table get: `get` is the raw lookup expression on table `t`. */
function tgetOp(key: (o: OpCtx) => string, get: (o: OpCtx) => string): OpTemplate {
  return {
    reentry: Reentry.NEXT,
    code: (o) =>
      `{
      const t = ${s(o, o.B)};
      if (t instanceof LuaTable) {
        const v = ${get(o)};
        if (v !== undefined || t.mt === undefined) ${s(o, o.A)} = v;
        else if (H_index(L, base, ${o.A}, t, ${key(o)}, ${o.B}, ${o.PC}) !== 0) return A_CALL;
      } else if (H_index(L, base, ${o.A}, t, ${key(o)}, ${o.B}, ${o.PC}) !== 0) return A_CALL;
    }`,
  };
}

/** Table set: `set` stores into table `t` without a metatable. */
function tsetOp(key: (o: OpCtx) => string, set: (o: OpCtx) => string): OpTemplate {
  return {
    reentry: Reentry.NEXT,
    code: (o) =>
      `{
      const t = ${s(o, o.B)};
      if (t instanceof LuaTable && t.mt === undefined) { ${set(o)} }
      else if (H_newindex(L, base, t, ${key(o)}, ${
        s(o, o.A)
      }, ${o.B}, ${o.PC}) !== 0) return A_CALL;
    }`,
  };
}

/**
 * A call of the function in slot A with `nargs` arguments at A+2... Natives run inline;
 * Lua functions, __call and special natives go through the trampoline. `nres` is the
 * number of results wanted, -1 for all (setting L.nres).
 */
function callCode(o: OpCtx, nargs: string, nres: number | string): string {
  const wanted = typeof nres === "number" ? nres : -2;
  let move: string;
  if (wanted === 1) move = `S[ra] = n > 0 ? S[nb] : undefined;`;
  else if (wanted === 0) move = ``;
  else if (wanted === -1) move = `for (let i = 0; i < n; i++) S[ra + i] = S[nb + i]; L.nres = n;`;
  else if (wanted > 1) {
    move = `for (let i = 0; i < ${wanted}; i++) S[ra + i] = i < n ? S[nb + i] : undefined;`;
  } else {
    move = `{ const w = ${nres};
      if (w < 0) { for (let i = 0; i < n; i++) S[ra + i] = S[nb + i]; L.nres = n; }
      else for (let i = 0; i < w; i++) S[ra + i] = i < n ? S[nb + i] : undefined; }`;
  }
  return `{
      const ra = base + ${o.A}, nb = ra + 2, na = ${nargs};
      const f = S[ra];
      L.link[ra + 1] = ((${o.A} + 2) << 3) | FRAME_LUA;
      L.linkpc[ra + 1] = ${o.NPC};
      L.top = nb + na;
      L.base = nb;
      if (f instanceof LuaFunction && f.native !== null${
    o.hooked ? " && L.G.hookmask === 0" : ""
  }) {
        if (nb + na + MIN_STACK > L.size) L.growStack(nb + na + MIN_STACK);
        const n = f.native(L, nb, na);
        if (n < 0) { L.nres = n; return A_NATIVE; }
        L.base = base;
        ${move}
        ${o.hooked ? "" : `if (L.G.hookmask !== 0) { L.pc = ${o.NPC}; return A_REENTER; }`}
      } else return A_CALL;
    }`;
}

/** Tail call of slot A with `nargs` arguments: moves them down into this frame. */
function callTCode(o: OpCtx, nargs: string): string {
  return `{
      const ra = base + ${o.A};
      let na = ${nargs};
      if (!(S[ra] instanceof LuaFunction)) na = H_callmeta(L, base, ra, na, ${o.PC});
      let b = base;
      if ((L.link[b - 1] & FRAME_TYPEP) === FRAME_VARG) b -= L.link[b - 1] >> 3;
      S[b - 2] = S[ra];
      for (let i = 0; i < na; i++) S[b + i] = S[ra + 2 + i];
      L.base = b;
      L.top = b + na;
      return A_CALL;
    }`;
}

/** Return of `n` values starting at slot A. */
function retCode(o: OpCtx, n: string): string {
  return `{ L.rbase = base + ${o.A}; L.nres = ${n}; return A_RET; }`;
}

/** The templates, by opcode. Interpreter-only and JIT variants share the plain ones. */
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
    reentry: Reentry.NONE,
    fused: true,
    code: (o) =>
      `{
      const v = ${s(o, o.D)};
      if (v !== undefined && v !== false) { ${s(o, o.A)} = v; ${o.goto(o.CJT)} }
      ${o.skip}
    }`,
  },
  ISFC: {
    reentry: Reentry.NONE,
    fused: true,
    code: (o) =>
      `{
      const v = ${s(o, o.D)};
      if (v === undefined || v === false) { ${s(o, o.A)} = v; ${o.goto(o.CJT)} }
      ${o.skip}
    }`,
  },
  IST: {
    reentry: Reentry.NONE,
    fused: true,
    code: (o) =>
      `{
      const v = ${s(o, o.D)};
      if (v !== undefined && v !== false) ${o.goto(o.CJT)}
      ${o.skip}
    }`,
  },
  ISF: {
    reentry: Reentry.NONE,
    fused: true,
    code: (o) =>
      `{
      const v = ${s(o, o.D)};
      if (v === undefined || v === false) ${o.goto(o.CJT)}
      ${o.skip}
    }`,
  },
  ISTYPE: {
    reentry: Reentry.NONE,
    code: (o) => `H_istype(L, base, ${o.A}, ${o.D}, ${o.PC});`,
  },
  ISNUM: {
    reentry: Reentry.NONE,
    code: (o) => `H_istype(L, base, ${o.A}, ${o.D}, ${o.PC});`,
  },

  MOV: { reentry: Reentry.NONE, code: (o) => `${s(o, o.A)} = ${s(o, o.D)};` },
  NOT: {
    reentry: Reentry.NONE,
    code: (o) => `{ const v = ${s(o, o.D)}; ${s(o, o.A)} = v === undefined || v === false; }`,
  },
  UNM: {
    reentry: Reentry.NEXT,
    code: (o) =>
      `{
      const v = ${s(o, o.D)};
      if (typeof v === "number") ${s(o, o.A)} = -v;
      else if (H_unm(L, base, ${o.A}, v, ${o.D}, ${o.PC}) !== 0) return A_CALL;
    }`,
  },
  LEN: {
    reentry: Reentry.NEXT,
    code: (o) =>
      `{
      const v = ${s(o, o.D)};
      if (typeof v === "string") ${s(o, o.A)} = v.length;
      else if (v instanceof LuaTable) ${s(o, o.A)} = v.length();
      else if (H_len(L, base, ${o.A}, v, ${o.D}, ${o.PC}) !== 0) return A_CALL;
    }`,
  },

  ADDVN: arithOp(MM_add, ADD, VN),
  SUBVN: arithOp(MM_sub, SUB, VN),
  MULVN: arithOp(MM_mul, MUL, VN),
  DIVVN: arithOp(MM_div, DIV, VN),
  MODVN: arithOp(MM_mod, MOD, VN),
  ADDNV: arithOp(MM_add, ADD, NV),
  SUBNV: arithOp(MM_sub, SUB, NV),
  MULNV: arithOp(MM_mul, MUL, NV),
  DIVNV: arithOp(MM_div, DIV, NV),
  MODNV: arithOp(MM_mod, MOD, NV),
  ADDVV: arithOp(MM_add, ADD, VV),
  SUBVV: arithOp(MM_sub, SUB, VV),
  MULVV: arithOp(MM_mul, MUL, VV),
  DIVVV: arithOp(MM_div, DIV, VV),
  MODVV: arithOp(MM_mod, MOD, VV),
  POW: arithOp(MM_pow, (x, y) => `H_pow(${x}, ${y})`, VV),
  CAT: {
    reentry: Reentry.NEXT,
    code: (o) => {
      const pair = o.isStatic && o.c === o.b + 1;
      const fast = pair
        ? `const x = ${s(o, o.B)}, y = ${s(o, o.C)};
          if (typeof x === "string" && typeof y === "string") ${s(o, o.A)} = x + y;
          else `
        : "";
      return `{ ${fast}if (H_concat(L, base, ${o.A}, ${o.B}, ${o.C}, ${o.PC}) !== 0) return A_CALL; }`;
    },
  },

  KSTR: { reentry: Reentry.NONE, code: (o) => `${s(o, o.A)} = ${o.KS(o.D)};` },
  KCDATA: { reentry: Reentry.NONE, code: (o) => `${s(o, o.A)} = KG[${o.D}];` },
  KSHORT: { reentry: Reentry.NONE, code: (o) => `${s(o, o.A)} = ${o.SD};` },
  KNUM: { reentry: Reentry.NONE, code: (o) => `${s(o, o.A)} = ${o.KN(o.D)};` },
  KPRI: { reentry: Reentry.NONE, code: (o) => `${s(o, o.A)} = ${PRI(o)};` },
  KNIL: {
    reentry: Reentry.NONE,
    code: (o) => {
      if (o.isStatic && o.d - o.a < 8) {
        let c = "";
        for (let i = o.a; i <= o.d; i++) c += `S[base + ${i}] = undefined; `;
        return c;
      }
      return `for (let i = ${o.A}; i <= ${o.D}; i++) S[base + i] = undefined;`;
    },
  },

  UGET: {
    reentry: Reentry.NONE,
    code: (o) => `{ const u = U[${o.D}]; ${s(o, o.A)} = u.arr[u.idx]; }`,
  },
  USETV: {
    reentry: Reentry.NONE,
    code: (o) => `{ const u = U[${o.A}]; u.arr[u.idx] = ${s(o, o.D)}; }`,
  },
  USETS: {
    reentry: Reentry.NONE,
    code: (o) => `{ const u = U[${o.A}]; u.arr[u.idx] = ${o.KS(o.D)}; }`,
  },
  USETN: {
    reentry: Reentry.NONE,
    code: (o) => `{ const u = U[${o.A}]; u.arr[u.idx] = ${o.KN(o.D)}; }`,
  },
  USETP: {
    reentry: Reentry.NONE,
    code: (o) => `{ const u = U[${o.A}]; u.arr[u.idx] = ${PRI(o)}; }`,
  },
  UCLO: {
    reentry: Reentry.NONE,
    code: (o) => {
      const close = `if (L.openupval !== null) H_closeuv(L, base + ${o.A});`;
      return o.isStatic && o.JT === o.NPC ? close : `${close} ${o.goto(o.JT)}`;
    },
  },
  FNEW: {
    reentry: Reentry.NONE,
    code: (o) => `${s(o, o.A)} = H_fnew(L, KG[${o.D}], cl, base);`,
  },

  TNEW: {
    reentry: Reentry.NONE,
    code: (o) =>
      o.isStatic
        ? `${s(o, o.A)} = new LuaTable(${(o.d & 0x7ff) === 0x7ff ? 0x801 : o.d & 0x7ff}, ${
          o.d >>> 11
        });`
        : `${s(o, o.A)} = LuaTable.fromTNEW(${o.D});`,
  },
  TDUP: {
    reentry: Reentry.NONE,
    code: (o) => `${s(o, o.A)} = LuaTable.fromTemplate(KG[${o.D}]);`,
  },
  GGET: {
    reentry: Reentry.NEXT,
    code: (o) =>
      `{
      const t = cl.env, v = t.getStr(${o.KS(o.D)});
      if (v !== undefined || t.mt === undefined) ${s(o, o.A)} = v;
      else if (H_index(L, base, ${o.A}, t, ${o.KS(o.D)}, -1, ${o.PC}) !== 0) return A_CALL;
    }`,
  },
  GSET: {
    reentry: Reentry.NEXT,
    code: (o) =>
      `{
      const t = cl.env;
      if (t.mt === undefined) t.setStr(${o.KS(o.D)}, ${s(o, o.A)});
      else if (H_newindex(L, base, t, ${o.KS(o.D)}, ${s(o, o.A)}, -1, ${o.PC}) !== 0) return A_CALL;
    }`,
  },
  TGETV: tgetOp((o) => s(o, o.C), (o) => `t.get(${s(o, o.C)})`),
  TGETS: tgetOp((o) => o.KS(o.C), (o) => `t.getStr(${o.KS(o.C)})`),
  TGETB: tgetOp((o) => o.C, (o) => `t.getInt(${o.C})`),
  TGETR: {
    reentry: Reentry.NONE,
    code: (o) => `${s(o, o.A)} = H_rawget(L, ${s(o, o.B)}, ${s(o, o.C)}, ${o.PC});`,
  },
  TSETV: tsetOp((o) => s(o, o.C), (o) => `L.pc = ${o.PC}; t.set(${s(o, o.C)}, ${s(o, o.A)});`),
  TSETS: tsetOp((o) => o.KS(o.C), (o) => `t.setStr(${o.KS(o.C)}, ${s(o, o.A)});`),
  TSETB: tsetOp((o) => o.C, (o) => `t.setInt(${o.C}, ${s(o, o.A)});`),
  TSETM: {
    reentry: Reentry.NONE,
    code: (o) => `H_tsetm(L, base, ${o.A}, ${o.KN(o.D)}, ${o.PC});`,
  },
  TSETR: {
    reentry: Reentry.NONE,
    code: (o) => `H_rawset(L, ${s(o, o.B)}, ${s(o, o.C)}, ${s(o, o.A)}, ${o.PC});`,
  },

  CALLM: {
    reentry: Reentry.NEXT,
    code: (o) => callCode(o, `${o.C} + L.nres`, o.isStatic ? o.b - 1 : `${o.B} - 1`),
  },
  CALL: {
    reentry: Reentry.NEXT,
    code: (o) =>
      callCode(o, o.isStatic ? String(o.c - 1) : `${o.C} - 1`, o.isStatic ? o.b - 1 : `${o.B} - 1`),
  },
  CALLMT: { reentry: Reentry.NONE, ends: true, code: (o) => callTCode(o, `${o.D} + L.nres`) },
  CALLT: {
    reentry: Reentry.NONE,
    ends: true,
    code: (o) => callTCode(o, o.isStatic ? String(o.d - 1) : `${o.D} - 1`),
  },
  ITERC: {
    reentry: Reentry.NEXT,
    code: (o) =>
      `{ const r = base + ${o.A}; S[r] = S[r - 3]; S[r + 2] = S[r - 2]; S[r + 3] = S[r - 1]; }` +
      callCode(o, "2", o.isStatic ? o.b - 1 : `${o.B} - 1`),
  },
  ITERN: {
    // Fused with the ITERL after it: jumps to the loop body or skips the ITERL.
    reentry: Reentry.NONE,
    fused: true,
    code: (o) =>
      `{
      const r = base + ${o.A};
      const i = S[r - 2].nextAt(S[r - 1], S, r);
      if (i !== 0) { S[r - 1] = i; ${o.goto(o.CJT)} }
      ${o.skip}
    }`,
  },
  VARG: {
    reentry: Reentry.NONE,
    code: (o) => `H_varg(L, base, ${o.A}, ${o.B}, ${o.C}, ${o.PC});`,
  },
  ISNEXT: {
    reentry: Reentry.NONE,
    code: (o) =>
      `{
      const r = base + ${o.A}, f = S[r - 3];
      if (f instanceof LuaFunction && f.ffid === FF_next && S[r - 2] instanceof LuaTable &&
          S[r - 1] === undefined) { S[r - 1] = 0; ${o.goto(o.JT)} }
      H_despecialize(L, cl.proto, ${o.PC}, ${o.JT}); L.base = base; L.pc = ${o.JT};
      return A_REENTER;
    }`,
  },

  RETM: { reentry: Reentry.NONE, ends: true, code: (o) => retCode(o, `${o.D} + L.nres`) },
  RET: {
    reentry: Reentry.NONE,
    ends: true,
    code: (o) => retCode(o, o.isStatic ? String(o.d - 1) : `${o.D} - 1`),
  },
  RET0: { reentry: Reentry.NONE, ends: true, code: (o) => retCode(o, "0") },
  RET1: { reentry: Reentry.NONE, ends: true, code: (o) => retCode(o, "1") },

  FORI: {
    reentry: Reentry.NONE,
    code: (o) =>
      `{
      const r = base + ${o.A};
      let i = S[r], e = S[r + 1], st = S[r + 2];
      if (typeof i !== "number" || typeof e !== "number" || typeof st !== "number") {
        H_forprep(L, base, ${o.A}, ${o.PC}); i = S[r]; e = S[r + 1]; st = S[r + 2];
      }
      S[r + 3] = i;
      if (st > 0 || (st === 0 && 1 / st > 0) ? !(i <= e) : !(i >= e)) ${o.goto(o.JT)}
    }`,
  },
  FORL: {
    reentry: Reentry.NONE,
    code: (o) =>
      `{
      const r = base + ${o.A}, st = S[r + 2], i = S[r] + st, e = S[r + 1];
      S[r] = i; S[r + 3] = i;
      if (st > 0 || (st === 0 && 1 / st > 0) ? i <= e : i >= e) ${o.goto(o.JT)}
    }`,
  },
  ITERL: {
    reentry: Reentry.NONE,
    code: (o) =>
      `{
      const r = base + ${o.A}, v = S[r];
      if (v !== undefined) { S[r - 1] = v; ${o.goto(o.JT)} }
    }`,
  },
  LOOP: { reentry: Reentry.NONE, code: () => `` },
  JMP: { reentry: Reentry.NONE, ends: true, code: (o) => o.goto(o.JT) },
};

// Interpreter-only variants (no hot counting) behave as the plain instruction; JFORI
// enters a loop whose FORL the JIT replaced. JFORL/JITERL/JLOOP name traces and only
// exist once the JIT patches bytecode.
TEMPLATES.JFORI = TEMPLATES.FORI;
TEMPLATES.IFORL = TEMPLATES.FORL;
TEMPLATES.IITERL = TEMPLATES.ITERL;
TEMPLATES.ILOOP = TEMPLATES.LOOP;

/** Instructions that are function headers (handled by the entry code, not templates). */
export function isHeader(op: number): boolean {
  return op >= BC.FUNCF;
}
