// The debug library (lib_debug.c) over the frame inspection of core/debug.ts: getinfo,
// locals, upvalues, metatables and environments, the registry, hooks, traceback and the
// debug.debug prompt.
import { LuaFunction, type NativeFn, Proto, PROTO_VARARG, Upval } from "../func.ts";
import { LuaTable } from "../table.ts";
import { LuaUserdata, type LuaValue, typeOf } from "../value.ts";
import { FRAME_VARG, type GlobalState, LuaState } from "../state.ts";
import { ErrMsg, errMsg } from "../err.ts";
import { vmCall, vmPCall } from "../vm.ts";
import {
  debugFrame,
  debugLine,
  frameFunc,
  frameLine,
  framePC,
  framePrev,
  frameType,
  funcName,
  shortSrc,
  traceback,
  uvName,
  varName,
} from "../debug.ts";
import {
  arg,
  argError,
  callerErr,
  checkAny,
  checkFunc,
  checkInt,
  checkStr,
  checkTable,
  checkTabOrNil,
  optInt,
  optStr,
  registerLib,
  typeError,
} from "../lib.ts";
import { strToBytes } from "../bytes.ts";
import { toNumber } from "../meta.ts";
import { BUILTIN_FIRSTLINE } from "./libbc.ts";
import { loadChunk } from "./base.ts";
import { stdinOf } from "./io.ts";
import { toLString } from "./capi.ts";

/** Registry key of the hook function (LuaJIT's KEY_HOOK: bits 0x8000000000000068). */
const KEY_HOOK = -0x68 * 2 ** -1074;

/** Hook settings: the VM calls runHook for the events in `mask`. */
export interface HookState {
  /** "c", "r", "l" and count events as bits. */
  mask: number;
  count: number;
  /** True while a hook runs: hooks do not nest. */
  active: boolean;
}
export const HOOK_CALL = 1, HOOK_RET = 2, HOOK_LINE = 4, HOOK_COUNT = 8;

export function hookState(G: GlobalState): HookState {
  let h = G.libData.get("debug.hook") as HookState | undefined;
  if (!h) {
    h = { mask: 0, count: 0, active: false };
    G.libData.set("debug.hook", h);
  }
  return h;
}

/** The hook function, or undefined. */
export function hookFunction(G: GlobalState): LuaValue {
  return G.registry.get(KEY_HOOK);
}

/** Hook event names as the hook function receives them. */
export const HOOK_EVENTS = ["call", "return", "line", "count", "tail return"] as const;

/**
 * Calls the hook for an event (the VM's side of debug.sethook): hook(event, line), line
 * being nil when negative. Hooks are off while one runs; errors propagate.
 */
export function runHook(L: LuaState, event: typeof HOOK_EVENTS[number], line: number): void {
  const h = hookState(L.G);
  const fn = hookFunction(L.G);
  if (h.active || !(fn instanceof LuaFunction)) return;
  h.active = true;
  try {
    const t = L.top;
    L.growStack(t + 24);
    L.stack[t] = fn;
    L.stack[t + 2] = event;
    L.stack[t + 3] = line >= 0 ? line : undefined;
    vmCall(L, t, 2, 0);
  } finally {
    h.active = false;
  }
}

/** An optional thread as argument 1: [thread, index of the next argument - 1]. */
function getThread(L: LuaState, base: number, nargs: number): [LuaState, number] {
  const v = nargs >= 1 ? L.stack[base] : undefined;
  return v instanceof LuaState ? [v, 1] : [L, 0];
}

/** The frame at a level of a thread: [base, next] or null. */
function frameAt(L1: LuaState, level: number): [number, number] | null {
  const f = { base: 0, next: 0 };
  return debugFrame(L1, level, f) ? [f.base, f.next] : null;
}

function isBuiltin(pt: Proto): boolean {
  return pt.firstline === BUILTIN_FIRSTLINE;
}

const getinfo: NativeFn = (L, base, nargs) => {
  const [L1, a] = getThread(L, base, nargs);
  let options = optStr(L, base, nargs, a + 2) ?? "flnSu";
  const what = arg(L, base, nargs, a + 1);
  let fn: LuaFunction | null;
  let frame: [number, number] | null = null;
  const level = toNumber(what as LuaValue);
  if (level !== undefined) {
    // (int)lua_tointeger: truncated to 64 bits, then the low 32.
    frame = frameAt(L1, level >= -(2 ** 63) && level < 2 ** 63 ? level | 0 : 0);
    if (frame === null) {
      L.stack[base] = undefined;
      return 1;
    }
    fn = frameFunc(L1, frame[0]);
  } else if (what instanceof LuaFunction) {
    fn = what;
  } else {
    return argError(L, a + 1, errMsg(ErrMsg.NOFUNCL));
  }
  if (/[^SlunfL]/.test(options)) argError(L, a + 2, errMsg(ErrMsg.INVOPT));
  if (options.startsWith(">")) options = options.slice(1);
  const t = new LuaTable(0, 4);
  const pt = fn?.proto ?? null;
  for (const c of options) {
    if (c === "S") {
      if (pt) {
        t.setStr("source", pt.chunkname);
        t.setStr("short_src", shortSrc(pt.chunkname, isBuiltin(pt)));
        t.setStr("linedefined", pt.firstline);
        t.setStr("lastlinedefined", pt.firstline + pt.numline);
        t.setStr("what", pt.firstline || !pt.numline ? "Lua" : "main");
      } else {
        t.setStr("source", "=[C]");
        t.setStr("short_src", "[C]");
        t.setStr("linedefined", -1);
        t.setStr("lastlinedefined", -1);
        t.setStr("what", "C");
      }
    } else if (c === "l") {
      t.setStr("currentline", frame && fn ? frameLine(L1, fn, frame[1]) : -1);
    } else if (c === "u") {
      t.setStr("nups", fn ? (pt ? fn.upvals.length : fn.cvals?.length ?? 0) : 0);
      t.setStr("nparams", pt ? pt.numparams : 0);
      t.setStr("isvararg", pt ? (pt.flags & PROTO_VARARG) !== 0 : true);
    } else if (c === "n") {
      const nm = frame ? funcName(L1, frame[0]) : null;
      t.setStr("name", nm ? nm[1] : undefined);
      t.setStr("namewhat", nm ? nm[0] : "");
    }
  }
  if (options.includes("L")) {
    let lines: LuaTable | undefined;
    if (pt) {
      lines = new LuaTable();
      if (pt.lineinfo) {
        for (let pc = 1; pc < pt.bc.length; pc++) lines.set(debugLine(pt, pc), true);
      }
    }
    t.setStr("activelines", lines);
  }
  if (options.includes("f")) t.setStr("func", fn ?? undefined);
  L.stack[base] = t;
  return 1;
};

/**
 * The slot of local n of a frame, and its name (lua_getlocal's debug_localname):
 * named locals, "(*temporary)" slots below the next frame, "(*vararg)" for n < 0.
 */
function localSlot(L1: LuaState, frame: [number, number], n: number): [number, string] | null {
  let [base, next] = frame;
  const fn = frameFunc(L1, base)!;
  const pc = framePC(L1, fn, next);
  let limit = next ? next - 2 : L1.top;
  if (n < 0) {
    const pt = fn.proto;
    if (pc < 0 || pt === null || !(pt.flags & PROTO_VARARG)) return null;
    const slot = pt.numparams - n;
    if (frameType(L1, base) === FRAME_VARG) {
      limit = base - 2;
      base = framePrev(L1, base);
    }
    return base + slot - 1 < limit ? [base + slot - 1, "(*vararg)"] : null;
  }
  const name = pc >= 0 && fn.proto ? varName(fn.proto, pc, n - 1) : null;
  if (name !== null) return [base + n - 1, name];
  if (n > 0 && base + n - 1 < limit) return [base + n - 1, "(*temporary)"];
  return null;
}

const getlocal: NativeFn = (L, base, nargs) => {
  const [L1, a] = getThread(L, base, nargs);
  const slot = checkInt(L, base, nargs, a + 2);
  const f = arg(L, base, nargs, a + 1);
  if (f instanceof LuaFunction) {
    L.stack[base] = f.proto ? varName(f.proto, 0, slot - 1) ?? undefined : undefined;
    return 1;
  }
  const frame = frameAt(L1, checkInt(L, base, nargs, a + 1));
  if (frame === null) argError(L, a + 1, errMsg(ErrMsg.LVLRNG));
  const r = localSlot(L1, frame!, slot);
  if (r === null) {
    L.stack[base] = undefined;
    return 1;
  }
  // Level 0 is getlocal itself: its slots are the ones written here, so read first.
  const v = L1.stack[r[0]];
  L.stack[base] = r[1];
  L.stack[base + 1] = v;
  return 2;
};

const setlocal: NativeFn = (L, base, nargs) => {
  const [L1, a] = getThread(L, base, nargs);
  const frame = frameAt(L1, checkInt(L, base, nargs, a + 1));
  if (frame === null) argError(L, a + 1, errMsg(ErrMsg.LVLRNG));
  const v = checkAny(L, base, nargs, a + 3);
  const r = localSlot(L1, frame!, checkInt(L, base, nargs, a + 2));
  if (r !== null) L1.stack[r[0]] = v;
  L.stack[base] = r === null ? undefined : r[1];
  return 1;
};

/** Name and holder of upvalue n (1-based) of a function, or null. */
function upvalue(fn: LuaFunction, n: number): [string, LuaValue[], number] | null {
  if (fn.proto) {
    if (n < 1 || n > fn.upvals.length) return null;
    const uv = fn.upvals[n - 1];
    return [uvName(fn.proto, n - 1), uv.arr, uv.idx];
  }
  const cv = fn.cvals;
  if (cv === null || n < 1 || n > cv.length) return null;
  return ["", cv, n - 1];
}

const getupvalue: NativeFn = (L, base, nargs) => {
  const n = checkInt(L, base, nargs, 2);
  const u = upvalue(checkFunc(L, base, nargs, 1), n);
  if (u === null) return 0;
  L.stack[base] = u[0];
  L.stack[base + 1] = u[1][u[2]];
  return 2;
};

const setupvalue: NativeFn = (L, base, nargs) => {
  const v = checkAny(L, base, nargs, 3);
  const n = checkInt(L, base, nargs, 2);
  const u = upvalue(checkFunc(L, base, nargs, 1), n);
  if (u === null) return 0;
  u[1][u[2]] = v;
  L.stack[base] = u[0];
  return 1;
};

/** Identities of upvalues as userdata values (LuaJIT returns their addresses). */
const upvalueIds = new WeakMap<object, LuaUserdata[]>();

function idOf(key: object, n: number): LuaUserdata {
  let ids = upvalueIds.get(key);
  if (!ids) upvalueIds.set(key, ids = []);
  return ids[n] ??= new LuaUserdata();
}

const upvalueid: NativeFn = (L, base, nargs) => {
  const fn = checkFunc(L, base, nargs, 1);
  const n = checkInt(L, base, nargs, 2) - 1;
  const count = fn.proto ? fn.upvals.length : fn.cvals?.length ?? 0;
  if (n < 0 || n >= count) argError(L, 2, errMsg(ErrMsg.IDXRNG));
  L.stack[base] = fn.proto ? idOf(fn.upvals[n], 0) : idOf(fn, n);
  return 1;
};

const upvaluejoin: NativeFn = (L, base, nargs) => {
  const uv: Upval[] = [];
  const slots: [LuaFunction, number][] = [];
  for (let i = 0; i < 2; i++) {
    const fn = checkFunc(L, base, nargs, 2 * i + 1);
    if (fn.proto === null) argError(L, 2 * i + 1, errMsg(ErrMsg.NOLFUNC));
    const n = checkInt(L, base, nargs, 2 * i + 2) - 1;
    if (n < 0 || n >= fn.upvals.length) argError(L, 2 * i + 2, errMsg(ErrMsg.IDXRNG));
    slots.push([fn, n]);
    uv.push(fn.upvals[n]);
  }
  slots[0][0].upvals[slots[0][1]] = uv[1];
  return 0;
};

// -- Metatables, environments, registry -------------------------------------------------

const getmetatable: NativeFn = (L, base, nargs) => {
  const v = checkAny(L, base, nargs, 1);
  L.stack[base] = v instanceof LuaTable
    ? v.mt
    : v instanceof LuaUserdata
    ? v.mt as LuaTable | undefined
    : L.G.basemt[typeOf(v)];
  return 1;
};

const setmetatable: NativeFn = (L, base, nargs) => {
  const mt = checkTabOrNil(L, base, nargs, 2);
  const v = arg(L, base, nargs, 1);
  if (v instanceof LuaTable) v.setMeta(mt);
  else if (v instanceof LuaUserdata) v.mt = mt;
  else L.G.basemt[typeOf(v)] = mt;
  L.stack[base] = true;
  return 1;
};

const getfenv: NativeFn = (L, base, nargs) => {
  const v = checkAny(L, base, nargs, 1);
  L.stack[base] = v instanceof LuaFunction
    ? v.env
    : v instanceof LuaUserdata
    ? v.env as LuaTable | undefined
    : v instanceof LuaState
    ? v.env
    : undefined;
  return 1;
};

const setfenv: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 2);
  const v = arg(L, base, nargs, 1);
  if (v instanceof LuaFunction || v instanceof LuaState) v.env = t;
  else if (v instanceof LuaUserdata) v.env = t;
  else callerErr(L, ErrMsg.SETFENV);
  return 1;
};

const getregistry: NativeFn = (L, base) => {
  L.stack[base] = L.G.registry;
  return 1;
};

// -- Hooks --------------------------------------------------------------------------------

const sethook: NativeFn = (L, base, nargs) => {
  const [, a] = getThread(L, base, nargs);
  const h = hookState(L.G);
  const f = arg(L, base, nargs, a + 1);
  if (f === undefined) {
    h.mask = 0;
    h.count = 0;
    L.G.registry.set(KEY_HOOK, undefined);
    L.G.hookmask = 0;
    return 0;
  }
  const smask = checkStr(L, base, nargs, a + 2);
  if (!(f instanceof LuaFunction)) return typeError(L, base, nargs, a + 1, "function");
  const count = optInt(L, base, nargs, a + 3, 0);
  h.mask = (smask.includes("c") ? HOOK_CALL : 0) | (smask.includes("r") ? HOOK_RET : 0) |
    (smask.includes("l") ? HOOK_LINE : 0) | (count > 0 ? HOOK_COUNT : 0);
  h.count = count;
  L.G.registry.set(KEY_HOOK, f);
  // The VM's side: which events it reports, and how.
  L.G.hookmask = h.mask;
  L.G.hookcount = L.G.hookcountdown = count;
  L.G.hook = runHook;
  return 0;
};

const gethook: NativeFn = (L, base) => {
  const h = hookState(L.G);
  L.stack[base] = hookFunction(L.G);
  L.stack[base + 1] = (h.mask & HOOK_CALL ? "c" : "") + (h.mask & HOOK_RET ? "r" : "") +
    (h.mask & HOOK_LINE ? "l" : "");
  L.stack[base + 2] = h.count;
  return 3;
};

// -- Interaction --------------------------------------------------------------------------

const debugPrompt: NativeFn = (L, base) => {
  const stdin = stdinOf(L.G);
  const err = (s: string) => L.G.io.stderr.write(strToBytes(s));
  for (;;) {
    err("lua_debug> "); // Unbuffered stderr; stdout is not flushed (reading may do it).
    const line = stdin.fgets(250);
    if (line === null || line === "cont\n") return 0;
    const fn = loadChunk(L, line, "=(debug command)");
    if (typeof fn === "string") {
      err(fn + "\n");
      continue;
    }
    const t = L.top = Math.max(L.top, base);
    L.growStack(t + 24);
    L.stack[t] = fn;
    const r = vmPCall(L, t, 0, 0, 0);
    if (!r.ok) {
      const s = toLString(r.err);
      err((s ?? "(error object is not a string)") + "\n");
    }
  }
};

const tracebackFn: NativeFn = (L, base, nargs) => {
  const [L1, a] = getThread(L, base, nargs);
  const m = arg(L, base, nargs, a + 1);
  const msg = toLString(m);
  if (msg === undefined && nargs > a) {
    L.stack[base] = m;
    return 1;
  }
  const level = optInt(L, base, nargs, a + 2, L === L1 ? 1 : 0);
  L.stack[base] = traceback(L1, msg ?? null, level);
  return 1;
};

export function open(L: LuaState): void {
  registerLib(L, "debug", {
    getregistry,
    getmetatable,
    setmetatable,
    getfenv,
    setfenv,
    getinfo,
    getlocal,
    setlocal,
    getupvalue,
    setupvalue,
    upvalueid,
    upvaluejoin,
    sethook,
    gethook,
    debug: debugPrompt,
    traceback: tracebackFn,
  });
}
