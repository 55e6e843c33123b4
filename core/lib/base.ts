// The base library (lib_base.c): assert, error, pcall, type conversions, iteration,
// metatables, environments, loading code, garbage collection, print.
import { LuaFunction, type NativeFn, Upval } from "../func.ts";
import { LuaTable } from "../table.ts";
import { LuaUserdata, type LuaValue, tostringBasic, typeName } from "../value.ts";
import { type LuaState, MM } from "../state.ts";
import { ErrMsg, errMsg, LuaError } from "../err.ts";
import { addLoc, debugFrame } from "../debug.ts";
import { getMetatable, metaLookup, strToNumber } from "../meta.ts";
import {
  argError,
  callerErr,
  callerError,
  checkAny,
  checkFunc,
  checkInt,
  checkOpt,
  checkStr,
  checkTable,
  checkTabOrNil,
  N_CALL,
  N_TAILCALL,
  newNative,
  optInt,
  optStr,
  registerLib,
  typeError,
  vmCall,
} from "../lib.ts";
import { parseFrom } from "../parse.ts";
import { type ChunkReader, Lexer, LuaSyntaxError } from "../lex.ts";
import { readBytecode } from "../../formats/bcread.ts";
import { isSpace } from "../strscan.ts";
import { fmtNum } from "../strfmt_num.ts";
import { bytesToStr, strToUtf8 } from "../bytes.ts";
import { FF_tostring } from "../vm_ff.ts";
import { gcCollect, gcCount, gcPace, gcSetRunning, gcStep, trackUserdata } from "../gc.ts";
import { callerLoc, handledErrorValue, vmPCall } from "../vm.ts";
import { index } from "./capi.ts";
import { isGrowthError } from "./strbuild.ts";

// -- Loading code ---------------------------------------------------------------------

/**
 * Compiles a chunk (source text or a bytecode dump) into a function whose environment
 * is the thread's (lua_loadx). `more` supplies further source after `chunk`, pulled as
 * the lexer needs it. Returns the function, or the error message.
 */
export function loadChunk(
  L: LuaState,
  chunk: string,
  chunkname: string,
  mode?: string,
  more: ChunkReader | null = null,
): LuaFunction | string {
  try {
    const lex = new Lexer(chunk, chunkname, more);
    const bc = lex.setup();
    if (mode !== undefined && !mode.includes(bc ? "b" : "t")) return errMsg(ErrMsg.XMODE);
    const pt = bc ? readBytecode(lex.rest(), chunkname) : parseFrom(lex);
    const fn = new LuaFunction(pt, null, L.env);
    // A dumped function with upvalues gets fresh closed ones holding nil (lj_func_newL_empty).
    for (let i = 0; i < pt.uv.length; i++) {
      const uv = new Upval([undefined], 0);
      uv.isOpen = false;
      fn.upvals.push(uv);
    }
    return fn;
  } catch (e) {
    if (e instanceof LuaSyntaxError || (e instanceof Error && e.name === "BytecodeError")) {
      return (e as Error).message;
    }
    if (isGrowthError(e)) return errMsg(ErrMsg.ERRMEM);
    throw e;
  }
}

/** Reads a file for loadfile/dofile: the bytes as a Lua string, or the error message. */
export function readChunkFile(L: LuaState, fname: string | undefined): string | Uint8Array {
  if (fname === undefined) {
    L.G.out.beforeInput();
    const chunks: Uint8Array[] = [];
    const buf = new Uint8Array(65536);
    for (;;) {
      const n = L.G.io.stdin.readSync(buf);
      if (n === null || n === 0) break;
      chunks.push(buf.slice(0, n));
    }
    let size = 0;
    for (const c of chunks) size += c.length;
    const all = new Uint8Array(size);
    let off = 0;
    for (const c of chunks) {
      all.set(c, off);
      off += c.length;
    }
    return all;
  }
  try {
    return Deno.readFileSync(strToUtf8(fname));
  } catch (e) {
    return `cannot open ${fname}: ${errnoText(e)}`;
  }
}

/** strerror() text for a failed file operation. */
export function errnoText(e: unknown): string {
  if (e instanceof Deno.errors.NotFound) return "No such file or directory";
  if (e instanceof Deno.errors.PermissionDenied) return "Permission denied";
  if (e instanceof Deno.errors.IsADirectory) return "Is a directory";
  return e instanceof Error ? e.message : String(e);
}

/** luaL_loadfilex: a function, or the error message. */
export function loadFile(
  L: LuaState,
  fname: string | undefined,
  mode?: string,
): LuaFunction | string {
  const data = readChunkFile(L, fname);
  if (typeof data === "string") return data;
  return loadChunk(L, bytesToStr(data), fname === undefined ? "=stdin" : "@" + fname, mode);
}

// -- Helpers ----------------------------------------------------------------------------

/** Moves `n` values from slot `from` down to `base` (results of a native). */
function moveResults(L: LuaState, base: number, from: number, n: number): number {
  const S = L.stack;
  for (let i = 0; i < n; i++) S[base + i] = S[from + i];
  return n;
}

/** tostring(v) as the base library does it: __tostring, else the plain text. */
export function tostringMeta(L: LuaState, v: LuaValue): LuaValue {
  const mo = metaLookup(L.G, v, MM.tostring);
  if (mo === undefined) return tostringBasic(v);
  const t = L.top;
  L.growStack(t + 4);
  L.stack[t] = mo;
  L.stack[t + 2] = v;
  vmCall(L, t, 1, 1);
  return L.stack[t];
}

// -- The functions ----------------------------------------------------------------------

const assert: NativeFn = (L, base, nargs) => {
  const v = checkAny(L, base, nargs, 1);
  if (v !== undefined && v !== false) return nargs;
  if (nargs === 1) callerErr(L, ErrMsg.ASSERT);
  const msg = L.stack[base + 1];
  if (typeof msg === "string" || typeof msg === "number") {
    callerError(L, checkStr(L, base, nargs, 2)); // The message, with a position.
  }
  throw new LuaError(msg);
};

const type: NativeFn = (L, base, nargs) => {
  L.stack[base] = typeName(checkAny(L, base, nargs, 1));
  return 1;
};

const next: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  const k = nargs >= 2 ? L.stack[base + 1] : undefined;
  const idx = t.keyIndex(k);
  if (idx < 0) throw new LuaError(errMsg(ErrMsg.NEXTIDX));
  if (t.nextAt(idx, L.stack, base) === 0) {
    L.stack[base] = undefined;
    return 1;
  }
  return 2;
};

const ipairsAux: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  const i = checkInt(L, base, nargs, 2) + 1;
  const v = t.getInt(i);
  if (v === undefined) {
    L.stack[base] = undefined;
    return 1;
  }
  L.stack[base] = i;
  L.stack[base + 1] = v;
  return 2;
};

const getmetatable: NativeFn = (L, base, nargs) => {
  const mt = getMetatable(L.G, checkAny(L, base, nargs, 1));
  if (mt === undefined) {
    L.stack[base] = undefined;
    return 1;
  }
  const protect = mt.getStr("__metatable");
  L.stack[base] = protect !== undefined ? protect : mt;
  return 1;
};

const setmetatable: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  const mt = checkTabOrNil(L, base, nargs, 2);
  if (t.mt !== undefined && t.mt.getStr("__metatable") !== undefined) {
    callerErr(L, ErrMsg.PROTMT);
  }
  t.setMeta(mt);
  L.stack[base] = t;
  return 1;
};

/** The function at a stack level for getfenv/setfenv (nil if the level is a dummy). */
function levelFunc(L: LuaState, level: number): LuaValue {
  const found = { base: 0, next: 0 };
  if (!debugFrame(L, level, found)) argError(L, 1, errMsg(ErrMsg.INVLVL));
  return L.stack[found.base - 2];
}

const getfenv: NativeFn = (L, base, nargs) => {
  let fn = nargs >= 1 ? L.stack[base] : undefined;
  if (!(fn instanceof LuaFunction)) fn = levelFunc(L, optInt(L, base, nargs, 1, 1));
  L.stack[base] = fn instanceof LuaFunction && fn.proto !== null ? fn.env : L.env;
  return 1;
};

const setfenv: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 2);
  let fn = L.stack[base];
  if (!(fn instanceof LuaFunction)) {
    const level = checkInt(L, base, nargs, 1);
    if (level === 0) {
      L.env = t;
      return 0;
    }
    fn = levelFunc(L, level);
  }
  if (!(fn instanceof LuaFunction) || fn.proto === null) callerErr(L, ErrMsg.SETFENV);
  fn.env = t;
  L.stack[base] = fn;
  return 1;
};

const rawget: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  checkAny(L, base, nargs, 2);
  L.stack[base] = t.get(L.stack[base + 1]);
  return 1;
};

const rawset: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  checkAny(L, base, nargs, 2);
  checkAny(L, base, nargs, 3);
  t.set(L.stack[base + 1], L.stack[base + 2]);
  L.stack[base] = t;
  return 1;
};

const rawequal: NativeFn = (L, base, nargs) => {
  const a = checkAny(L, base, nargs, 1), b = checkAny(L, base, nargs, 2);
  L.stack[base] = a === b;
  return 1;
};

/** Max. number of values a native may push (LUAI_MAXCSTACK). */
const MAXCSTACK = 8000;

const unpack: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  let i = optInt(L, base, nargs, 2, 1);
  const e = nargs >= 3 && L.stack[base + 2] !== undefined
    ? checkInt(L, base, nargs, 3)
    : t.length();
  if (i > e) return 0;
  const nu = (e - i) >>> 0;
  const n = nu + 1;
  if (nu >= MAXCSTACK || nargs + n > MAXCSTACK) callerErr(L, ErrMsg.UNPACK);
  L.growStack(base + n);
  const S = L.stack;
  for (let j = 0; j < n; j++, i++) S[base + j] = t.getInt(i);
  return n;
};

const select: NativeFn = (L, base, nargs) => {
  const first = L.stack[base];
  if (nargs >= 1 && typeof first === "string" && first.charCodeAt(0) === 0x23) {
    L.stack[base] = nargs - 1;
    return 1;
  }
  let i = checkInt(L, base, nargs, 1);
  if (i < 0) i = nargs + i;
  else if (i > nargs) i = nargs;
  if (i < 1) argError(L, 1, errMsg(ErrMsg.IDXRNG));
  return moveResults(L, base, base + i, nargs - i);
};

/** tonumber with a base other than 10: C's strtoul on the trimmed text. */
function strToIntBase(s: string, radix: number): number | undefined {
  let p = 0;
  const n = s.length;
  while (p < n && isSpace(s.charCodeAt(p))) p++;
  let neg = false;
  if (s[p] === "-") {
    p++;
    neg = true;
  } else if (s[p] === "+") p++;
  const alnum = (c: number) =>
    (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (p >= n || !alnum(s.charCodeAt(p))) return undefined;
  // strtoul accepts a 0x prefix for base 16.
  if (
    radix === 16 && s[p] === "0" && (s[p + 1] === "x" || s[p + 1] === "X") && p + 2 < n &&
    digitVal(s.charCodeAt(p + 2)) < 16
  ) p += 2;
  let v = 0n, digits = 0;
  const big = BigInt(radix);
  for (; p < n; p++) {
    const d = digitVal(s.charCodeAt(p));
    if (d >= radix) break;
    v = v * big + BigInt(d);
    digits++;
  }
  if (digits === 0) return undefined;
  while (p < n && isSpace(s.charCodeAt(p))) p++;
  if (p < n) return undefined;
  if (v > 0xffffffffffffffffn) v = 0xffffffffffffffffn; // ULONG_MAX on overflow.
  const x = Number(v);
  return neg ? -x : x;
}

function digitVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10;
  return 99;
}

const tonumber: NativeFn = (L, base, nargs) => {
  const radix = optInt(L, base, nargs, 2, 10);
  let r: number | undefined;
  if (radix === 10) {
    const v = checkAny(L, base, nargs, 1);
    r = typeof v === "number" ? v : typeof v === "string" ? strToNumber(v) : undefined;
  } else {
    const s = checkStr(L, base, nargs, 1);
    if (radix < 2 || radix > 36) argError(L, 2, errMsg(ErrMsg.BASERNG));
    r = strToIntBase(s, radix);
  }
  L.stack[base] = r;
  return 1;
};

const tostring: NativeFn = (L, base, nargs) => {
  const v = checkAny(L, base, nargs, 1);
  const mo = metaLookup(L.G, v, MM.tostring);
  if (mo !== undefined) {
    L.stack[base - 2] = mo;
    L.top = base + 1;
    return N_TAILCALL;
  }
  L.stack[base] = tostringBasic(v);
  return 1;
};

const error: NativeFn = (L, base, nargs) => {
  const level = optInt(L, base, nargs, 2, 1);
  let msg = nargs >= 1 ? L.stack[base] : undefined;
  if ((typeof msg === "string" || typeof msg === "number") && level > 0) {
    const found = { base: 0, next: 0 };
    const where = debugFrame(L, level, found) ? addLoc(L, "", found.base, found.next) : "";
    msg = where + (typeof msg === "number" ? fmtNum(msg) : msg);
  }
  throw new LuaError(msg);
};

/** pcall(f, ...): turns its own frame into a pcall frame running f. */
const pcall: NativeFn = (L, base, nargs) => {
  checkAny(L, base, nargs, 1);
  return protectedCall(L, base, nargs, 2);
};

const xpcall: NativeFn = (L, base, nargs) => {
  checkAny(L, base, nargs, 1);
  checkFunc(L, base, nargs, 2);
  // The handler stays at base for the error unwinder, the function moves up.
  const S = L.stack;
  const f = S[base];
  S[base] = S[base + 1];
  S[base + 1] = f;
  return protectedCall(L, base, nargs - 1, 3);
};

/** Sets up the frame for f (at base+delta-2) with its args shifted up by one slot. */
function protectedCall(L: LuaState, base: number, n: number, delta: number): number {
  const S = L.stack, nb = base + delta;
  L.growStack(nb + n); // The entry of f checks its frame.
  // f is at nb-2; its arguments move from nb-1... to nb...
  for (let i = n - 2; i >= 0; i--) S[nb + i] = S[nb - 1 + i];
  L.link[nb - 1] = (delta << 3) | 6; // FRAME_PCALL
  L.base = nb;
  L.top = nb + n - 1;
  return N_CALL;
}

const loadAux = (L: LuaState, base: number, r: LuaFunction | string, env: LuaValue) => {
  if (typeof r === "string") {
    L.stack[base] = undefined;
    L.stack[base + 1] = r;
    return 2;
  }
  if (env instanceof LuaTable) r.env = env;
  L.stack[base] = r;
  return 1;
};

const load: NativeFn = (L, base, nargs) => {
  const name = optStr(L, base, nargs, 2);
  const mode = optStr(L, base, nargs, 3);
  const env = nargs >= 4 ? L.stack[base + 3] : undefined;
  const c = L.stack[base];
  if (nargs >= 1 && (typeof c === "string" || typeof c === "number")) {
    const s = checkStr(L, base, nargs, 1);
    return loadAux(L, base, loadChunk(L, s, name ?? s, mode), env);
  }
  const reader = checkFunc(L, base, nargs, 1);
  // The lexer pulls pieces from the reader function as it needs them. lua_load calls it
  // in a protected call that keeps the current message handler: its errors end loading
  // and become load's error result.
  const t = base + Math.max(nargs, 5);
  const more = (): string | null => {
    L.top = t;
    L.growStack(t + 4);
    L.stack[t] = reader;
    const r = vmPCall(L, t, 0, 1, -1);
    if (!r.ok) throw new ReaderFailed(r.err);
    const piece = L.stack[t] as LuaValue;
    if (typeof piece === "string") return piece;
    if (typeof piece === "number") return fmtNum(piece);
    if (piece === undefined) return null;
    L.top = t;
    throw new ReaderFailed(handledErrorValue(L, callerLoc(L, errMsg(ErrMsg.RDRSTR))));
  };
  try {
    return loadAux(L, base, loadChunk(L, "", name ?? "=(load)", mode, more), env);
  } catch (e) {
    if (e instanceof ReaderFailed) return loadFailed(L, base, e.err);
    throw e;
  }
};

/** The reader function of load failed: loading stops with this error value. */
class ReaderFailed {
  constructor(readonly err: LuaValue) {}
}

/** load's results for an error value: nil and the value. */
function loadFailed(L: LuaState, base: number, err: LuaValue): number {
  L.stack[base] = undefined;
  L.stack[base + 1] = err;
  return 2;
}

const loadfile: NativeFn = (L, base, nargs) => {
  const fname = optStr(L, base, nargs, 1);
  const mode = optStr(L, base, nargs, 2);
  return loadAux(L, base, loadFile(L, fname, mode), nargs >= 3 ? L.stack[base + 2] : undefined);
};

const dofile: NativeFn = (L, base, nargs) => {
  const fname = optStr(L, base, nargs, 1);
  const f = loadFile(L, fname);
  if (typeof f === "string") throw new LuaError(f);
  const t = base + 1;
  L.top = t;
  L.stack[t] = f;
  const n = vmCall(L, t, 0, -1);
  return moveResults(L, base, t, n);
};

const gcinfo: NativeFn = (L, base) => {
  L.stack[base] = Math.floor(gcCount(L) / 1024);
  return 1;
};

const GC_OPTIONS = [
  "stop",
  "restart",
  "collect",
  "count",
  "\u00ff",
  "step",
  "setpause",
  "setstepmul",
  "\u00ff",
  "isrunning",
] as const;

const collectgarbage: NativeFn = (L, base, nargs) => {
  const opt = checkOpt(L, base, nargs, 1, 2, GC_OPTIONS);
  const data = optInt(L, base, nargs, 2, 0);
  const p = gcPace(L.G);
  let r: LuaValue = 0;
  switch (GC_OPTIONS[opt]) {
    case "stop":
      gcSetRunning(L.G, false);
      break;
    case "restart":
      gcSetRunning(L.G, true);
      break;
    case "collect":
      gcCollect(L);
      break;
    case "count":
      r = gcCount(L) / 1024;
      break;
    case "step":
      r = gcStep(L, data);
      break;
    case "setpause":
      r = p.pause;
      p.pause = data;
      break;
    case "setstepmul":
      r = p.stepmul;
      p.stepmul = data;
      break;
    case "isrunning":
      r = p.running;
      break;
  }
  L.stack[base] = r;
  return 1;
};

/** Metatables made by newproxy(true): only those may be inherited by newproxy(proxy). */
const proxyMetatables = new WeakSet<LuaTable>();

const newproxy: NativeFn = (L, base, nargs) => {
  const a = nargs >= 1 ? L.stack[base] : undefined;
  const u = new LuaUserdata();
  u.env = L.env;
  trackUserdata(L.G, u);
  if (a === undefined || a === false) {
    // No metatable.
  } else if (a === true) {
    const mt = new LuaTable();
    proxyMetatables.add(mt);
    u.mt = mt;
  } else {
    const mt = a instanceof LuaUserdata ? a.mt as LuaTable | undefined : undefined;
    if (mt === undefined || !proxyMetatables.has(mt)) argError(L, 1, errMsg(ErrMsg.NOPROXY));
    u.mt = mt;
  }
  L.stack[base] = u;
  return 1;
};

const print: NativeFn = (L, base, nargs) => {
  const G = L.G;
  // The name looked up is print's upvalue; the table is the running thread's environment.
  const name = (L.stack[base - 2] as LuaFunction).cvals![0];
  let ts = L.env.get(name);
  if (ts === undefined) {
    if (L.top < base + nargs) L.top = base + nargs;
    ts = index(L, L.env, name);
  }
  const shortcut = ts instanceof LuaFunction && ts.ffid === FF_tostring &&
    G.basemt[3] === undefined;
  const S = L.stack;
  let line = "";
  for (let i = 0; i < nargs; i++) {
    const v = S[base + i];
    let s: LuaValue;
    if (shortcut && typeof v === "string") s = v;
    else if (shortcut && typeof v === "number") s = fmtNum(v);
    else {
      const t = base + nargs;
      L.top = t;
      S[t] = ts;
      S[t + 2] = v;
      vmCall(L, t, 1, 1);
      s = S[t];
      if (typeof s === "number") s = fmtNum(s);
      else if (typeof s !== "string") callerErr(L, ErrMsg.PRTOSTR);
    }
    line += i ? "\t" + s : s;
  }
  G.out.write(line + "\n");
  return 0;
};

/** Opens the base library: _G, _VERSION and the functions above. */
export function open(L: LuaState): void {
  const G = L.G;
  G.globals.setStr("_G", G.globals);
  const t = registerLib(L, "_G", {
    assert,
    type,
    next,
    getmetatable,
    setmetatable,
    getfenv,
    setfenv,
    rawget,
    rawset,
    rawequal,
    unpack,
    select,
    tonumber,
    tostring,
    error,
    pcall,
    xpcall,
    loadfile,
    load,
    loadstring: load,
    dofile,
    gcinfo,
    collectgarbage,
    newproxy,
    print,
  });
  const nextFn = t.getStr("next");
  const ipairsAuxFn = newNative(G, "ipairs_aux", ipairsAux);
  const pairs: NativeFn = (L, base, nargs) => {
    const v = checkAny(L, base, nargs, 1);
    if (!(v instanceof LuaTable)) typeError(L, base, nargs, 1, "table");
    L.stack[base] = nextFn;
    L.stack[base + 1] = v;
    L.stack[base + 2] = undefined;
    return 3;
  };
  const ipairs: NativeFn = (L, base, nargs) => {
    const v = checkAny(L, base, nargs, 1);
    if (!(v instanceof LuaTable)) typeError(L, base, nargs, 1, "table");
    L.stack[base] = ipairsAuxFn;
    L.stack[base + 1] = v;
    L.stack[base + 2] = 0;
    return 3;
  };
  const pairsFn = newNative(G, "pairs", pairs);
  const ipairsFn = newNative(G, "ipairs", ipairs);
  t.setStr("pairs", pairsFn);
  t.setStr("ipairs", ipairsFn);
  t.setStr("_VERSION", "Lua 5.1");
  // The upvalues LuaJIT's versions have, as debug.getupvalue shows them.
  pairsFn.cvals = [nextFn];
  ipairsFn.cvals = [ipairsAuxFn];
  (t.getStr("print") as LuaFunction).cvals = ["tostring"];
  const weak = new LuaTable();
  weak.mt = weak;
  weak.setStr("__mode", "kv");
  (t.getStr("newproxy") as LuaFunction).cvals = [weak];
}
