// string.format engine against luajit's results (tests/golden/lib_data/format.json).
import assert from "node:assert/strict";
import { fmtNum, type FormatArgs, strFormat } from "../core/strfmt.ts";
import { fromJ, type JVal, type LuaVal } from "./golden/lib_data/oracle.ts";

interface Case {
  args: JVal[];
  ok: boolean;
  out: JVal;
}

class LuaErr extends Error {}

const typeName = (v: LuaVal | undefined) =>
  v === undefined ? "no value" : v === null ? "nil" : typeof v;

/** Arguments as the string library passes them, for plain values (no metatables). */
function argsOf(vals: LuaVal[]): FormatArgs {
  const bad = (i: number, msg: string): never => {
    throw new LuaErr(`bad argument #${i} to '?' (${msg})`);
  };
  const num = (i: number): number => {
    const v = vals[i - 1];
    if (typeof v === "number") return v;
    if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
    return bad(i, `number expected, got ${typeName(v)}`);
  };
  return {
    count: vals.length,
    num,
    int: (i) => num(i) | 0,
    str(i) {
      const v = vals[i - 1];
      if (typeof v === "string") return v;
      if (typeof v === "number") return fmtNum(v);
      return String(v === null ? "nil" : v);
    },
    ptr: () => "NULL",
    argError: bad,
    error(msg): never {
      throw new LuaErr(msg);
    },
  };
}

const data: Case[] = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/lib_data/format.json", import.meta.url)),
);

Deno.test(`string.format matches luajit on ${data.length} cases`, () => {
  const failures: string[] = [];
  for (const c of data) {
    const vals = c.args.map(fromJ);
    const fmt = vals[0] as string;
    let ok = true, out: string;
    try {
      out = strFormat(fmt, argsOf(vals));
    } catch (e) {
      if (!(e instanceof LuaErr)) throw e;
      ok = false;
      out = e.message;
    }
    const exp = fromJ(c.out);
    if (ok !== c.ok || out !== exp) {
      failures.push(
        `${JSON.stringify(c.args)}: got ${JSON.stringify(out)}, want ${JSON.stringify(exp)}`,
      );
    }
  }
  assert.equal(failures.length, 0, failures.slice(0, 30).join("\n"));
});
