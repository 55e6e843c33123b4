// The string library (lib_string.c): byte/char/sub/rep/reverse/lower/upper, dump,
// the pattern functions over core/lib/strmatch.ts and format over core/strfmt.ts.
// string.len is a Lua function (core/lib/libbc.ts). Strings get a metatable whose
// __index is this library, and require("string.buffer") is preloaded.
import { LuaFunction, type NativeFn } from "../func.ts";
import { LuaTable } from "../table.ts";
import {
  fmtAddr,
  LuaType,
  LuaUserdata,
  type LuaValue,
  objAddr,
  tostringBasic,
  typeName,
} from "../value.ts";
import { type LuaState, MM } from "../state.ts";
import { ErrMsg, errMsg } from "../err.ts";
import { metaLookup } from "../meta.ts";
import {
  arg,
  argError,
  call1,
  callerErr,
  callerError,
  checkFunc,
  checkInt,
  checkNumber,
  checkStr,
  newNative,
  optInt,
  optStr,
  registerLib,
  vmCall,
} from "../lib.ts";
import { type FormatArgs, strFormat } from "../strfmt.ts";
import { fmtNum } from "../strfmt_num.ts";
import { writeBytecode } from "../../formats/bcwrite.ts";
import { bytesToStr } from "../bytes.ts";
import {
  expandReplacement,
  gmatchStep,
  gsub,
  type MatchState,
  PatternError,
  strFind,
} from "./strmatch.ts";
import { SBuf } from "./sbuf.ts";
import {
  lengthError,
  LJ_MAX_STR,
  mapCase,
  MAX_JS_STR,
  memError,
  reverseBytes,
} from "./strbuild.ts";
import { index, toLString } from "./capi.ts";
import { libClosure } from "./libbc.ts";
import { preloadTable } from "./package.ts";
import { open as openBuffer } from "./buffer.ts";

/** Max. number of results of string.byte (LUAI_MAXCSTACK). */
const MAX_CSTACK = 8000;

/** The buffer of a string.buffer object, or null. */
export function bufferOf(v: LuaValue): SBuf | null {
  return v instanceof LuaUserdata && v.data instanceof SBuf ? v.data : null;
}

/** Runs the pattern engine; its errors are raised at the caller. */
function withPatterns<T>(L: LuaState, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PatternError) callerError(L, e.message);
    throw e;
  }
}

/** Writes results from base on, growing the stack for many. */
function putResults(L: LuaState, base: number, vals: LuaValue[]): number {
  L.growStack(base + vals.length + 1);
  const S = L.stack;
  for (let i = 0; i < vals.length; i++) S[base + i] = vals[i];
  return vals.length;
}

// -- Simple functions -----------------------------------------------------------------

const byte: NativeFn = (L, base, nargs) => {
  const s = checkStr(L, base, nargs, 1);
  const len = s.length;
  let start = optInt(L, base, nargs, 2, 1);
  let stop = optInt(L, base, nargs, 3, start);
  if (stop < 0) stop += len + 1;
  if (start < 0) start += len + 1;
  if (start <= 0) start = 1;
  if (stop > len) stop = len;
  if (start > stop) return 0;
  const n = stop - start + 1;
  if (n > MAX_CSTACK) callerErr(L, ErrMsg.STRSLC);
  L.growStack(base + n + 1);
  const S = L.stack;
  for (let i = 0; i < n; i++) S[base + i] = s.charCodeAt(start - 1 + i);
  return n;
};

const char: NativeFn = (L, base, nargs) => {
  let out = "";
  for (let i = 1; i <= nargs; i++) {
    const k = checkInt(L, base, nargs, i);
    if (k < 0 || k > 255) argError(L, i, errMsg(ErrMsg.BADVAL));
    out += String.fromCharCode(k);
  }
  L.stack[base] = out;
  return 1;
};

const sub: NativeFn = (L, base, nargs) => {
  const s = checkStr(L, base, nargs, 1);
  let start = checkInt(L, base, nargs, 2);
  let end = optInt(L, base, nargs, 3, -1);
  const len = s.length;
  if (end < 0) end += len + 1;
  else if (end > len) end = len;
  if (start < 0) start += len + 1;
  if (start < 1) start = 1;
  L.stack[base] = start > end ? "" : s.slice(start - 1, end);
  return 1;
};

const rep: NativeFn = (L, base, nargs) => {
  const s = checkStr(L, base, nargs, 1);
  const n = checkInt(L, base, nargs, 2);
  const sep = optStr(L, base, nargs, 3) ?? "";
  if (n <= 0 || (s.length === 0 && sep.length === 0)) {
    L.stack[base] = "";
    return 1;
  }
  // LuaJIT sizes the buffer first: too big for it is a memory error (without position).
  const total = s.length * n + sep.length * (n - 1);
  if (total > LJ_MAX_STR) memError();
  if (total > MAX_JS_STR) lengthError(total);
  L.stack[base] = sep.length === 0 ? s.repeat(n) : s + (sep + s).repeat(n - 1);
  return 1;
};

const reverse: NativeFn = (L, base, nargs) => {
  L.stack[base] = reverseBytes(checkStr(L, base, nargs, 1));
  return 1;
};

const lower: NativeFn = (L, base, nargs) => {
  L.stack[base] = mapCase(checkStr(L, base, nargs, 1), false);
  return 1;
};

const upper: NativeFn = (L, base, nargs) => {
  L.stack[base] = mapCase(checkStr(L, base, nargs, 1), true);
  return 1;
};

const dump: NativeFn = (L, base, nargs) => {
  const fn = checkFunc(L, base, nargs, 1);
  const strip = nargs >= 2 && arg(L, base, nargs, 2) !== undefined &&
    arg(L, base, nargs, 2) !== false;
  if (fn.proto === null) callerErr(L, ErrMsg.STRDUMP);
  L.stack[base] = bytesToStr(writeBytecode(fn.proto, strip));
  return 1;
};

// -- Patterns -------------------------------------------------------------------------

function findAux(L: LuaState, base: number, nargs: number, find: boolean): number {
  const s = checkStr(L, base, nargs, 1);
  const p = checkStr(L, base, nargs, 2);
  const init = optInt(L, base, nargs, 3, 1);
  const plainArg = arg(L, base, nargs, 4);
  const plain = nargs >= 4 && plainArg !== undefined && plainArg !== false;
  const r = withPatterns(L, () => strFind(s, p, init, plain, find));
  if (r === null) {
    L.stack[base] = undefined;
    return 1;
  }
  return putResults(L, base, r);
}

const find: NativeFn = (L, base, nargs) => findAux(L, base, nargs, true);
const match: NativeFn = (L, base, nargs) => findAux(L, base, nargs, false);

/** The iterator of gmatch: subject, pattern and position in its values. */
const gmatchAux: NativeFn = (L, base) => {
  const fn = L.stack[base - 2] as LuaFunction;
  const cv = fn.cvals!;
  const step = withPatterns(L, () => gmatchStep(cv[0] as string, cv[1] as string, cv[2] as number));
  if (step === null) return 0;
  cv[2] = step.next;
  return putResults(L, base, step.caps);
};

const gmatch: NativeFn = (L, base, nargs) => {
  const s = checkStr(L, base, nargs, 1);
  const p = checkStr(L, base, nargs, 2);
  const it = newNative(L.G, "string.gmatch_aux", gmatchAux);
  it.cvals = [s, p, 0];
  L.stack[base] = it;
  return 1;
};

const gsubFn: NativeFn = (L, base, nargs) => {
  const src = checkStr(L, base, nargs, 1);
  const p = checkStr(L, base, nargs, 2);
  const repl = arg(L, base, nargs, 3);
  const maxN = optInt(L, base, nargs, 4, src.length + 1);
  const tr = typeof repl;
  if (
    !(tr === "number" || tr === "string" || repl instanceof LuaFunction ||
      repl instanceof LuaTable)
  ) {
    argError(L, 3, errMsg(ErrMsg.NOSFT));
  }
  const replStr = typeof repl === "number" ? fmtNum(repl) : repl;
  // Nested calls must not clobber the arguments.
  if (L.top < base + nargs) L.top = base + nargs;
  const replace = (ms: MatchState, s: number, e: number): string => {
    if (typeof replStr === "string") return expandReplacement(ms, replStr, s, e);
    let v: LuaValue;
    if (replStr instanceof LuaFunction) {
      const caps = ms.captures(s, e, true);
      const f = L.top;
      L.growStack(f + caps.length + 3 + 20);
      const S = L.stack;
      S[f] = replStr;
      for (let i = 0; i < caps.length; i++) S[f + 2 + i] = caps[i];
      vmCall(L, f, caps.length, 1);
      v = S[f];
    } else {
      v = index(L, replStr, ms.capture(0, s, e));
    }
    if (v === undefined || v === false) return src.slice(s, e);
    const text = toLString(v);
    if (text === undefined) callerErr(L, ErrMsg.STRGSRV, typeName(v));
    return text;
  };
  const [out, n] = withPatterns(L, () => gsub(src, p, maxN, replace));
  L.stack[base] = out;
  L.stack[base + 1] = n;
  return 2;
};

// -- Formatting -----------------------------------------------------------------------

/** Fake stable addresses for %p of strings (which are not heap objects here). */
const strAddrs = new Map<string, number>();

/** %p: the address of a heap value, NULL for others. */
export function ptrText(v: LuaValue): string {
  if (typeof v === "object") return fmtAddr(objAddr(v));
  if (typeof v === "string") {
    let a = strAddrs.get(v);
    if (a === undefined) {
      a = 0x7f0040000000 + strAddrs.size * 0x20;
      strAddrs.set(v, a);
    }
    return fmtAddr(a);
  }
  return "NULL";
}

/**
 * The arguments of string.format (or buffer:putf) from the Lua stack: `first` is the
 * argument number of the format string. %s calls __tostring once per argument.
 */
export function formatArgs(
  L: LuaState,
  base: number,
  nargs: number,
  self: SBuf | null = null,
): FormatArgs {
  return {
    count: nargs,
    num: (i) => checkNumber(L, base, nargs, i),
    int: (i) => checkInt(L, base, nargs, i),
    str(i) {
      let v = L.stack[base + i - 1];
      if (typeof v === "string") return v;
      let b = bufferOf(v);
      if (b === null) {
        const mo = metaLookup(L.G, v, MM.tostring);
        if (mo !== undefined) {
          if (L.top < base + nargs) L.top = base + nargs;
          v = call1(L, mo, v);
          if (typeof v === "string") return v;
          b = bufferOf(v);
        }
      }
      if (b !== null) {
        if (b === self) argError(L, i, errMsg(ErrMsg.BUFFER_SELF));
        return b.toString();
      }
      return tostringBasic(v);
    },
    ptr: (i) => ptrText(L.stack[base + i - 1]),
    argError: (i, msg) => argError(L, i, msg),
    error: (msg) => callerError(L, msg),
  };
}

const format: NativeFn = (L, base, nargs) => {
  const fmt = checkStr(L, base, nargs, 1);
  L.stack[base] = strFormat(fmt, formatArgs(L, base, nargs));
  return 1;
};

// -- Opening --------------------------------------------------------------------------

export function open(L: LuaState): void {
  const G = L.G;
  const t = registerLib(L, "string", {
    byte,
    char,
    sub,
    rep,
    reverse,
    lower,
    upper,
    dump,
    find,
    match,
    gmatch,
    gsub: gsubFn,
    format,
  });
  t.setStr("len", libClosure(L, "string.len"));
  const mt = new LuaTable();
  mt.setStr("__index", t);
  G.basemt[LuaType.STRING] = mt;
  preloadTable(G).setStr("string.buffer", newNative(G, "", openBuffer));
}
