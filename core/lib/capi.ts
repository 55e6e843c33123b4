// The few Lua C API operations the libraries need with metamethods, called from natives:
// lua_gettable (gsub with a table), lua_lessthan (table.sort) and lua_tolstring-style
// conversions. Metamethods are called through the VM as nested calls, as in LuaJIT.
import { LuaTable } from "../table.ts";
import { type LuaValue, tostringBasic, typeName, typeOf } from "../value.ts";
import { type LuaState, MM } from "../state.ts";
import { ErrMsg, errMsg, LuaError, throwMsg } from "../err.ts";
import { metaLookup, strCmp } from "../meta.ts";
import { call2 } from "../lib.ts";
import { LuaFunction } from "../func.ts";
import { fmtNum } from "../strfmt_num.ts";

/** Max. length of an __index chain (LJ_MAX_IDXCHAIN). */
const MAX_IDXCHAIN = 100;

/** t[k] with __index metamethods (lua_gettable). */
export function index(L: LuaState, o: LuaValue, k: LuaValue): LuaValue {
  for (let loop = 0; loop < MAX_IDXCHAIN; loop++) {
    let mo: LuaValue;
    if (o instanceof LuaTable) {
      const v = o.get(k);
      if (v !== undefined) return v;
      mo = o.mt === undefined ? undefined : o.mt.getStr("__index");
      if (mo === undefined) return undefined;
    } else {
      mo = metaLookup(L.G, o, MM.index);
      if (mo === undefined) {
        throw new LuaError(errMsg(ErrMsg.BADOPRV, errMsg(ErrMsg.OPINDEX), typeName(o)));
      }
    }
    if (mo instanceof LuaFunction) return call2(L, mo, o, k);
    o = mo;
  }
  return throwMsg(ErrMsg.GETLOOP);
}

/**
 * a < b with __lt metamethods (lua_lessthan): both operands must be of the same type and
 * have the same metamethod (Lua 5.1 rules). Errors carry no position, as in LuaJIT.
 */
export function lessThan(L: LuaState, a: LuaValue, b: LuaValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCmp(a, b) < 0;
  if (typeOf(a) === typeOf(b)) {
    const mo = metaLookup(L.G, a, MM.lt);
    if (mo !== undefined && mo === metaLookup(L.G, b, MM.lt)) {
      const r = call2(L, mo, a, b);
      return r !== undefined && r !== false;
    }
  }
  const ta = typeName(a), tb = typeName(b);
  throw new LuaError(ta === tb ? errMsg(ErrMsg.BADCMPV, ta) : errMsg(ErrMsg.BADCMPT, ta, tb));
}

/** lua_tolstring: strings and numbers as text, undefined for other values. */
export function toLString(v: LuaValue): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number") return fmtNum(v);
  return undefined;
}

/** The text tostring would give without calling metamethods. */
export { tostringBasic };
