// Errors and debug hooks of the VM (vm.ts): unwinding a Lua error to the frame that
// catches it, the xpcall message handler, and the call/line/count/return hook events.
import { LuaFunction, type Proto } from "./func.ts";
import type { LuaValue } from "./value.ts";
import {
  CoStatus,
  FRAME_C,
  FRAME_CONT,
  FRAME_CP,
  FRAME_HOSTP,
  FRAME_LUA,
  FRAME_PCALL,
  FRAME_TYPEP,
  HOOK_COUNT,
  HOOK_LINE,
  HOOK_RECORD,
  HOOK_RET,
  type HookEvent,
  type LuaState,
} from "./state.ts";
import { ERRMSG, ErrMsg, errMsg, LocatableError, LuaError } from "./err.ts";
import { addLoc, debugLine } from "./debug.ts";
import { H_closeuv } from "./vm_meta.ts";
import { FF_coroutine_wrap_aux, FF_xpcall } from "./vm_ff.ts";
import { BC, bcA, BCBIAS_J, bcC, bcD } from "./bc.ts";
import { vmCall } from "./vm.ts";
import { isGrowthError } from "./lib/strbuild.ts";

/** LJTS_DEBUG=1 shows the JS stack of internal failures. */
let debugVM = false;
try {
  debugVM = Deno.env.get("LJTS_DEBUG") === "1";
} catch { /* No env access. */ }

// -- Errors ---------------------------------------------------------------------------

export const UNWIND_OUT = 0, UNWIND_PCALL = 1, UNWIND_CODEAD = 2;

/** How V8's RangeError for an exhausted JS stack ends (also inside other messages). */
const JS_STACK_MSG = "Maximum call stack size exceeded";

/**
 * The LuaError for whatever was thrown; other exceptions pass through. V8 running out of
 * JS stack can only happen in natives calling back into Lua (Lua calls do not recurse in
 * JS): LuaJIT reports a stack overflow there from the C frame, without a position. A
 * string or array too long for V8 is an allocation LuaJIT would have made or refused:
 * "not enough memory", without a position either (lj_err_mem).
 */
export function toLuaError(L: LuaState, e: unknown): LuaError {
  if (e instanceof LuaError) return e;
  if (e instanceof LocatableError) {
    const err = new LuaError(addLoc(L, e.msg, L.base, 0));
    err.overflow = e.msg === ERRMSG.STKOV;
    return err;
  }
  if (e instanceof RangeError) {
    // Little JS stack may be left here: plain string tests, no regular expressions.
    if (e.message.endsWith(JS_STACK_MSG)) {
      const err = new LuaError(errMsg(ErrMsg.STKOV));
      err.overflow = true;
      return err;
    }
    if (debugVM) console.error(e.stack);
    if (isGrowthError(e)) return new LuaError(errMsg(ErrMsg.ERRMEM));
  }
  throw e;
}

/**
 * Handles an error in thread L: calls the xpcall handler once, then unwinds to the pcall
 * frame that catches it (UNWIND_PCALL, ready for A_RET), or reports that the coroutine L
 * dies (UNWIND_CODEAD; its stack stays as it was for tracebacks) or that the error leaves
 * this run (UNWIND_OUT).
 */
export function unwind(L: LuaState, L0: LuaState, entryBase: number, err: LuaError): number {
  L.base = liveBase(L, L0, entryBase);
  if (!err.handled) {
    err.handled = true;
    callHandler(L, err);
  }
  const S = L.stack;
  for (let b = L.base; b > 2;) {
    const link = L.link[b - 1];
    const ft = link & FRAME_TYPEP;
    if ((ft === FRAME_C || ft === FRAME_HOSTP) && L === L0 && b === entryBase) return UNWIND_OUT;
    if (ft === FRAME_CP) {
      if (L.openupval !== null) H_closeuv(L, 0);
      return UNWIND_CODEAD;
    }
    const prev = b - (link >> 3);
    if (ft === FRAME_PCALL) {
      if (L.openupval !== null) H_closeuv(L, prev);
      S[prev - 2] = false;
      S[prev - 1] = err.value;
      L.base = prev;
      L.rbase = prev - 2;
      L.nres = 2;
      L.relimitStack();
      return UNWIND_PCALL;
    }
    b = prev;
  }
  return UNWIND_OUT;
}

/**
 * An error was thrown while thread L ran: unwinds to the nearest pcall frame of this run,
 * or into the resumer of a coroutine that dies (its stack stays as it was for
 * tracebacks), and returns the thread that goes on with A_RET; rethrows the error when
 * it leaves this run.
 */
export function recover(L: LuaState, L0: LuaState, entryBase: number, e: unknown): LuaState {
  const G = L0.G;
  let err = toLuaError(L, e);
  for (;;) {
    const caught = unwind(L, L0, entryBase, err);
    if (caught === UNWIND_OUT) throw err;
    if (caught === UNWIND_PCALL) return L;
    const co = L, R = co.resumer!;
    co.status = CoStatus.DEAD;
    co.resumer = null;
    L = R;
    G.cur = R;
    R.status = CoStatus.RUNNING;
    const S = R.stack, rb = R.base;
    if ((S[rb - 2] as LuaFunction).ffid !== FF_coroutine_wrap_aux) {
      S[rb - 2] = false;
      S[rb - 1] = err.value;
      R.rbase = rb - 2;
      R.nres = 2;
      return R;
    }
    // A wrap function raises the error again, in the code that called it.
    err = new LuaError(typeof err.value === "string" ? callerLoc(R, err.value) : err.value);
  }
}

/**
 * Where unwinding starts in thread L: below the frames of nested runs (entered by natives
 * through vmCall) that the error left without unwinding them, which happens when the JS
 * stack ran out even for their error handling. Their pcall frames are dead with them.
 */
function liveBase(L: LuaState, L0: LuaState, entryBase: number): number {
  let start = L.base;
  for (let b = L.base; b > 2;) {
    const link = L.link[b - 1];
    const ft = link & FRAME_TYPEP;
    if (ft === FRAME_C || ft === FRAME_HOSTP) {
      if (L === L0 && b === entryBase) break;
      start = b;
    } else if (ft === FRAME_CP) {
      break;
    }
    b -= link >> 3;
  }
  return start;
}

/** Calls the message handler of the xpcall that will catch the error, if any. */
function callHandler(L: LuaState, err: LuaError): void {
  const h = findErrFunc(L);
  if (h === undefined) return;
  if (L.inHandler) {
    // An error inside the handler: the handler is not called again (lj_err_run); a stack
    // overflow there keeps its own message.
    err.value = errMsg(err.overflow ? ErrMsg.STKOV : ErrMsg.ERRERR);
    return;
  }
  const S = L.stack;
  const top = frameTop(L);
  L.growStack(top + 4);
  S[top] = h;
  S[top + 2] = err.value;
  L.inHandler = true;
  try {
    vmCall(L, top, 1, 1);
    err.value = S[top];
  } catch (e) {
    if (!(e instanceof LuaError || e instanceof LocatableError)) throw e;
    err.value = e instanceof LuaError && e.handled ? e.value : errMsg(ErrMsg.ERRERR);
  } finally {
    L.inHandler = false;
  }
}

/**
 * The value an error raised now with `value` carries once the message handler that
 * would see it ran (for errors a native raises inside its own protected call).
 */
export function handledErrorValue(L: LuaState, value: LuaValue): LuaValue {
  const err = new LuaError(value);
  callHandler(L, err);
  return err.value;
}

/** The message handler of the nearest catching frame, if it is an xpcall (finderrfunc). */
function findErrFunc(L: LuaState): LuaValue {
  for (let b = L.base; b > 2;) {
    const link = L.link[b - 1];
    const ft = link & FRAME_TYPEP;
    if (ft === FRAME_CP) return undefined;
    const prev = b - (link >> 3);
    if (ft === FRAME_HOSTP) {
      // A negative slot inherits the handler of the frames below (lj_vm_cpcall).
      const slot = L.linkpc[b - 1];
      if (slot >= 0) return slot > 0 ? L.stack[slot] : undefined;
      b = prev;
      continue;
    }
    if (ft === FRAME_PCALL) {
      const pf = L.stack[prev - 2];
      return pf instanceof LuaFunction && pf.ffid === FF_xpcall ? L.stack[prev] : undefined;
    }
    b = prev;
  }
  return undefined;
}

/** First free slot above the running frame. */
function frameTop(L: LuaState): number {
  const f = L.stack[L.base - 2];
  if (f instanceof LuaFunction && f.proto !== null) {
    return Math.max(L.base + f.proto.framesize, L.top);
  }
  return L.top;
}

/** Prefixes a message with the position of the Lua code calling the native at L.base. */
export function callerLoc(L: LuaState, msg: string): string {
  const b = L.base;
  const link = L.link[b - 1];
  const ft = link & FRAME_TYPEP;
  if (ft === FRAME_LUA) return addLoc(L, msg, b - (link >> 3), b);
  if (ft === FRAME_CONT) return addLoc(L, msg, b - (link >> 3), b);
  return msg;
}

// -- Debug hooks ----------------------------------------------------------------------

/**
 * Calls the hook with the frame at `base` as the running one, its values ending at `top`.
 * The hook's own calls must not disturb the multiple results pending for the instruction
 * (L.nres and L.rbase), as lj_dispatch_ins keeps them.
 */
export function callHook(L: LuaState, base: number, top: number, event: HookEvent, line: number) {
  const G = L.G;
  if (G.hook === null) return;
  const nres = L.nres, rbase = L.rbase, active = G.hookActive;
  L.base = base;
  L.top = top;
  G.hookActive = true;
  try {
    G.hook(L, event, line);
  } finally {
    G.hookActive = active;
  }
  L.base = base;
  L.nres = nres;
  L.rbase = rbase;
}

/**
 * Top of the frame at `base` before instruction pc, for a hook: above the multiple
 * results that the instruction consumes, or that an instruction after an UCLO jump
 * consumes (cur_topslot).
 */
function hookTop(L: LuaState, base: number, pt: Proto, pc: number): number {
  let ins = pt.bc[pc];
  if ((ins & 0xff) === BC.UCLO) ins = pt.bc[pc + 1 + bcD(ins) - BCBIAS_J];
  const a = bcA(ins);
  let top: number;
  switch (ins & 0xff) {
    case BC.CALLM:
      top = base + a + 2 + bcC(ins) + L.nres;
      break;
    case BC.CALLMT:
      top = base + a + 2 + bcD(ins) + L.nres;
      break;
    case BC.RETM:
      top = base + a + bcD(ins) + L.nres;
      break;
    case BC.TSETM:
      top = base + a + L.nres;
      break;
    default:
      return base + pt.framesize;
  }
  return Math.max(top, base + pt.framesize);
}

/** Instructions whose LuaJIT interpreter code always saves the pc for the runtime. */
const SAVES_PC = new Set<number>([
  BC.FNEW,
  BC.TNEW,
  BC.TDUP,
  BC.CAT,
  BC.TSETM,
  BC.VARG,
  BC.KCDATA,
]);

/**
 * The previous pc for line hooks once a native called at instruction pc turned them on.
 * LuaJIT compares with the last pc its interpreter saved for the runtime (natives do not
 * save it): when an instruction earlier on the same line saved it, no line event follows;
 * when the line began without one, or a call in between may have run other code, the
 * line is reported.
 */
export function hookStartPc(pt: Proto, pc: number): number {
  const line = debugLine(pt, pc);
  for (let i = pc - 1; i > 0 && debugLine(pt, i) === line; i--) {
    const op = pt.bc[i] & 0xff;
    if (SAVES_PC.has(op)) return pc;
    if (op === BC.CALL || op === BC.CALLM) return -1;
  }
  return -1;
}

/** Call event of a Lua function at its entry. */
export function hookCall(L: LuaState, base: number): void {
  const pt = (L.stack[base - 2] as LuaFunction).proto!;
  L.pc = 0;
  callHook(L, base, base + pt.framesize, "call", -1);
}

/** Recording, count, line and return events before an instruction (lj_dispatch_ins). */
export function hookIns(L: LuaState, base: number, pt: Proto, pc: number, oldpc: number): void {
  const G = L.G, top = hookTop(L, base, pt, pc);
  L.pc = pc;
  if ((G.hookmask & HOOK_RECORD) !== 0 && G.jit !== null) {
    L.base = base;
    L.top = top;
    G.jit.record(L, pt, pc);
  }
  if (G.hookActive) {
    L.hookpc = pc;
    return;
  }
  if ((G.hookmask & HOOK_COUNT) !== 0 && --G.hookcountdown <= 0) {
    G.hookcountdown = G.hookcount;
    callHook(L, base, top, "count", -1);
  }
  if ((G.hookmask & HOOK_LINE) !== 0 && pt.lineinfo !== null) {
    const line = debugLine(pt, pc);
    if (pc <= oldpc || oldpc < 0 || line !== debugLine(pt, oldpc)) {
      callHook(L, base, top, "line", line);
    }
  }
  const op = pt.bc[pc] & 0xff;
  if (op === BC.RETM || op === BC.RET || op === BC.RET0 || op === BC.RET1) {
    if ((G.hookmask & HOOK_RET) !== 0) callHook(L, base, top, "return", -1);
    L.hookpc = -1; // The caller reports its line again.
  } else if (op === BC.CALLT || op === BC.CALLMT) {
    L.hookpc = -1; // Also after a tail-called native returns to it.
  } else {
    L.hookpc = pc;
  }
}
