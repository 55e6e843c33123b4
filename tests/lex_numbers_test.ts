// Number texts against luajit (tests/golden/bc/data/numbers.json, written by gen_numbers.ts):
// scanNumber as tonumber uses it, and number literals as the lexer and parser compile them.
import assert from "node:assert/strict";
import { BC, bcD, bcOp } from "../core/bc.ts";
import { KCdata, type Proto } from "../core/func.ts";
import { LuaSyntaxError } from "../core/lex.ts";
import { parse } from "../core/parse.ts";
import { fmtNum } from "../core/strfmt_num.ts";
import { scanNumber, STRSCAN_ERROR, STRSCAN_OPT_TONUM } from "../core/strscan.ts";
import { fromJ, type JVal, type LuaVal } from "./golden/lib_data/oracle.ts";

interface Case {
  s: string;
  num: JVal;
  lit: JVal;
}

const CASES: Case[] = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/bc/data/numbers.json", import.meta.url)),
);

const show = (
  v: LuaVal,
) => (typeof v === "number" ? fmtNum(v) + (Object.is(v, -0) ? "(-0)" : "") : String(v));

Deno.test("scanNumber gives tonumber's result for every text", () => {
  for (const c of CASES) {
    const r = scanNumber(c.s, STRSCAN_OPT_TONUM);
    const got: LuaVal = r.fmt === STRSCAN_ERROR ? null : r.n;
    const exp = fromJ(c.num);
    assert(
      Object.is(got, exp) || (got !== got && exp !== exp),
      `${JSON.stringify(c.s)}: ${show(got)} != ${show(exp)}`,
    );
  }
});

/** tostring of a cdata constant, as LuaJIT formats 64-bit integers and complex numbers. */
function cdataString(k: KCdata): string {
  if (k.kind === "int64") return `${k.int}LL`;
  if (k.kind === "uint64") return `${k.int}ULL`;
  const sign = Object.is(k.im, -0) || k.im < 0 ? "" : "+";
  return `${fmtNum(k.re)}${sign}${fmtNum(k.im)}i`;
}

/** The value `return <literal>` returns, read off its bytecode. */
function returnedConstant(pt: Proto): LuaVal {
  const ins = pt.bc[1];
  const d = bcD(ins);
  switch (bcOp(ins)) {
    case BC.KSHORT:
      return d > 0x7fff ? d - 0x10000 : d;
    case BC.KNUM:
      return pt.kn[d];
    case BC.KCDATA:
      return "c:" + cdataString(pt.kgc[d] as KCdata);
    case BC.RET0:
      return null;
  }
  throw new Error(`unexpected instruction ${bcOp(ins)}`);
}

Deno.test("number literals compile to luajit's constants and errors", () => {
  for (const c of CASES) {
    if (c.lit === null) continue;
    const src = "return " + c.s;
    let got: LuaVal;
    try {
      got = returnedConstant(parse(src, src));
    } catch (e) {
      if (!(e instanceof LuaSyntaxError)) throw e;
      got = "e:" + e.message;
    }
    const exp = fromJ(c.lit);
    assert(Object.is(got, exp), `${JSON.stringify(c.s)}: ${show(got)} != ${show(exp)}`);
  }
});
