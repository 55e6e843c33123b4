// The native-function API: how library functions are written, registered, check their
// arguments and call back into Lua.
//
// Writing a library function
// --------------------------
//   const len: NativeFn = (L, base, nargs) => {
//     const s = checkStr(L, base, nargs, 1);      // argument #1, coerced like LuaJIT
//     L.stack[base] = s.length;                  // results go to base, base+1, ...
//     return 1;                                   // number of results
//   };
//   registerLib(L, "string", { len });            // string.len, builtin number from vm_ff.ts
//
// - Arguments are L.stack[base .. base+nargs-1]; slots at base+nargs and above hold
//   garbage, so read arguments only through `arg`/`check*`/`opt*` or test `narg <= nargs`.
// - Results are written from `base` on (over the arguments) and their number returned.
//   MIN_STACK (20) slots above the arguments are always available; for more results call
//   `L.growStack(base + n)` first (it raises "stack overflow" past the limit).
// - Nothing is allocated per call by the VM: no argument arrays, no result arrays.
// - Errors: `argError`, `typeError` (LuaJIT's "bad argument #1 to 'insert' (table
//   expected, got nil)", the function named from the call site as LuaJIT does it),
//   `callerError` (message with the caller's position, like luaL_error), `throw new
//   LuaError(value)` for a raw error value (lua_error).
// - Calling Lua (sort comparators, gsub callbacks, __tostring, ...): put the function in a
//   free slot f >= L.top and its arguments at f+2, f+3, ... and call `vmCall(L, f, nargs,
//   nres)`; results come back at f, f+1, ... This is a nested VM entry and, exactly as in
//   LuaJIT, a C-call boundary: coroutines cannot yield across it. `call1`/`call2` do this
//   for one or two arguments and one result. Raise L.top over any slot you still need
//   (e.g. results written above the arguments) before calling back.
// - A function that must cooperate with the trampoline (pcall, coroutine.resume/yield,
//   tostring's __tostring tail call) returns one of the N_* codes of vm.ts instead.
import { LuaFunction, type NativeFn } from "./func.ts";
import { LuaTable } from "./table.ts";
import { type LuaValue, typeName } from "./value.ts";
import type { GlobalState, LuaState } from "./state.ts";
import { ErrMsg, errMsg, type ErrName, LuaError } from "./err.ts";
import { funcName } from "./debug.ts";
import { callerLoc, vmCall } from "./vm.ts";
import { BUILTIN_IDS } from "./vm_ff.ts";
import { fmtNum } from "./strfmt_num.ts";
import { strToNumber } from "./meta.ts";

export type { NativeFn };
export { BUILTIN_IDS };
export { canYield, N_CALL, N_RESUME, N_TAILCALL, N_YIELD, vmCall } from "./vm.ts";

// -- Creating and registering functions -----------------------------------------------

/** Natives that read or write their caller's slots (see LuaFunction.syncs). */
const SYNC_NATIVES = new Set(["collectgarbage", "debug.getlocal", "debug.setlocal"]);

/** A native function; `key` ("print", "string.rep", ...) gives its builtin number. */
export function newNative(G: GlobalState, key: string, fn: NativeFn): LuaFunction {
  const f = new LuaFunction(null, fn, G.globals, key);
  f.ffid = BUILTIN_IDS[key] ?? 0;
  f.syncs = SYNC_NATIVES.has(key);
  return f;
}

/** The registry's _LOADED table (package.loaded), created on first use. */
export function loadedTable(G: GlobalState): LuaTable {
  const t = G.registry.getStr("_LOADED");
  if (t instanceof LuaTable) return t;
  const nt = new LuaTable();
  G.registry.setStr("_LOADED", nt);
  return nt;
}

/**
 * Registers library functions (LJ_LIB_REG): into _G for "_G", else into the table
 * package.loaded[name] (created and stored as global `name` when absent). Builtin numbers
 * come from "name" keys for the base library and "lib.name" keys for the others.
 */
export function registerLib(
  L: LuaState,
  name: string,
  funcs: Record<string, NativeFn>,
): LuaTable {
  const G = L.G;
  const loaded = loadedTable(G);
  let t: LuaTable;
  if (name === "_G") {
    t = G.globals;
  } else {
    const cur = loaded.getStr(name);
    if (cur instanceof LuaTable) t = cur;
    else {
      t = new LuaTable();
      G.globals.setStr(name, t);
    }
  }
  loaded.setStr(name, t);
  setFuncs(L, t, name === "_G" ? "" : name, funcs);
  return t;
}

/** Stores natives into a table; `prefix` ("io_method", ...) selects builtin numbers. */
export function setFuncs(
  L: LuaState,
  t: LuaTable,
  prefix: string,
  funcs: Record<string, NativeFn>,
): void {
  for (const k of Object.keys(funcs)) {
    t.setStr(k, newNative(L.G, prefix ? `${prefix}.${k}` : k, funcs[k]));
  }
}

// -- Arguments ------------------------------------------------------------------------

/** Argument `narg` (1-based), or undefined when absent. */
export function arg(L: LuaState, base: number, nargs: number, narg: number): LuaValue {
  return narg <= nargs ? L.stack[base + narg - 1] : undefined;
}

/** Any value, but present ("value expected"). */
export function checkAny(L: LuaState, base: number, nargs: number, narg: number): LuaValue {
  if (narg > nargs) argError(L, narg, errMsg(ErrMsg.NOVAL));
  return L.stack[base + narg - 1];
}

/** A number, or a string convertible to one. */
export function checkNumber(L: LuaState, base: number, nargs: number, narg: number): number {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  if (typeof v === "number") return v;
  if (typeof v === "string") {
    const n = strToNumber(v);
    if (n !== undefined) return n;
  }
  return typeError(L, base, nargs, narg, "number");
}

/** An optional number: `def` for nil or absent. */
export function optNumber(
  L: LuaState,
  base: number,
  nargs: number,
  narg: number,
  def: number,
): number {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  return v === undefined ? def : checkNumber(L, base, nargs, narg);
}

/** Double to int32 as C's cast on x64 does (lj_num2int): out of range gives INT_MIN. */
export function num2int(n: number): number {
  const i = Math.trunc(n);
  return i >= -2147483648 && i <= 2147483647 ? i : -2147483648;
}

/** An integer argument (lj_lib_checkint): a number truncated to int32. */
export function checkInt(L: LuaState, base: number, nargs: number, narg: number): number {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  if (typeof v === "number" && (v | 0) === v) return v;
  return num2int(checkNumber(L, base, nargs, narg));
}

/** An optional integer: `def` for nil or absent. */
export function optInt(
  L: LuaState,
  base: number,
  nargs: number,
  narg: number,
  def: number,
): number {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  return v === undefined ? def : checkInt(L, base, nargs, narg);
}

/** A string; numbers are converted (and the argument slot updated) as in LuaJIT. */
export function checkStr(L: LuaState, base: number, nargs: number, narg: number): string {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number") {
    const s = fmtNum(v);
    L.stack[base + narg - 1] = s;
    return s;
  }
  return typeError(L, base, nargs, narg, "string");
}

/** An optional string: undefined for nil or absent. */
export function optStr(
  L: LuaState,
  base: number,
  nargs: number,
  narg: number,
): string | undefined {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  return v === undefined ? undefined : checkStr(L, base, nargs, narg);
}

/** A table. */
export function checkTable(L: LuaState, base: number, nargs: number, narg: number): LuaTable {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  if (v instanceof LuaTable) return v;
  return typeError(L, base, nargs, narg, "table");
}

/** A table or nil ("nil or table expected"). */
export function checkTabOrNil(
  L: LuaState,
  base: number,
  nargs: number,
  narg: number,
): LuaTable | undefined {
  if (narg <= nargs) {
    const v = L.stack[base + narg - 1];
    if (v instanceof LuaTable) return v;
    if (v === undefined) return undefined;
  }
  return argError(L, narg, errMsg(ErrMsg.NOTABN));
}

/** A function. */
export function checkFunc(L: LuaState, base: number, nargs: number, narg: number): LuaFunction {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  if (v instanceof LuaFunction) return v;
  return typeError(L, base, nargs, narg, "function");
}

/**
 * One of a list of option names (lj_lib_checkopt): its index, `def` when absent (if
 * def >= 0), else "invalid option 'x'".
 */
export function checkOpt(
  L: LuaState,
  base: number,
  nargs: number,
  narg: number,
  def: number,
  options: readonly string[],
): number {
  const s = def >= 0 ? optStr(L, base, nargs, narg) : checkStr(L, base, nargs, narg);
  if (s === undefined) return def;
  const i = options.indexOf(s);
  if (i < 0) argError(L, narg, errMsg(ErrMsg.INVOPTM, s));
  return i;
}

// -- Errors ---------------------------------------------------------------------------

/**
 * "bad argument #n to 'f' (msg)" with the position of the calling Lua code; for a method
 * call the self argument is "calling 'f' on bad self" (lj_err_arg). Uses L.base, the
 * frame of the running native.
 */
export function argError(L: LuaState, narg: number, msg: string): never {
  const fn = funcName(L, L.base);
  const fname = fn ? fn[1] : "?";
  if (fn && fn[0] === "method" && --narg === 0) {
    return callerError(L, errMsg(ErrMsg.BADSELF, fname, msg));
  }
  return callerError(L, errMsg(ErrMsg.BADARG, narg, fname, msg));
}

/** "bad argument #n to 'f' (X expected, got Y)" (lj_err_argtype). */
export function typeError(
  L: LuaState,
  base: number,
  nargs: number,
  narg: number,
  expected: string,
): never {
  const got = narg <= nargs ? typeName(L.stack[base + narg - 1]) : "no value";
  return argError(L, narg, errMsg(ErrMsg.BADTYPE, expected, got));
}

/** An error whose message gets the position of the calling Lua code (luaL_error). */
export function callerError(L: LuaState, msg: string): never {
  throw new LuaError(callerLoc(L, msg));
}

/** callerError with a message of the table in err.ts (lj_err_caller). */
export function callerErr(L: LuaState, em: ErrName, ...args: (string | number)[]): never {
  return callerError(L, errMsg(em, ...args));
}

// -- Calling back into Lua ------------------------------------------------------------

/** Calls f(a) from a native and returns its first result. */
export function call1(L: LuaState, f: LuaValue, a: LuaValue): LuaValue {
  const t = L.top;
  L.growStack(t + 3 + 20);
  const S = L.stack;
  S[t] = f;
  S[t + 2] = a;
  vmCall(L, t, 1, 1);
  return S[t];
}

/** Calls f(a, b) from a native and returns its first result. */
export function call2(L: LuaState, f: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
  const t = L.top;
  L.growStack(t + 4 + 20);
  const S = L.stack;
  S[t] = f;
  S[t + 2] = a;
  S[t + 3] = b;
  vmCall(L, t, 2, 1);
  return S[t];
}
