// The table library (lib_table.c): insert, concat, sort (LuaJIT's quicksort, so that the
// comparator sees the same calls), maxn, and table.new/table.clear via require.
// foreach, foreachi, getn, remove and move are Lua functions (core/lib/libbc.ts).
import type { NativeFn } from "../func.ts";
import { hsize2hbits, LuaTable } from "../table.ts";
import type { LuaValue } from "../value.ts";
import type { LuaState } from "../state.ts";
import { ErrMsg, throwMsg } from "../err.ts";
import { typeName } from "../value.ts";
import {
  arg,
  call2,
  callerErr,
  checkFunc,
  checkInt,
  checkTable,
  newNative,
  optInt,
  optStr,
  registerLib,
} from "../lib.ts";
import { fmtNum } from "../strfmt_num.ts";
import { libClosure } from "./libbc.ts";
import { lessThan } from "./capi.ts";
import { preloadTable } from "./package.ts";
import { lengthError, MAX_JS_STR, memError } from "./strbuild.ts";

/** Largest array part (LJ_MAX_ASIZE) and hash bits (LJ_MAX_HBITS). */
const MAX_ASIZE = (1 << 27) + 1;
const MAX_HBITS = 26;

const maxn: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  let m = 0;
  const arr = t.arr;
  for (let i = arr.length - 1; i >= 0; i--) {
    if (arr[i] !== undefined) {
      m = i;
      break;
    }
  }
  const keys = t.hkeys, vals = t.hvals;
  if (keys !== null) {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (vals![i] !== undefined && typeof k === "number" && k > m) m = k;
    }
  }
  L.stack[base] = m;
  return 1;
};

const insert: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  let i = t.length() + 1;
  if (nargs !== 2) {
    if (nargs !== 3) callerErr(L, ErrMsg.TABINS);
    const n = checkInt(L, base, nargs, 2);
    for (; i > n; i--) t.setInt(i, t.getInt(i - 1));
    i = n;
  }
  t.setInt(i, L.stack[base + nargs - 1]);
  return 0;
};

const concat: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  const sep = optStr(L, base, nargs, 2) ?? "";
  const i = optInt(L, base, nargs, 3, 1);
  const e = arg(L, base, nargs, 4) !== undefined ? checkInt(L, base, nargs, 4) : t.length();
  const parts: string[] = [];
  let total = 0;
  for (let k = i; k <= e; k++) {
    const v = t.getInt(k);
    const s = typeof v === "string" ? v : typeof v === "number" ? fmtNum(v) : undefined;
    if (s === undefined) callerErr(L, ErrMsg.TABCAT, typeName(v), k);
    total += s.length + (k > i ? sep.length : 0);
    if (total > 2 ** 31) memError();
    parts.push(s);
    if (k === 0x7fffffff) break; // The int32 loop counter of C ends here.
  }
  if (total > MAX_JS_STR) lengthError(total);
  L.stack[base] = parts.join(sep);
  return 1;
};

// -- sort -----------------------------------------------------------------------------

/** Sorts t[l..u] as lib_table.c's auxsort does, reading and writing the same slots. */
function auxsort(L: LuaState, t: LuaTable, cmp: LuaValue, l: number, u: number): void {
  const lt = cmp === undefined
    ? (a: LuaValue, b: LuaValue) => lessThan(L, a, b)
    : (a: LuaValue, b: LuaValue) => {
      const r = call2(L, cmp, a, b);
      return r !== undefined && r !== false;
    };
  while (l < u) {
    // Order t[l], t[(l+u)/2] and t[u].
    let a = t.getInt(l), b = t.getInt(u);
    if (lt(b, a)) {
      t.setInt(l, b);
      t.setInt(u, a);
    }
    if (u - l === 1) break;
    let i = Math.floor((l + u) / 2);
    a = t.getInt(i);
    b = t.getInt(l);
    if (lt(a, b)) {
      t.setInt(i, b);
      t.setInt(l, a);
    } else {
      b = t.getInt(u);
      if (lt(b, a)) {
        t.setInt(i, b);
        t.setInt(u, a);
      }
    }
    if (u - l === 2) break;
    // The pivot goes to u-1; partition t[l+1..u-2].
    const P = t.getInt(i);
    t.setInt(i, t.getInt(u - 1));
    t.setInt(u - 1, P);
    i = l;
    let j = u - 1;
    for (;;) {
      let x: LuaValue, y: LuaValue;
      while (lt(x = t.getInt(++i), P)) {
        if (i >= u) callerErr(L, ErrMsg.TABSORT);
      }
      while (lt(P, y = t.getInt(--j))) {
        if (j <= l) callerErr(L, ErrMsg.TABSORT);
      }
      if (j < i) break;
      t.setInt(i, y);
      t.setInt(j, x);
    }
    a = t.getInt(u - 1);
    b = t.getInt(i);
    t.setInt(u - 1, b);
    t.setInt(i, a);
    // Recurse into the smaller part, loop on the larger one.
    if (i - l < u - i) {
      j = l;
      i = i - 1;
      l = i + 2;
    } else {
      j = i + 1;
      i = u;
      u = j - 2;
    }
    auxsort(L, t, cmp, j, i);
  }
}

const sort: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  const n = t.length();
  const cmp = arg(L, base, nargs, 2);
  if (cmp !== undefined) checkFunc(L, base, nargs, 2);
  if (L.top < base + nargs) L.top = base + nargs;
  auxsort(L, t, cmp, 1, n);
  return 0;
};

// -- table.new and table.clear ----------------------------------------------------------

const tnew: NativeFn = (L, base, nargs) => {
  const a = checkInt(L, base, nargs, 1);
  const h = checkInt(L, base, nargs, 2);
  const asize = a > 0 ? a + 1 : 0;
  const hbits = hsize2hbits(h); // Negative sizes end in TABOV, as in LuaJIT.
  if (asize > MAX_ASIZE || hbits > MAX_HBITS) throwMsg(ErrMsg.TABOV);
  L.stack[base] = new LuaTable(asize, hbits);
  return 1;
};

const tclear: NativeFn = (L, base, nargs) => {
  checkTable(L, base, nargs, 1).clear();
  return 0;
};

/** A loader for require("table.new") etc.: returns the function, also stored as t.name. */
function postreg(t: LuaTable, key: string, name: string, fn: NativeFn): NativeFn {
  return (L, base) => {
    const f = newNative(L.G, key, fn);
    t.setStr(name, f);
    L.stack[base] = f;
    return 1;
  };
}

export function open(L: LuaState): void {
  const t = registerLib(L, "table", { maxn, insert, concat, sort });
  for (const k of ["foreachi", "foreach", "getn", "remove", "move"]) {
    t.setStr(k, libClosure(L, "table." + k));
  }
  const pre = preloadTable(L.G);
  pre.setStr("table.new", newNative(L.G, "", postreg(t, "table.new", "new", tnew)));
  pre.setStr("table.clear", newNative(L.G, "", postreg(t, "table.clear", "clear", tclear)));
}
