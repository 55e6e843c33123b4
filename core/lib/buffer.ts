// string.buffer (lib_buffer.c): buffer objects with put/putf/get/skip/set/reset/free,
// length and tostring, and LuaJIT's serialization (core/serialize.ts). The FFI methods
// (putcdata, reserve, commit, ref) need cdata pointers and are not provided.
import { LuaFunction, type NativeFn } from "../func.ts";
import { LuaTable } from "../table.ts";
import { LuaUserdata, type LuaValue, typeName } from "../value.ts";
import { type GlobalState, type LuaState, MM } from "../state.ts";
import { ErrMsg, errMsg } from "../err.ts";
import { metaLookup } from "../meta.ts";
import {
  arg,
  argError,
  call1,
  callerError,
  checkAny,
  checkTable,
  setFuncs,
  typeError,
} from "../lib.ts";
import { strFormat } from "../strfmt.ts";
import { fmtNum } from "../strfmt_num.ts";
import { decodeAt, encode, prepareDict, SerializeError } from "../serialize.ts";
import { SBuf } from "./sbuf.ts";
import { bufferOf, formatArgs } from "./string.ts";

/** Largest buffer (LJ_MAX_BUF). */
const MAX_BUF = 0x7fffff00;

/** Builtin numbers: LuaJIT numbers the buffer functions after the FFI's. */
const FFID_METHODS = [
  "free",
  "reset",
  "skip",
  "set",
  "put",
  "putf",
  "get",
  "putcdata",
  "reserve",
  "commit",
  "ref",
  "encode",
  "decode",
  "__gc",
  "__tostring",
  "__len",
];
const FFID_FIRST_METHOD = 204;
const FFID_LIB: Record<string, number> = { new: 220, encode: 221, decode: 222 };

/** The buffer in argument 1 ("buffer expected"). */
function toBuf(L: LuaState, base: number, nargs: number): SBuf {
  const b = nargs >= 1 ? bufferOf(L.stack[base]) : null;
  if (b === null) typeError(L, base, nargs, 1, "buffer");
  return b!;
}

/** lj_lib_checkintrange: a number within [lo, hi], without string coercion. */
function checkIntRange(
  L: LuaState,
  base: number,
  nargs: number,
  narg: number,
  lo: number,
  hi: number,
): number {
  const v = arg(L, base, nargs, narg);
  if (typeof v !== "number") return typeError(L, base, nargs, narg, "number");
  const i = v | 0; // No integerness check, as in LuaJIT; overflow lands out of range.
  const n = v >= -2147483648 && v < 2147483648 ? i : -2147483648;
  if (n < lo || n > hi) argError(L, narg, errMsg(ErrMsg.NUMRNG));
  return n;
}

/** Runs the serializer; its errors are raised at the caller. */
function serializing<T>(L: LuaState, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SerializeError) callerError(L, e.message);
    throw e;
  }
}

const methods: Record<string, NativeFn> = {
  free(L, base, nargs) {
    toBuf(L, base, nargs).reset();
    return 1;
  },
  reset(L, base, nargs) {
    toBuf(L, base, nargs).reset();
    return 1;
  },
  skip(L, base, nargs) {
    const b = toBuf(L, base, nargs);
    b.skip(checkIntRange(L, base, nargs, 2, 0, MAX_BUF));
    return 1;
  },
  set(L, base, nargs) {
    const b = toBuf(L, base, nargs);
    const v = arg(L, base, nargs, 2);
    if (typeof v !== "string") return typeError(L, base, nargs, 2, "string");
    b.set(v);
    return 1;
  },
  put(L, base, nargs) {
    const b = toBuf(L, base, nargs);
    if (L.top < base + nargs) L.top = base + nargs;
    for (let i = 2; i <= nargs; i++) {
      let v = L.stack[base + i - 1];
      let triedMeta = false;
      for (;;) {
        if (typeof v === "string") b.put(v);
        else if (typeof v === "number") b.put(fmtNum(v));
        else if (bufferOf(v) !== null) {
          if (bufferOf(v) === b) argError(L, i, errMsg(ErrMsg.BUFFER_SELF));
          b.put(bufferOf(v)!.toString());
        } else {
          const mo = triedMeta ? undefined : metaLookup(L.G, v, MM.tostring);
          if (mo === undefined) {
            argError(L, i, errMsg(ErrMsg.BADTYPE, "string/number/__tostring", typeName(v)));
          }
          triedMeta = true;
          v = call1(L, mo, v);
          continue;
        }
        break;
      }
    }
    return 1;
  },
  putf(L, base, nargs) {
    const b = toBuf(L, base, nargs);
    const fa = formatArgs(L, base, nargs, b);
    const v = arg(L, base, nargs, 2);
    let fmt: string;
    if (typeof v === "string") fmt = v;
    else if (typeof v === "number") fmt = fmtNum(v);
    else return typeError(L, base, nargs, 2, "string");
    // The format string is argument 2: shift the argument numbers by one.
    b.put(strFormat(fmt, {
      count: nargs - 1,
      num: (i) => fa.num(i + 1),
      int: (i) => fa.int(i + 1),
      str: (i) => fa.str(i + 1),
      ptr: (i) => fa.ptr(i + 1),
      argError: (i, msg) => fa.argError(i + 1, msg),
      error: fa.error,
    }));
    return 1;
  },
  get(L, base, nargs) {
    const b = toBuf(L, base, nargs);
    if (nargs === 1) {
      L.stack[base + 1] = undefined;
      nargs = 2;
    }
    const S = L.stack;
    for (let i = 2; i <= nargs; i++) {
      const v = S[base + i - 1];
      const n = v === undefined ? MAX_BUF : checkIntRange(L, base, nargs, i, 0, MAX_BUF);
      S[base + i - 2] = b.get(n);
    }
    return nargs - 1;
  },
  encode(L, base, nargs) {
    const b = toBuf(L, base, nargs);
    const v = checkAny(L, base, nargs, 2);
    b.put(serializing(L, () => encode(v, { str: b.dictStr, mt: b.dictMt })));
    return 1;
  },
  decode(L, base, nargs) {
    const b = toBuf(L, base, nargs);
    const s = b.toString();
    const [v, pos] = serializing(L, () => decodeAt(s, 0, { str: b.dictStr, mt: b.dictMt }));
    b.skip(pos);
    if (b.length === 0) b.reset();
    L.stack[base] = v;
    return 1;
  },
  __gc() {
    return 0;
  },
  __tostring(L, base, nargs) {
    L.stack[base] = toBuf(L, base, nargs).toString();
    return 1;
  },
  __len(L, base, nargs) {
    L.stack[base] = toBuf(L, base, nargs).length;
    return 1;
  },
};

/** The metatable of buffer objects (also their method table), one per state. */
function bufferMeta(G: GlobalState): LuaTable {
  let mt = G.libData.get("buffer") as LuaTable | undefined;
  if (mt) return mt;
  mt = new LuaTable();
  setFuncs(G.mainThread, mt, "", methods);
  for (const k of Object.keys(methods)) {
    (mt.getStr(k) as LuaFunction).ffid = FFID_FIRST_METHOD + FFID_METHODS.indexOf(k);
  }
  mt.setStr("tostring", mt.getStr("__tostring"));
  mt.setStr("__metatable", "buffer");
  mt.setStr("__index", mt);
  G.libData.set("buffer", mt);
  return mt;
}

const lib: Record<string, NativeFn> = {
  new(L, base, nargs) {
    let targ = 1;
    let dictStr: LuaTable | null = null, dictMt: LuaTable | null = null;
    if (nargs >= 1 && !(L.stack[base] instanceof LuaTable)) {
      targ = 2;
      if (L.stack[base] !== undefined) checkIntRange(L, base, nargs, 1, 0, MAX_BUF);
    }
    if (targ <= nargs) {
      const opts = checkTable(L, base, nargs, targ);
      const d = opts.getStr("dict");
      const m = opts.getStr("metatable");
      serializing(L, () => {
        if (d instanceof LuaTable) prepareDict(dictStr = d, false);
        if (m instanceof LuaTable) prepareDict(dictMt = m, true);
      });
    }
    const sb = new SBuf();
    sb.dictStr = dictStr;
    sb.dictMt = dictMt;
    const ud = new LuaUserdata(sb);
    ud.mt = bufferMeta(L.G);
    L.stack[base] = ud;
    return 1;
  },
  encode(L, base, nargs) {
    const v = checkAny(L, base, nargs, 1);
    L.stack[base] = serializing(L, () => encode(v));
    return 1;
  },
  decode(L, base, nargs) {
    const s = arg(L, base, nargs, 1);
    if (typeof s !== "string") return typeError(L, base, nargs, 1, "string");
    L.stack[base] = serializing(L, () => {
      const [v, pos] = decodeAt(s, 0);
      if (pos !== s.length) throw new SerializeError("left-over data in buffer");
      return v;
    });
    return 1;
  },
};

/** require("string.buffer"): the library table. */
export const open: NativeFn = (L, base) => {
  bufferMeta(L.G);
  const t = new LuaTable();
  setFuncs(L, t, "", lib);
  for (const k of Object.keys(lib)) (t.getStr(k) as LuaFunction).ffid = FFID_LIB[k];
  L.stack[base] = t;
  return 1;
};

export type { LuaValue };
