// The pattern engine against luajit's results (tests/golden/lib_data/pattern.json).
import assert from "node:assert/strict";
import {
  expandReplacement,
  gmatchStep,
  gsub,
  PatternError,
  strFind,
} from "../core/lib/strmatch.ts";
import { fmtNum } from "../core/strfmt_num.ts";
import { fromJ, type JVal, type LuaVal } from "./golden/lib_data/oracle.ts";

interface Case {
  args: JVal[];
  out: JVal[];
}

class LuaErr extends Error {}

const str = (v: LuaVal) => (typeof v === "number" ? fmtNum(v) : String(v ?? "nil"));

/** The replacement table and function the generator's Lua side uses for "tbl" and "fn". */
const TBL: Record<string, LuaVal | object> = { hello: "HI", world: false, a: 1, x: "X", the: {} };
function fn(a: string | number, b?: string | number): LuaVal {
  if (a === "e") return null;
  return (b === undefined ? "" : str(b)) + "|" + str(a);
}

function replacementValue(v: LuaVal | object | undefined, text: string): string {
  if (v === undefined || v === null || v === false) return text;
  if (typeof v === "string") return v;
  if (typeof v === "number") return fmtNum(v);
  throw new LuaErr(`invalid replacement value (a ${typeof v === "object" ? "table" : typeof v})`);
}

function run(op: string, s: string, p: string, a: LuaVal, b: LuaVal): LuaVal[] {
  if (op === "find" || op === "match") {
    const init = a === null ? 1 : Math.trunc(a as number);
    const r = strFind(s, p, init, b !== null && b !== false, op === "find");
    return r === null ? [null] : r;
  }
  if (op === "gmatch") {
    const out: string[] = [];
    let pos = 0;
    while (out.length < 20) {
      const step = gmatchStep(s, p, pos);
      if (!step) break;
      pos = step.next;
      const c = step.caps;
      out.push(`${str(c[0])},${str(c[1] ?? null)},${str(c[2] ?? null)}`);
    }
    return [out.join(";"), out.length];
  }
  const maxN = b === null ? s.length + 1 : Math.trunc(b as number);
  const [res, n] = gsub(s, p, maxN, (ms, st, e) => {
    if (a === "tbl") {
      const k = ms.capture(0, st, e);
      return replacementValue(typeof k === "string" ? TBL[k] : undefined, s.slice(st, e));
    }
    if (a === "fn") {
      const caps = ms.captures(st, e, true);
      return replacementValue(fn(caps[0], caps[1]), s.slice(st, e));
    }
    return expandReplacement(ms, typeof a === "number" ? fmtNum(a) : a as string, st, e);
  });
  return [res, n];
}

const data: Case[] = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/lib_data/pattern.json", import.meta.url)),
);

Deno.test(`pattern matching matches luajit on ${data.length} cases`, () => {
  const failures: string[] = [];
  for (const c of data) {
    const [op, s, p, a, b] = c.args.map(fromJ) as [string, string, string, LuaVal, LuaVal];
    let got: LuaVal[];
    try {
      got = [true, ...run(op, s, p, a ?? null, b ?? null)];
    } catch (e) {
      if (!(e instanceof PatternError || e instanceof LuaErr)) throw e;
      got = [false, e.message];
    }
    const want = c.out.map(fromJ);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      failures.push(
        `${JSON.stringify(c.args)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
      );
    }
  }
  assert.equal(failures.length, 0, failures.slice(0, 30).join("\n"));
});
