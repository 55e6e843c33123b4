// Metamethod lookup and the value semantics behind the instructions' slow paths:
// number coercion of strings, LuaJIT's arithmetic results, string comparison.
// Calling metamethods (continuation frames) is in vm_meta.ts.
import { LuaType, type LuaValue, typeOf } from "./value.ts";
import { LuaTable } from "./table.ts";
import { type GlobalState, MM, MM_FAST, MM_NAMES } from "./state.ts";
import { scanNumber, STRSCAN_ERROR, STRSCAN_OPT_TONUM } from "./strscan.ts";
import { LuaUserdata } from "./value.ts";

/** Metatable of a value (tables and userdata have their own, other types share one). */
export function getMetatable(G: GlobalState, o: LuaValue): LuaTable | undefined {
  if (o instanceof LuaTable) return o.mt;
  if (o instanceof LuaUserdata) return o.mt as LuaTable | undefined;
  return G.basemt[typeOf(o)];
}

/** A metamethod of a metatable with LuaJIT's negative cache for the fast ones. */
export function metaFast(mt: LuaTable | undefined, mm: MM): LuaValue {
  if (mt === undefined) return undefined;
  if (mm <= MM_FAST && (mt.nomm & (1 << mm)) !== 0) return undefined;
  const v = mt.getStr(MM_NAMES[mm]);
  if (v === undefined && mm <= MM_FAST) mt.nomm |= 1 << mm;
  return v;
}

/** A metamethod of any value, or undefined (lj_meta_lookup). */
export function metaLookup(G: GlobalState, o: LuaValue, mm: MM): LuaValue {
  const mt = getMetatable(G, o);
  return mt === undefined ? undefined : mt.getStr(MM_NAMES[mm]);
}

/** A number, or a string that converts to one; undefined otherwise (str2num). */
export function toNumber(v: LuaValue): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") return strToNumber(v);
  return undefined;
}

/** String to number as Lua's coercions do it (lj_strscan_num), or undefined. */
export function strToNumber(s: string): number | undefined {
  const r = scanNumber(s, STRSCAN_OPT_TONUM);
  return r.fmt === STRSCAN_ERROR ? undefined : r.n;
}

/** C's pow() where it differs from JS's `**`: pow(1, y) and pow(-1, ±inf) are 1. */
export function luaPow(x: number, y: number): number {
  if (x === 1 || (x === -1 && (y === Infinity || y === -Infinity))) return 1;
  return x ** y;
}

/** Arithmetic on two numbers by metamethod number (lj_vm_foldarith). */
export function arithNum(x: number, y: number, mm: MM): number {
  switch (mm) {
    case MM.add:
      return x + y;
    case MM.sub:
      return x - y;
    case MM.mul:
      return x * y;
    case MM.div:
      return x / y;
    case MM.mod:
      return x - Math.floor(x / y) * y;
    case MM.pow:
      return luaPow(x, y);
    case MM.unm:
      return -x;
    default:
      return x;
  }
}

/** Byte-wise string comparison (lj_str_cmp): negative, zero or positive. */
export function strCmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Type tag for comparisons of different types (LuaJIT compares itypes). */
export function sameType(a: LuaValue, b: LuaValue): boolean {
  const ta = typeOf(a), tb = typeOf(b);
  return ta === tb ||
    (ta === LuaType.USERDATA && tb === LuaType.USERDATA);
}
