// The coroutine library (lib_base.c). Switching threads is the trampoline's job (vm.ts):
// resume and yield only validate and return N_RESUME / N_YIELD.
import { LuaFunction, type NativeFn } from "../func.ts";
import { CoStatus, LuaState } from "../state.ts";
import { ErrMsg, errMsg } from "../err.ts";
import {
  argError,
  callerErr,
  canYield,
  N_RESUME,
  N_YIELD,
  newNative,
  registerLib,
  typeError,
} from "../lib.ts";

/** The thread argument #1 ("coroutine expected"). */
function checkThread(L: LuaState, base: number, nargs: number): LuaState {
  const co = nargs >= 1 ? L.stack[base] : undefined;
  if (!(co instanceof LuaState)) return argError(L, 1, errMsg(ErrMsg.NOCORO));
  return co;
}

/** Why a thread cannot be resumed now, or null (ffh_resume). */
function resumeProblem(co: LuaState): "CORUN" | "CODEAD" | null {
  if (co.status === CoStatus.RUNNING || co.status === CoStatus.NORMAL) return ErrMsg.CORUN;
  if (co.status === CoStatus.DEAD) return ErrMsg.CODEAD;
  return null;
}

/** A new coroutine running the function in argument #1. */
function newThread(L: LuaState, base: number, nargs: number): LuaState {
  const f = nargs >= 1 ? L.stack[base] : undefined;
  if (!(f instanceof LuaFunction)) typeError(L, base, nargs, 1, "function");
  const co = new LuaState(L.G, L.env);
  co.stack[2] = f;
  co.top = 3;
  return co;
}

const status: NativeFn = (L, base, nargs) => {
  const co = checkThread(L, base, nargs);
  L.stack[base] = co === L.G.cur ? "running" : ["suspended", "running", "normal", "dead"][
    co.status
  ];
  return 1;
};

const running: NativeFn = (L, base) => {
  L.stack[base] = L === L.G.mainThread ? undefined : L;
  return 1;
};

const isyieldable: NativeFn = (L, base) => {
  L.stack[base] = canYield(L);
  return 1;
};

const create: NativeFn = (L, base, nargs) => {
  L.stack[base] = newThread(L, base, nargs);
  return 1;
};

const yieldFn: NativeFn = (L, base, nargs) => {
  if (!canYield(L)) callerErr(L, ErrMsg.CYIELD);
  L.top = base + nargs;
  return N_YIELD;
};

const resume: NativeFn = (L, base, nargs) => {
  const co = checkThread(L, base, nargs);
  const why = resumeProblem(co);
  if (why !== null) {
    L.stack[base] = false;
    L.stack[base + 1] = errMsg(why);
    return 2;
  }
  L.top = base + nargs;
  return N_RESUME;
};

/** The function coroutine.wrap returns: resumes its coroutine, errors propagate. */
const wrapAux: NativeFn = (L, base, nargs) => {
  const self = L.stack[base - 2] as LuaFunction;
  const why = resumeProblem(self.cvals![0] as LuaState);
  if (why !== null) callerErr(L, why);
  L.top = base + nargs;
  return N_RESUME;
};

const wrap: NativeFn = (L, base, nargs) => {
  const co = newThread(L, base, nargs);
  const f = newNative(L.G, "coroutine.wrap_aux", wrapAux);
  f.cvals = [co];
  L.stack[base] = f;
  return 1;
};

export function open(L: LuaState): void {
  registerLib(L, "coroutine", {
    status,
    running,
    isyieldable,
    create,
    yield: yieldFn,
    resume,
    wrap,
  });
}
