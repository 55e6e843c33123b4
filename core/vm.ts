// The VM: a trampoline that runs frames of the Lua stack without JS recursion.
//
// Each prototype's code (generic interpreter or compiled, see vm_gen.ts) runs one frame
// until it calls a Lua function, returns, or needs a metamethod call; it then returns an
// action code and the trampoline sets up the next frame, or unwinds returns through the
// frame links (Lua callers, continuation frames of metamethods, pcall frames, vararg
// frames, coroutine ends, and C frames where JS entered the VM). Coroutines switch the
// running thread inside the same loop, so yields work across pcall and metamethods.
// Natives called from Lua run inline; those that need the trampoline (pcall, resume,
// yield, tostring's __tostring tail call) return an N_* code. Compiled code also calls
// Lua functions and metamethods directly, with the frames linked on the Lua stack as the
// trampoline would link them, up to MAX_JSDEPTH nested JS calls; whenever a callee needs
// the trampoline its action code travels up and the frames resume from there.
//
// Errors are JS exceptions (LuaError). The trampoline catches them, calls the message
// handler of the nearest xpcall while the stack is intact, and unwinds to the nearest
// pcall frame, or into the resumer of a dead coroutine, or out of vmCall to its JS caller.
import { LuaFunction, type Proto } from "./func.ts";
import { EPOCH, LuaTable } from "./table.ts";
import { KCdata } from "./func.ts";
import { intern, LuaCdata, type LuaValue, typeName } from "./value.ts";
import {
  CoStatus,
  FRAME_C,
  FRAME_CONT,
  FRAME_CP,
  FRAME_HOSTP,
  FRAME_LUA,
  FRAME_PCALL,
  FRAME_TYPEP,
  FRAME_VARG,
  HOOK_CALL,
  type LuaState,
  MAX_JSDEPTH,
  MIN_STACK,
  MM,
} from "./state.ts";
import { ErrMsg, errMsg, LuaError } from "./err.ts";
import { addLoc, slotName } from "./debug.ts";
import { luaPow, metaLookup } from "./meta.ts";
import {
  concatFrom,
  CONT_CAT,
  CONT_CONDF,
  CONT_CONDT,
  CONT_NOP,
  CONT_RA,
  H_append,
  H_arith,
  H_badop,
  H_closeuv,
  H_compare,
  H_concat,
  H_despecialize,
  H_eqfast,
  H_equal,
  H_fnew,
  H_forprep,
  H_get,
  H_getmt,
  H_icchain,
  H_icget,
  H_icmiss,
  H_icset,
  H_index,
  H_istype,
  H_istypeok,
  H_keyok,
  H_len,
  H_newindex,
  H_rawget,
  H_rawset,
  H_revive,
  H_set,
  H_tsetm,
  H_unm,
  H_varg,
  NEEDMM,
} from "./vm_meta.ts";
import {
  callerLoc,
  callHook,
  handledErrorValue,
  hookCall,
  hookIns,
  hookStartPc,
  recover,
} from "./vm_err.ts";
import { buildInterpreter, type CodeFn, instantiateProto, type Runtime } from "./vm_gen.ts";
import { generateJsc } from "./vm_jsc.ts";
import { hotCall, hotIns, hotJsc, hotLoop, jitEnter } from "./vm_hot.ts";
import { fmtNum } from "./strfmt_num.ts";
import { FF_ASM, FF_coroutine_wrap_aux, FF_ipairs_aux, FF_next, ffSavesPc } from "./vm_ff.ts";
import { bcA, bcB, BCBIAS_J, bcD } from "./bc.ts";

// Action codes returned by code functions to the trampoline.
export const A_CALL = 1; // Call the frame set up at L.base (function at L.base-2).
export const A_RET = 2; // The frame at L.base returns L.nres values from L.rbase.
export const A_NATIVE = 3; // A native at L.base returned the special code in L.nres.
export const A_REENTER = 4; // Run the frame at L.base from L.pc with fresh code.
export const A_INTERP = 5; // Compiled code left the frame at L.base to the interpreter at L.pc.

// Special results of natives that need the trampoline.
/** A new frame was set up at L.base (pcall/xpcall): run it. */
export const N_CALL = -1;
/** The native replaced its own function slot with a callable: call it in its place. */
export const N_TAILCALL = -2;
/** coroutine.yield: the values at base..L.top-1 go to the resumer. */
export const N_YIELD = -3;
/** coroutine.resume / a wrap function: switch to the coroutine. */
export const N_RESUME = -4;

/** Calls and loop iterations in the generic interpreter before a prototype is compiled. */
const TIERUP_COUNT = Number(Deno.env.get("LJTS_TIERUP") ?? 40);
/** Prototypes longer than this stay in the generic interpreter. */
const MAX_COMPILE_BC = 8000;
/** Generated code longer than this is not compiled (V8 would take long to parse it). */
const MAX_COMPILE_CHARS = 4_000_000;

/** Per-prototype VM state, in Proto.vm. */
export class ProtoVM {
  /** Compiled code, or the interpreter. */
  code: CodeFn;
  /** Countdown to compilation. */
  hot = TIERUP_COUNT;
  /** GC constants as runtime values (KCDATA constants become cdata objects). */
  kg: LuaValue[];
  /** Compilation was attempted (code may still be the interpreter). */
  compiled = false;
  /** Instructions where compiled code may be entered (1), besides 0. */
  entries: Uint8Array;
  /** Interpreter feedback per call instruction: 1 native inline, 2 via the trampoline. */
  fb: Uint8Array;
  /** Emulated address of the bytecode, for hashing hot counters. */
  hotbase: number;
  constructor(pt: Proto) {
    this.hotbase = hotAddr;
    hotAddr = (hotAddr + pt.bc.length) & 0x3fffffff;
    this.code = interp;
    this.kg = pt.kgc.map((k) =>
      k instanceof KCdata
        ? new LuaCdata(k.kind, k.int, k.re, k.im)
        : typeof k === "string"
        ? intern(k)
        : k as unknown as LuaValue
    );
    this.entries = new Uint8Array(pt.bc.length + 1);
    this.fb = new Uint8Array(pt.bc.length);
  }
}

/** Next emulated bytecode address: prototypes lie one after the other as they start. */
let hotAddr = 0;

function protoVM(pt: Proto): ProtoVM {
  let pv = pt.vm as ProtoVM | undefined;
  if (pv === undefined) pt.vm = pv = new ProtoVM(pt);
  return pv;
}

/**
 * Called by the interpreter when a prototype's counter ran out, at function entry
 * (pc 0) or a loop edge: compiles it once, then tells whether the frame can continue in
 * compiled code at pc.
 */
function tierup(_L: LuaState, pt: Proto, pc: number): boolean {
  const pv = pt.vm as ProtoVM;
  if (!pv.compiled) {
    pv.compiled = true;
    if (pt.bc.length <= MAX_COMPILE_BC && !forceInterp) {
      const c = generateJsc(pt, pv.fb);
      if (c !== null && c.body.length <= MAX_COMPILE_CHARS) {
        try {
          pv.code = instantiateProto(RUNTIME, pt, c.body, c.prelude, pv.kg);
          pv.entries[0] = 1;
          for (const e of c.entries) pv.entries[e] = 1;
        } catch (e) {
          // Code V8 cannot take (too deeply nested for its parser): stay interpreted.
          if (!(e instanceof RangeError)) throw e;
        }
      }
    }
  }
  if (pv.code === interp) {
    pv.hot = 0x3fffffff;
    return false;
  }
  return pv.entries[pc] === 1;
}

/**
 * A JIT patched the bytecode of pt (J* instructions, or back): its frames run in the
 * interpreter from their next dispatch on (compiled code of pt is dropped for good).
 */
export function vmPatched(pt: Proto): void {
  const pv = protoVM(pt);
  pv.code = interp;
  pv.entries.fill(0);
  pv.compiled = true;
  pv.hot = 0x3fffffff;
}

/** Patching bytecode makes compiled code stale: back to the interpreter for good. */
function despecialize(L: LuaState, pt: Proto, pc: number, target: number): void {
  H_despecialize(pt, pc, target);
  const pv = protoVM(pt);
  pv.code = interp;
  pv.entries.fill(0);
  pv.compiled = false;
  pv.hot = TIERUP_COUNT;
  L.pc = target;
}

/** LJTS_INTERP=1 keeps everything in the generic interpreter (for cross-checking). */
let forceInterp = false;
try {
  forceInterp = Deno.env.get("LJTS_INTERP") === "1";
} catch { /* No env access. */ }

/** Everything generated code refers to by name. */
const RUNTIME: Runtime = {
  LuaTable,
  LuaFunction,
  FRAME_LUA,
  FRAME_VARG,
  FRAME_TYPEP,
  MIN_STACK,
  FF_next,
  FF_ipairs_aux,
  A_CALL,
  A_RET,
  A_NATIVE,
  A_REENTER,
  A_INTERP,
  NEEDMM,
  NEXTKV: [undefined, undefined] as LuaValue[],
  H_get,
  H_getmt,
  H_icget,
  H_icmiss,
  H_icchain,
  H_revive,
  H_icset,
  H_append,
  EPOCH,
  H_set,
  H_eqfast,
  H_keyok,
  H_istypeok,
  H_numstr: fmtNum,
  H_compare,
  H_equal,
  H_arith,
  H_unm,
  H_len,
  H_concat,
  H_index,
  H_newindex,
  H_rawget,
  H_rawset,
  H_tsetm,
  H_varg,
  H_istype,
  H_closeuv,
  H_fnew,
  H_forprep,
  H_callmeta: callMeta,
  H_despecialize: (L: LuaState, pt: Proto, pc: number, target: number) =>
    despecialize(L, pt, pc, target),
  H_pow: luaPow,
  H_badop,
  H_tierup: tierup,
  MAX_JSDEPTH,
  H_code0: (L: LuaState, pt: Proto) => codeOf(L, pt, 0),
  H_hookcall: hookCall,
  H_hookins: hookIns,
  H_runmm: runMM,
  H_mmtaken: (pc: number) => mmPc !== pc + 2,
  H_hotloop: hotLoop,
  H_hotcall: hotCall,
  H_hotins: hotIns,
  H_hotjsc: hotJsc,
  H_jitenter: jitEnter,
  H_nstack: nativeStack,
  H_hookstart: hookStartPc,
};

const interp: CodeFn = buildInterpreter(RUNTIME, false);
const interpHooked: CodeFn = buildInterpreter(RUNTIME, true);

/** The code to run a frame of a prototype with, from instruction pc. */
function codeOf(L: LuaState, pt: Proto, pc: number): CodeFn {
  let pv = pt.vm as ProtoVM | undefined;
  if (pv === undefined) pv = protoVM(pt);
  if (L.G.hookmask !== 0) return interpHooked;
  return pv.entries[pc] === 1 ? pv.code : interp;
}

// -- Calls ----------------------------------------------------------------------------

/**
 * Resolves a call of a non-function at frame `base` through __call (lj_meta_call), or
 * raises "attempt to call ...".
 */
function metaCall(L: LuaState, base: number): void {
  const S = L.stack;
  const f = S[base - 2];
  const mo = metaLookup(L.G, f, MM.call);
  if (!(mo instanceof LuaFunction)) callError(L, base, f);
  for (let i = L.top; i > base; i--) S[i] = S[i - 1];
  S[base] = f;
  S[base - 2] = mo;
  L.top++;
}

/**
 * Resolves __call for a tail call before the frame is replaced, so that errors name the
 * callee as the instruction sees it: the object becomes the first of `nargs` arguments
 * at ra+2; returns the new argument count.
 */
function callMeta(L: LuaState, base: number, ra: number, nargs: number, pc: number): number {
  const S = L.stack;
  const f = S[ra];
  const mo = metaLookup(L.G, f, MM.call);
  if (!(mo instanceof LuaFunction)) {
    L.base = base;
    L.pc = pc;
    const name = slotName((S[base - 2] as LuaFunction).proto!, pc, ra - base);
    const tname = typeName(f);
    const msg = name
      ? errMsg(ErrMsg.BADOPRT, "call", name[0], name[1], tname)
      : errMsg(ErrMsg.BADOPRV, "call", tname);
    throw new LuaError(addLoc(L, msg, base, 0));
  }
  for (let i = ra + 2 + nargs; i > ra + 2; i--) S[i] = S[i - 1];
  S[ra + 2] = f;
  S[ra] = mo;
  return nargs + 1;
}

/** "attempt to call ..." for the frame at base, named from the caller's instruction. */
function callError(L: LuaState, base: number, f: LuaValue): never {
  const link = L.link[base - 1];
  const tname = typeName(f);
  if ((link & FRAME_TYPEP) === FRAME_LUA) {
    const cb = base - (link >> 3), pc = L.linkpc[base - 1] - 1;
    const cf = L.stack[cb - 2] as LuaFunction;
    L.base = cb;
    L.pc = pc;
    const name = slotName(cf.proto!, pc, base - 2 - cb);
    const msg = name
      ? errMsg(ErrMsg.BADOPRT, "call", name[0], name[1], tname)
      : errMsg(ErrMsg.BADOPRV, "call", tname);
    throw new LuaError(addLoc(L, msg, cb, 0));
  }
  // Called from a native: a dummy frame holding the thread marks the failed call.
  L.stack[base - 2] = L;
  L.base = base;
  throw new LuaError(errMsg(ErrMsg.BADCALL, tname));
}

// -- The trampoline -------------------------------------------------------------------

/** Runs until the frame at entryBase (a FRAME_C frame of thread L0) returns. */
function execute(L0: LuaState, entryBase: number): void {
  // Natives calling back into Lua nest this function in JS: its frame stays small (rare
  // paths live in helpers), as the JS stack bounds how deep such callbacks can go.
  const depth0 = L0.G.jsdepth;
  let L = L0;
  let act = A_CALL;
  L.base = entryBase;
  for (;;) {
    try {
      for (;;) {
        if (act === A_CALL) {
          const base = L.base;
          const f = L.stack[base - 2];
          if (f instanceof LuaFunction) {
            const pt = f.proto;
            if (pt !== null) act = codeOf(L, pt, 0)(L, L.stack, base, 0);
            else act = callNative(L, f, base);
          } else {
            metaCall(L, base);
          }
        } else if (act === A_RET) {
          act = returnFrom(L, L0, entryBase);
          if (act === 0) return;
          if (act === A_SWITCH) {
            L = switchL;
            act = A_RET;
          }
        } else if (act === A_NATIVE) {
          const code = L.nres;
          if (code === N_CALL || code === N_TAILCALL) {
            act = A_CALL;
          } else {
            L = nativeSwitch(L, code);
            act = code === N_RESUME ? resumeAct : A_RET;
          }
        } else if (act === A_INTERP) {
          act = (L.G.hookmask !== 0 ? interpHooked : interp)(L, L.stack, L.base, L.pc);
        } else if (act === A_REENTER) {
          const base = L.base;
          act = codeOf(L, (L.stack[base - 2] as LuaFunction).proto!, L.pc)(L, L.stack, base, L.pc);
        } else {
          throw new Error(`VM: bad action ${act}`);
        }
      }
    } catch (e) {
      L0.G.jsdepth = depth0; // Direct calls abandoned by the error.
      L = recover(L, L0, entryBase, e);
      act = A_RET;
    }
  }
}

/** Action of returnFrom: the running thread changed to switchL (a coroutine ended). */
const A_SWITCH = 6;
let switchL: LuaState;

/**
 * Makes room for a native called with its arguments up to `top`: MIN_STACK slots, except
 * for LuaJIT's assembler fast functions, which check nothing (pcall and xpcall leave it
 * to the entry of the function they call).
 */
function nativeStack(L: LuaState, f: LuaFunction, top: number): void {
  L.growStack(FF_ASM[f.ffid] === 1 ? top : top + MIN_STACK);
}

/** Runs a native function called at frame `base`: A_RET with its results or A_NATIVE. */
function callNative(L: LuaState, f: LuaFunction, base: number): number {
  const nargs = L.top - base;
  if (base + nargs + MIN_STACK > L.size) nativeStack(L, f, base + nargs);
  if ((L.G.hookmask & HOOK_CALL) !== 0) {
    callHook(L, base, L.top, "call", -1);
    // vm_callhook invalidates the saved pc: the caller's next instruction reports its
    // line, unless the builtin saves the pc again.
    if (!ffSavesPc(f.ffid, L.stack[base])) L.hookpc = -1;
  }
  const n = f.native!(L, base, nargs);
  L.nres = n;
  if (n < 0) return A_NATIVE;
  L.base = base;
  L.rbase = base;
  return A_RET;
}

/**
 * Unwinds the return of L.nres values at L.rbase from the frame at L.base through the
 * frame links: the action code of the frame that goes on, 0 when the entry frame of this
 * run returned, or A_SWITCH when a coroutine finished (switchL is its resumer).
 */
function returnFrom(L: LuaState, L0: LuaState, entryBase: number): number {
  const S = L.stack;
  let b = L.base, r = L.rbase, n = L.nres;
  for (;;) {
    const link = L.link[b - 1];
    const ft = link & FRAME_TYPEP;
    if (ft === FRAME_LUA) {
      const cb = b - (link >> 3), pc = L.linkpc[b - 1];
      const pt = (S[cb - 2] as LuaFunction).proto!;
      const w = (pt.bc[pc - 1] >>> 24) - 1;
      const dst = b - 2;
      if (w < 0) {
        for (let i = 0; i < n; i++) S[dst + i] = S[r + i];
        L.nres = n;
      } else {
        for (let i = 0; i < w; i++) S[dst + i] = i < n ? S[r + i] : undefined;
      }
      L.base = cb;
      return codeOf(L, pt, pc)(L, S, cb, pc);
    }
    if (ft === FRAME_VARG) {
      b -= link >> 3;
      continue;
    }
    if (ft === FRAME_PCALL) {
      const pb = b - (link >> 3);
      S[pb - 2] = true;
      for (let i = 0; i < n; i++) S[pb - 1 + i] = S[r + i];
      b = pb;
      r = pb - 2;
      n++;
      continue;
    }
    if (ft === FRAME_CONT) return continuation(L, b, r, n);
    if (ft === FRAME_C || ft === FRAME_HOSTP) {
      const dst = b - 2;
      for (let i = 0; i < n; i++) S[dst + i] = S[r + i];
      L.nres = n;
      if (L === L0 && b === entryBase) return 0;
      throw new Error("VM: unbalanced C frame");
    }
    // FRAME_CP: a coroutine finished.
    const R = L.resumer!;
    L.status = CoStatus.DEAD;
    switchL = transfer(L, R, r, n, true);
    return A_SWITCH;
  }
}

/** A native's yield (N_YIELD) or resume (N_RESUME): returns the thread that runs next. */
function nativeSwitch(L: LuaState, code: number): LuaState {
  const base = L.base;
  if (code === N_YIELD) {
    L.status = CoStatus.SUSPENDED;
    return transfer(L, L.resumer!, base, L.top - base, true);
  }
  if (code === N_RESUME) return resume(L, base);
  throw new Error(`VM: bad native result ${code}`);
}

/**
 * Moves n values from `from`'s stack at r to the resumer R as the results of its resume
 * call (prefixed by true unless R resumed through a wrap function); returns R, now
 * running. `ok` false means the values are (false, error).
 */
function transfer(from: LuaState, R: LuaState, r: number, n: number, ok: boolean): LuaState {
  const G = R.G;
  from.resumer = null;
  const rb = R.base;
  const wrapped = (R.stack[rb - 2] as LuaFunction).ffid === FF_coroutine_wrap_aux;
  const dst = wrapped ? rb - 2 : rb - 1;
  if (dst + n > R.size) R.growStack(dst + n);
  const RS = R.stack, FS = from.stack;
  if (!wrapped) RS[rb - 2] = ok;
  for (let i = 0; i < n; i++) RS[dst + i] = FS[r + i];
  G.cur = R;
  R.status = CoStatus.RUNNING;
  R.rbase = rb - 2;
  R.nres = wrapped ? n : n + 1;
  return R;
}

/** The action that continues a coroutine after resume(): A_CALL or A_RET. */
let resumeAct = A_CALL;

/**
 * Starts or continues the coroutine that the native at frame `base` of L resumes.
 * Returns the coroutine, now running; resumeAct says how it continues.
 */
function resume(L: LuaState, base: number): LuaState {
  const S = L.stack;
  const f = S[base - 2] as LuaFunction;
  const wrapped = f.ffid === FF_coroutine_wrap_aux;
  const co = (wrapped ? f.cvals![0] : S[base]) as LuaState;
  const a0 = wrapped ? base : base + 1;
  const nargs = L.top - a0;
  co.resumer = L;
  L.status = CoStatus.NORMAL;
  co.status = CoStatus.RUNNING;
  L.G.cur = co;
  if (co.cobase === 0) {
    // First resume: call the body function (slot 2) with the arguments.
    co.growStack(4 + nargs + MIN_STACK);
    for (let i = 0; i < nargs; i++) co.stack[4 + i] = S[a0 + i];
    co.link[3] = (2 << 3) | FRAME_CP;
    co.base = 4;
    co.top = 4 + nargs;
    co.cobase = 4;
    resumeAct = A_CALL;
    return co;
  }
  // Continue after a yield: the arguments become the yield's results.
  const yb = co.base;
  co.hookpc = -1;
  co.growStack(yb + nargs + MIN_STACK);
  for (let i = 0; i < nargs; i++) co.stack[yb + i] = S[a0 + i];
  co.base = yb;
  co.rbase = yb;
  co.nres = nargs;
  resumeAct = A_RET;
  return co;
}

/**
 * Applies the continuation of the metamethod frame at b to its results r..r+n-1 and
 * makes the frame below current (L.base); returns the pc it goes on at, or -1 when a
 * concatenation pushed the next metamethod frame.
 */
function applyCont(L: LuaState, b: number, r: number, n: number): number {
  const S = L.stack;
  const link = L.link[b - 1];
  const cb = b - (link >> 3);
  let pc = L.linkpc[b - 1];
  const top = b - 4;
  const kind = S[top] as number;
  const res = n > 0 ? S[r] : undefined;
  const pt = (S[cb - 2] as LuaFunction).proto!;
  const ins = pt.bc[pc - 1];
  L.base = cb;
  switch (kind) {
    case CONT_RA:
      S[cb + bcA(ins)] = res;
      break;
    case CONT_NOP:
      break;
    case CONT_CONDT:
    case CONT_CONDF: {
      const t = res !== undefined && res !== false;
      if (t === (kind === CONT_CONDT)) pc = pc + 1 + bcD(pt.bc[pc]) - BCBIAS_J;
      else pc++;
      break;
    }
    case CONT_CAT: {
      const p = cb + (S[top + 1] as number);
      S[p] = res;
      if (concatFrom(L, cb, bcA(ins), cb + bcB(ins), p, pc - 1) !== 0) return -1;
      L.base = cb;
      break;
    }
    default:
      throw new Error(`VM: bad continuation ${kind}`);
  }
  return pc;
}

/** A metamethod frame returned to its continuation frame at b: resume the frame below. */
function continuation(L: LuaState, b: number, r: number, n: number): number {
  const pc = applyCont(L, b, r, n);
  if (pc < 0) return A_CALL;
  const cb = L.base;
  return codeOf(L, (L.stack[cb - 2] as LuaFunction).proto!, pc)(L, L.stack, cb, pc);
}

/** Where the last metamethod frame run by runMM continued: the instruction's pc + 1, or a jump. */
let mmPc = 0;

/**
 * Compiled code runs the metamethod frame a slow path just pushed (at L.base) straight
 * away, as a direct call: 0 when it returned and its continuation was applied (with the
 * frame below current again, see mmPc for tests), else the action code that leaves the
 * frame to the trampoline (which applies the continuation later).
 */
function runMM(L: LuaState): number {
  const S = L.stack, G = L.G;
  for (;;) {
    const nb = L.base, f = S[nb - 2];
    if (!(f instanceof LuaFunction) || G.hookmask !== 0 || G.jsdepth >= MAX_JSDEPTH) {
      return A_CALL;
    }
    if (f.native !== null) {
      if (f.syncs) return A_CALL;
      const nargs = L.top - nb;
      if (nb + nargs + MIN_STACK > L.size) nativeStack(L, f, nb + nargs);
      const n = f.native(L, nb, nargs);
      if (n < 0) {
        L.nres = n;
        return A_NATIVE;
      }
      L.base = nb;
      L.rbase = nb;
      L.nres = n;
    } else {
      G.jsdepth++;
      const pv = f.proto!.vm as ProtoVM | undefined;
      const act = (pv !== undefined ? pv.code : codeOf(L, f.proto!, 0))(L, S, nb, 0);
      G.jsdepth--;
      if (act !== A_RET) return act;
    }
    let b = L.base;
    while ((L.link[b - 1] & FRAME_TYPEP) === FRAME_VARG) b -= L.link[b - 1] >> 3;
    const pc = applyCont(L, b, L.rbase, L.nres);
    if (pc >= 0) {
      mmPc = pc;
      return 0;
    }
  }
}

export { callerLoc, handledErrorValue };

// -- Entering the VM from JS ----------------------------------------------------------

/**
 * Calls the value in slot `fslot` of L with the `nargs` values at fslot+2...; this is a
 * nested VM entry (a C-call boundary for yields). The results are left at fslot...;
 * returns their number, adjusted to `nres` unless that is -1 (all results).
 */
export function vmCall(L: LuaState, fslot: number, nargs: number, nres: number): number {
  const G = L.G;
  const nb = fslot + 2;
  const saveBase = L.base, saveTop = L.top, savePc = L.pc, saveExec = G.execL;
  const saveCur = G.cur, saveHookpc = L.hookpc;
  if (nb + nargs + MIN_STACK > L.size) L.growStack(nb + nargs + MIN_STACK);
  L.link[nb - 1] = ((nb - saveBase) << 3) | FRAME_C;
  L.linkpc[nb - 1] = savePc + 1;
  L.top = nb + nargs;
  G.execL = L;
  try {
    execute(L, nb);
  } finally {
    G.execL = saveExec;
    // The running thread again, even when an error abandoned coroutines resumed inside.
    G.cur = saveCur;
  }
  let n = L.nres;
  if (nres >= 0) {
    const S = L.stack;
    for (let i = n; i < nres; i++) S[fslot + i] = undefined;
    n = nres;
  }
  L.base = saveBase;
  L.top = saveTop;
  L.pc = savePc;
  // Line hooks compare with the caller's instruction again, not with the callee's last
  // (each C call level has its own saved pc in LuaJIT).
  L.hookpc = saveHookpc;
  return n;
}

/** Outcome of vmPCall. */
export interface PCallResult {
  ok: boolean;
  /** Number of results (at fslot...) when ok. */
  n: number;
  /** The error value when not ok. */
  err: LuaValue;
}

/**
 * vmCall in protected mode (lua_pcall): errors are caught and returned. `errSlot` > 0 is
 * the slot of a message handler, called with the stack of the error intact; -1 keeps the
 * handler of the frames below (lj_vm_cpcall, as lua_load runs a reader function).
 */
export function vmPCall(
  L: LuaState,
  fslot: number,
  nargs: number,
  nres: number,
  errSlot: number,
): PCallResult {
  const G = L.G;
  const nb = fslot + 2;
  const saveBase = L.base, saveTop = L.top, savePc = L.pc, saveExec = G.execL;
  const saveCur = G.cur;
  if (nb + nargs + MIN_STACK > L.size) L.growStack(nb + nargs + MIN_STACK);
  L.link[nb - 1] = ((nb - saveBase) << 3) | FRAME_HOSTP;
  L.linkpc[nb - 1] = errSlot;
  L.top = nb + nargs;
  G.execL = L;
  let err: LuaValue = undefined, ok = true;
  try {
    execute(L, nb);
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    ok = false;
    err = e.value;
    if (L.openupval !== null) H_closeuv(L, nb);
    L.relimitStack();
  } finally {
    G.execL = saveExec;
    G.cur = saveCur;
  }
  let n = ok ? L.nres : 0;
  if (ok && nres >= 0) {
    const S = L.stack;
    for (let i = n; i < nres; i++) S[fslot + i] = undefined;
    n = nres;
  }
  L.base = saveBase;
  L.top = saveTop;
  L.pc = savePc;
  return { ok, n, err };
}

/** True if the running thread may yield here (coroutine.isyieldable). */
export function canYield(L: LuaState): boolean {
  return L.resumer !== null && L.G.execL !== L;
}

/** Compiles a prototype right away, whatever its counters say (for tests). */
export function compileNow(pt: Proto): boolean {
  const pv = protoVM(pt);
  pv.compiled = false;
  tierup(pt as unknown as LuaState, pt, 0);
  return pv.code !== interp;
}
