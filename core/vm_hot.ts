// Hot counting for a trace compiler attached as G.jit (JitEngine in state.ts): LuaJIT's
// shared, hashed counters, counted down by the interpreter (vm_gen.ts) and compiled code
// (vm_jsc.ts) at loops and function entries, and the entry into traces of J* instructions.
import type { Proto } from "./func.ts";
import { BC, bcOp } from "./bc.ts";
import { HOTCOUNT_CALL, HOTCOUNT_LOOP, HOTCOUNT_SIZE, type LuaState } from "./state.ts";
import { HOT_LOOP_OPS } from "./vm_gen.ts";

/** The hot counter of instruction pc (hashed like LuaJIT's, by the next instruction). */
export function hotIndex(pt: Proto, pc: number): number {
  return ((pt.vm as { hotbase: number }).hotbase + pc + 1) & (HOTCOUNT_SIZE - 1);
}

/** Counts down by `dec`; on underflow asks the engine, with the frame at base current. */
function hotCount(L: LuaState, base: number, pt: Proto, pc: number, dec: number): boolean {
  const J = L.G.jit!, hc = J.hotcount, i = hotIndex(pt, pc);
  const c = hc[i] - dec;
  hc[i] = c; // A Uint16Array wraps on underflow, like LuaJIT's counters.
  if (c >= 0) return false;
  L.base = base;
  L.top = base + pt.framesize;
  L.pc = pc;
  return J.hot(L, pt, pc);
}

/** FORL, ITERL, ITERN, LOOP in the interpreter (true: dispatch again from L.pc). */
export function hotLoop(L: LuaState, base: number, pt: Proto, pc: number): boolean {
  return hotCount(L, base, pt, pc, HOTCOUNT_LOOP);
}

/** Function entry in the interpreter, before the frame is set up: FUNCF counts. */
export function hotCall(L: LuaState, base: number, pt: Proto): boolean {
  return bcOp(pt.bc[0]) === BC.FUNCF && hotCount(L, base, pt, 0, HOTCOUNT_CALL);
}

/** The hooked interpreter counts before hook events, for every instruction that counts. */
export function hotIns(L: LuaState, base: number, pt: Proto, pc: number, ins: number): boolean {
  return HOT_LOOP_OPS.includes(ins & 255) && hotCount(L, base, pt, pc, HOTCOUNT_LOOP);
}

/**
 * Compiled code counts down too; when the counter would run out it leaves the frame to
 * the interpreter at pc, which counts again and reports it with the slots on the stack.
 */
export function hotJsc(L: LuaState, pt: Proto, pc: number, dec: number): boolean {
  const hc = L.G.jit!.hotcount, i = hotIndex(pt, pc);
  if (hc[i] < dec) return true;
  hc[i] -= dec;
  return false;
}

/** A J* instruction: the engine runs its trace; the frame at L.base goes on at the pc. */
export function jitEnter(L: LuaState, base: number, pt: Proto, pc: number): number {
  L.base = base;
  L.top = base + pt.framesize;
  L.pc = pc;
  return L.G.jit!.enter(L, pt, pc);
}
