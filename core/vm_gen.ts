// Code generation from the instruction templates of vm_ops.ts: the generic interpreter
// (one loop decoding each instruction at run time), and the instantiation of the per-
// prototype code that vm_jsc.ts generates. Both have the signature of CodeFn and the same
// protocol, so frames switch between them at the compiled code's entry points (tiering up
// happens at calls and loop back-edges) and, leaving compiled code, anywhere.
import { BC, BCBIAS_J, bcName } from "./bc.ts";
import type { Proto } from "./func.ts";
import { type OpCtx, type OpTemplate, TEMPLATES } from "./vm_ops.ts";
import type { LuaState } from "./state.ts";
import type { LuaValue } from "./value.ts";

/**
 * Runs the frame at `base` from instruction `pc` (0 = function entry) until it needs the
 * trampoline; returns an action code (A_*).
 */
export type CodeFn = (L: LuaState, S: LuaValue[], base: number, pc: number) => number;

/** Names of everything generated code refers to, bound once per generated function. */
export type Runtime = Record<string, unknown>;

/** Template of each opcode number, or undefined. */
const BY_OP: (OpTemplate | undefined)[] = bcName.map((n) => TEMPLATES[n]);

/** JS source of a number literal (keeps -0, NaN, infinities). */
export function numLit(n: number): string {
  if (n !== n) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  if (n === 0 && 1 / n < 0) return "-0";
  const t = String(n);
  return n < 0 ? `(${t})` : t;
}

/** Binds the runtime names and returns the code function built from `body`. */
function instantiate(rt: Runtime, body: string, name: string, prelude = ""): CodeFn {
  const names = Object.keys(rt);
  const src = `"use strict";\n${prelude}\nreturn function ${name}(L, S, base, pc) {\n${body}\n};`;
  const factory = new Function(...names, src);
  return factory(...names.map((n) => rt[n])) as CodeFn;
}

// -- Function entry -------------------------------------------------------------------

/** Entry code of a fixed-argument function: stack check, missing parameters to nil. */
function entryFixed(framesize: string, numparams: string): string {
  return `{
    const top = base + ${framesize};
    if (top > L.size) { L.pc = 1; L.growStack(top); }
    for (let i = L.top - base; i < ${numparams}; i++) S[base + i] = undefined;
  }`;
}

/** Entry code of a vararg function: moves the fixed parameters above the varargs. */
function entryVararg(framesize: string, numparams: string): string {
  return `{
    const na = L.top - base, nb = base + na + 2;
    if (nb + ${framesize} > L.size) { L.pc = 1; L.growStack(nb + ${framesize}); }
    S[nb - 2] = S[base - 2];
    L.link[nb - 1] = ((na + 2) << 3) | FRAME_VARG;
    for (let i = 0; i < ${numparams}; i++) {
      if (i < na) { S[nb + i] = S[base + i]; S[base + i] = undefined; }
      else S[nb + i] = undefined;
    }
    base = nb;
    L.base = nb;
  }`;
}

// -- Generic interpreter --------------------------------------------------------------

const GENERIC_CTX: OpCtx = {
  jsc: false,
  hooked: false,
  A: "a",
  B: "b",
  C: "c",
  D: "d",
  SD: "((d << 16) >> 16)",
  PC: "ipc",
  NPC: "pc",
  JT: `(pc + d - ${BCBIAS_J})`,
  CJT: `(pc + 1 + (bc[pc] >>> 16) - ${BCBIAS_J})`,
  a: NaN,
  b: NaN,
  c: NaN,
  d: NaN,
  R: (x) => `S[base + ${x}]`,
  goto: (t) => `{ pc = ${t}; continue; }`,
  skip: "pc++;",
  KN: (x) => `KN[${x}]`,
  KS: (x) => `KG[${x}]`,
  deopt: "",
  flush: () => "",
  reload: () => "",
  isEntry: () => false,
  ic: () => "",
};

/** Instructions that count down a hot counter by HOTCOUNT_LOOP (ITERN: the fused ITERL). */
export const HOT_LOOP_OPS: readonly number[] = [BC.FORL, BC.ITERL, BC.ITERN, BC.LOOP];

/** Generic context whose taken jumps count towards tiering up (loop back-edges). */
const GENERIC_LOOP_CTX: OpCtx = {
  ...GENERIC_CTX,
  goto: (t) =>
    `{ pc = ${t}; if (--pv.hot <= 0 && H_tierup(L, pt, pc)) { L.base = base; L.pc = pc; ` +
    `return A_REENTER; } continue; }`,
};

/**
 * Builds the generic interpreter. Calls and loop back-edges count down the prototype's
 * `hot` counter; when H_tierup compiles the prototype the frame re-enters compiled code
 * (at a loop head, which is always a label there). The hooked variant runs while debug
 * hooks are set: it reports calls, new lines, returns and instruction counts instead, and
 * shows each instruction to a recording JIT (HOOK_RECORD). With a JIT attached (G.jit),
 * both count LuaJIT's hot counters and run the J* instructions it patches in.
 */
export function buildInterpreter(rt: Runtime, hooked: boolean): CodeFn {
  const ctx = { ...GENERIC_CTX, hooked };
  const loopCtx = { ...GENERIC_LOOP_CTX, hooked };
  const cases: string[] = [];
  for (let op = 0; op < BY_OP.length; op++) {
    const t = BY_OP[op];
    if (!t) continue;
    let code: string;
    if (op === BC.JFORL || op === BC.JITERL || op === BC.JLOOP) {
      code = `{ L.base = base; L.pc = H_jitenter(L, base, pt, ipc); return A_REENTER; }`;
    } else if (hooked) {
      code = t.code(ctx);
    } else if (op === BC.FORL || op === BC.IFORL || op === BC.ITERL || op === BC.IITERL) {
      code = t.code(loopCtx);
    } else if (op === BC.LOOP || op === BC.ILOOP) {
      code = `if (--pv.hot <= 0 && H_tierup(L, pt, ipc)) { L.base = base; L.pc = ipc; ` +
        `return A_REENTER; }`;
    } else {
      code = t.code(ctx);
    }
    if (!hooked && HOT_LOOP_OPS.includes(op)) {
      code = `if (G.jit !== null && H_hotloop(L, base, pt, ipc)) return A_REENTER;\n${code}`;
    }
    cases.push(`case ${op}: /* ${bcName[op]} */ ${code}\ncontinue;`);
  }
  const entry = hooked
    ? `if (G.hookmask & 1) H_hookcall(L, base);`
    : `if (--pv.hot <= 0 && H_tierup(L, pt, 0)) return pv.code(L, S, base, 0);`;
  const body = `
  const cl = S[base - 2], U = cl.upvals, pt = cl.proto, pv = pt.vm, bc = pt.bc, KN = pt.kn,
    KG = pv.kg, G = L.G;
  let oldpc = ${hooked ? "pc === 0 ? -1 : L.hookpc" : "-1"};
  if (pc === 0) {
    if (G.jit !== null && H_hotcall(L, base, pt)) return A_REENTER;
    ${hooked ? "" : entry}
    if (pt.flags & 2) ${entryVararg("pt.framesize", "pt.numparams")}
    else ${entryFixed("pt.framesize", "pt.numparams")}
    ${hooked ? entry : ""}
    if (G.jit !== null && ((bc[0] & 255) === ${BC.JFUNCF} || (bc[0] & 255) === ${BC.JFUNCV})) {
      L.base = base;
      L.pc = H_jitenter(L, base, pt, 0);
      return A_REENTER;
    }
    pc = 1;
  }
  for (;;) {
    const ipc = pc, ins = bc[pc++];
    ${
    hooked
      ? `if (G.jit !== null && H_hotins(L, base, pt, ipc, ins)) return A_REENTER;
    if (G.hookmask & 30) { H_hookins(L, base, pt, ipc, oldpc); oldpc = ipc; }`
      : ""
  }
    const a = (ins >>> 8) & 255, b = ins >>> 24, c = (ins >>> 16) & 255, d = ins >>> 16;
    switch (ins & 255) {
${cases.join("\n")}
    default: H_badop(pt, ipc);
    }
  }`;
  return instantiate(rt, body, hooked ? "interpHooked" : "interp");
}

// -- Per-prototype code ---------------------------------------------------------------

/** Instantiates the compiled code of a prototype (body from vm_jsc.ts). */
export function instantiateProto(
  rt: Runtime,
  pt: Proto,
  body: string,
  prelude: string,
  kg: LuaValue[],
): CodeFn {
  return instantiate({ ...rt, P: pt, KG: kg }, body, "lua", prelude);
}
