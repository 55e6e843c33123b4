// Library functions that LuaJIT implements in Lua rather than natively (string.len,
// math.deg/rad, table.foreach/foreachi/getn/remove/move). They are compiled from the
// sources below and patched the way LuaJIT's build does it, so that they behave like
// LuaJIT's builtins in every observable way:
//   CHECK_<type>(var)  becomes a type check of var's slot (ISTYPE, or ISNUM for numbers),
//                      which raises "bad argument #n to 'f' (<type> expected, got ...)";
//   a table checked with CHECK_tab is then indexed raw (TGETV/TSETV become TGETR/TSETR);
//   PAIRS(t)           iterates with `next` semantics (ITERC becomes ITERN).
// The protos are stripped and named after the function ("[builtin:remove]" in messages).
import { BC, bcA, bcB, bcD, bcOp, insAD, setOp } from "../bc.ts";
import { LuaFunction, Proto } from "../func.ts";
import { parse } from "../parse.ts";
import type { LuaState } from "../state.ts";

/** Type codes of ISTYPE/ISNUM operands: the complement of LuaJIT's itype, plus one. */
const CHECK_TYPES: Record<string, { op: number; d: number }> = {
  str: { op: BC.ISTYPE, d: 5 },
  func: { op: BC.ISTYPE, d: 9 },
  tab: { op: BC.ISTYPE, d: 12 },
  int: { op: BC.ISNUM, d: 15 }, // Numbers have no integer subtype on x64.
  num: { op: BC.ISNUM, d: 15 },
};

/** Sources by "library.name". */
export const LIB_LUA_SOURCES: Record<string, string> = {
  "string.len": `function(s)
    CHECK_str(s)
    return #s
  end`,
  "math.deg": `function(x) return x * 57.29577951308232 end`,
  "math.rad": `function(x) return x * 0.017453292519943295 end`,
  "table.foreachi": `function(t, f)
    CHECK_tab(t)
    CHECK_func(f)
    for i = 1, #t do
      local r = f(i, t[i])
      if r ~= nil then return r end
    end
  end`,
  "table.foreach": `function(t, f)
    CHECK_tab(t)
    CHECK_func(f)
    for k, v in PAIRS(t) do
      local r = f(k, v)
      if r ~= nil then return r end
    end
  end`,
  "table.getn": `function(t)
    CHECK_tab(t)
    return #t
  end`,
  "table.remove": `function(t, pos)
    CHECK_tab(t)
    local n = #t
    if pos == nil then
      if n ~= 0 then
        local v = t[n]
        t[n] = nil
        return v
      end
    else
      CHECK_int(pos)
      if pos >= 1 and pos <= n then
        local v = t[pos]
        for i = pos + 1, n do t[i - 1] = t[i] end
        t[n] = nil
        return v
      end
    end
  end`,
  "table.move": `function(src, from, to, dst, tbl)
    CHECK_tab(src)
    CHECK_int(from)
    CHECK_int(to)
    CHECK_int(dst)
    if tbl == nil then tbl = src end
    CHECK_tab(tbl)
    if to >= from then
      local d = dst - from
      if dst > to or dst <= from or tbl ~= src then
        for i = from, to do tbl[i + d] = src[i] end
      else
        for i = to, from, -1 do tbl[i + d] = src[i] end
      end
    end
    return tbl
  end`,
};

/** First line marker of builtin protos (LuaJIT's ~0): debug info shows no lines for them. */
export const BUILTIN_FIRSTLINE = -1;

/** Compiles one library function: `name` is what messages call it ("remove"). */
export function compileLibFunction(name: string, source: string): Proto {
  const checks = new Map<number, string>();
  let marker = -30000;
  let pairs = false;
  // Each check becomes an assignment of a unique small constant (a KSHORT to patch).
  let code = source.replace(/CHECK_(\w*)\((.*?)\)/g, (_m, tp: string, v: string) => {
    marker++;
    checks.set(marker, tp);
    return `${v}=${marker}`;
  });
  code = code.replace(/PAIRS\((.*?)\)/g, (_m, v: string) => {
    pairs = true;
    return `nil, ${v}, 0`;
  });
  const main = parse("return " + code, "=" + name);
  const pt = main.kgc.find((k): k is Proto => k instanceof Proto);
  if (!pt) throw new Error(`libbc: no function in the source of ${name}`);
  const rawTables = new Set<number>();
  const bc = pt.bc;
  for (let pc = 0; pc < bc.length; pc++) {
    const ins = bc[pc];
    const op = bcOp(ins);
    if (op === BC.KSHORT) {
      const tp = checks.get((bcD(ins) << 16) >> 16);
      if (tp === undefined) continue;
      const chk = CHECK_TYPES[tp];
      if (!chk) throw new Error(`libbc: unknown check type ${tp}`);
      if (tp === "tab") rawTables.add(bcA(ins));
      bc[pc] = insAD(chk.op, bcA(ins), chk.d);
    } else if (op === BC.TGETV && rawTables.has(bcB(ins))) {
      bc[pc] = setOp(ins, BC.TGETR);
    } else if (op === BC.TSETV && rawTables.has(bcB(ins))) {
      bc[pc] = setOp(ins, BC.TSETR);
    } else if (op === BC.ITERC && pairs) {
      bc[pc] = setOp(ins, BC.ITERN);
    }
  }
  pt.chunkname = name;
  pt.firstline = BUILTIN_FIRSTLINE;
  pt.numline = 0;
  pt.lineinfo = null;
  pt.varinfo = [];
  pt.uvnames = [];
  pt.stripped = true;
  return pt;
}

/** All library functions written in Lua, compiled, by "library.name". */
export function compileLibFunctions(): Map<string, Proto> {
  const out = new Map<string, Proto>();
  for (const [key, src] of Object.entries(LIB_LUA_SOURCES)) {
    out.set(key, compileLibFunction(key.slice(key.indexOf(".") + 1), src));
  }
  return out;
}

/** Compiled protos, shared by all states (protos are immutable). */
let compiled: Map<string, Proto> | null = null;

/** A closure of the library function "library.name", with the globals as environment. */
export function libClosure(L: LuaState, key: string): LuaFunction {
  compiled ??= compileLibFunctions();
  const pt = compiled.get(key);
  if (!pt) throw new Error(`libbc: no library function ${key}`);
  return new LuaFunction(pt, null, L.G.globals);
}
