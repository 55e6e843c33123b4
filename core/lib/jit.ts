// The jit library (lib_jit.c): version information, the engine switch (jit.on/off/flush),
// jit.status, jit.opt.start (optimisation flags and parameters, read by the compiler
// through jitState) and jit.attach for VM event handlers (events come with the JIT).
import { LuaFunction, type NativeFn, Proto, PROTO_NOJIT } from "../func.ts";
import { debugFrame, frameFunc } from "../debug.ts";
import { LuaTable } from "../table.ts";
import type { GlobalState, LuaState } from "../state.ts";
import { ErrMsg } from "../err.ts";
import {
  arg,
  callerErr,
  checkFunc,
  checkInt,
  checkOpt,
  checkStr,
  loadedTable,
  optStr,
  registerLib,
  setFuncs,
  typeError,
} from "../lib.ts";
import { LUAJIT_VERSION, LUAJIT_VERSION_NUM } from "../version.ts";

/** CPU feature flags the x64 backend reports, in LuaJIT's order. */
export const JIT_CPU_FLAGS = ["SSE3", "SSE4.1", "BMI2"] as const;
/** Optimisation flags, in LuaJIT's order (bit i of the flag mask). */
export const JIT_OPT_FLAGS = [
  "fold",
  "cse",
  "dce",
  "fwd",
  "dse",
  "narrow",
  "loop",
  "abc",
  "sink",
  "fuse",
] as const;
/** -O0..-O3 as flag masks. */
const OPT_LEVELS = [0, 0b111, 0b1100111, 0b1111111111];
/** Parameters and their defaults, in LuaJIT's order. */
export const JIT_PARAMS: readonly [string, number][] = [
  ["maxtrace", 1000],
  ["maxrecord", 4000],
  ["maxirconst", 500],
  ["maxside", 100],
  ["maxsnap", 500],
  ["minstitch", 0],
  ["hotloop", 56],
  ["hotexit", 10],
  ["tryside", 4],
  ["instunroll", 4],
  ["loopunroll", 15],
  ["callunroll", 3],
  ["recunroll", 2],
  ["sizemcode", 64],
  ["maxmcode", 512],
];
/** jit.security modes: prng, strhash, strid, mcode (the values of a default build). */
const SECURITY = { names: ["prng", "strhash", "strid", "mcode"], values: [1, 1, 1, 1] };

/** The compiler's settings of a state: what jit.opt.start and -O change. */
export class JitState {
  /** Bit mask over JIT_OPT_FLAGS. */
  opt = OPT_LEVELS[3];
  /** Parameter values by name. */
  readonly param = new Map<string, number>(JIT_PARAMS);

  /** Applies one jit.opt.start argument ("3", "+fold", "-cse", "nofwd", "hotloop=10"). */
  apply(s: string): boolean {
    if (/^[0-9]$/.test(s)) {
      this.opt = OPT_LEVELS[Math.min(Number(s), 3)];
      return true;
    }
    let name = s, set = true;
    if (s[0] === "+") name = s.slice(1);
    else if (s[0] === "-") [name, set] = [s.slice(1), false];
    else if (s.startsWith("no")) [name, set] = [s.slice(s[2] === "-" ? 3 : 2), false];
    const bit = JIT_OPT_FLAGS.indexOf(name as typeof JIT_OPT_FLAGS[number]);
    if (bit >= 0) {
      this.opt = set ? this.opt | (1 << bit) : this.opt & ~(1 << bit);
      return true;
    }
    const eq = s.indexOf("=");
    if (eq > 0 && this.param.has(s.slice(0, eq))) {
      const v = s.slice(eq + 1);
      if (!/^[0-9]*$/.test(v)) return false;
      let n = 0;
      for (const c of v) n = (n * 10 + c.charCodeAt(0) - 48) | 0;
      this.param.set(s.slice(0, eq), n);
      return true;
    }
    return false;
  }
}

/** The compiler settings of a state. */
export function jitState(G: GlobalState): JitState {
  let j = G.libData.get("jit") as JitState | undefined;
  if (!j) {
    j = new JitState();
    G.libData.set("jit", j);
  }
  return j;
}

/** Marks a prototype (and with `children` its nested prototypes) as (not) compilable. */
function setProtoMode(pt: Proto, on: boolean | null, self: boolean, children: boolean): void {
  if (self && on !== null) pt.flags = on ? pt.flags & ~PROTO_NOJIT : pt.flags | PROTO_NOJIT;
  if (!children) return;
  for (const k of pt.kgc) if (k instanceof Proto) setProtoMode(k, on, true, true);
}

/**
 * jit.on/off/flush: no argument (or nil) switches the whole engine; a Lua function, or
 * true for the calling function, sets the mode of that function, with a boolean second
 * argument of its subfunctions too (true) or of them only (false).
 */
function setMode(on: boolean | null): NativeFn {
  return (L, base, nargs) => {
    const v = arg(L, base, nargs, 1);
    if (v === undefined) {
      if (on !== null) L.G.jitOn = on;
      return 0;
    }
    let fn: LuaFunction | null = null;
    if (v instanceof LuaFunction) fn = v;
    else if (v === true) {
      const f = { base: 0, next: 0 };
      if (debugFrame(L, 1, f)) fn = frameFunc(L, f.base);
    } else return typeError(L, base, nargs, 1, "function");
    if (fn === null || fn.proto === null) return typeError(L, base, nargs, 1, "function");
    const sub = arg(L, base, nargs, 2);
    if (typeof sub === "boolean") setProtoMode(fn.proto, on, sub, true);
    else setProtoMode(fn.proto, on, true, false);
    return 0;
  };
}

const lib: Record<string, NativeFn> = {
  on: setMode(true),
  off: setMode(false),
  flush(L, base, nargs) {
    if (typeof arg(L, base, nargs, 1) === "number") {
      checkInt(L, base, nargs, 1); // A trace number: nothing to flush without traces.
      return 0;
    }
    return setMode(null)(L, base, nargs);
  },
  status(L, base) {
    const j = jitState(L.G);
    const out: (boolean | string)[] = [L.G.jitOn, ...JIT_CPU_FLAGS];
    JIT_OPT_FLAGS.forEach((f, i) => {
      if (j.opt & (1 << i)) out.push(f);
    });
    L.growStack(base + out.length + 1);
    out.forEach((v, i) => L.stack[base + i] = v);
    return out.length;
  },
  security(L, base, nargs) {
    const i = checkOpt(L, base, nargs, 1, -1, SECURITY.names);
    L.stack[base] = SECURITY.values[i];
    return 1;
  },
  attach(L, base, nargs) {
    const fn = checkFunc(L, base, nargs, 1);
    const ev = optStr(L, base, nargs, 2);
    const reg = L.G.registry;
    let events = reg.getStr("_VMEVENTS");
    if (!(events instanceof LuaTable)) {
      events = new LuaTable();
      reg.setStr("_VMEVENTS", events);
    }
    const t = events as LuaTable;
    if (ev !== undefined) {
      t.set(ev, fn);
    } else {
      const out = [undefined, undefined];
      for (let i = t.nextAt(0, out, 0); i; i = t.nextAt(i, out, 0)) {
        if (out[1] === fn) t.set(out[0], undefined);
      }
    }
    return 0;
  },
};

const opt: Record<string, NativeFn> = {
  start(L, base, nargs) {
    const j = jitState(L.G);
    if (nargs === 0) {
      j.opt = OPT_LEVELS[3];
      return 0;
    }
    for (let i = 1; i <= nargs; i++) {
      const s = checkStr(L, base, nargs, i);
      if (!j.apply(s)) callerErr(L, ErrMsg.JITOPT, s);
    }
    return 0;
  },
};

export function open(L: LuaState): void {
  const t = registerLib(L, "jit", lib);
  t.setStr("os", "Linux");
  t.setStr("arch", "x64");
  t.setStr("version_num", LUAJIT_VERSION_NUM);
  t.setStr("version", LUAJIT_VERSION);
  const o = new LuaTable();
  setFuncs(L, o, "jit.opt", opt);
  t.setStr("opt", o);
  loadedTable(L.G).setStr("jit.opt", o);
  jitState(L.G);
}
