// string.buffer's serialization format against luajit (tests/golden/lib_data/buffer.json).
import assert from "node:assert/strict";
import {
  decode,
  decodeAt,
  encode,
  prepareDict,
  type SerDicts,
  SerializeError,
} from "../core/serialize.ts";
import { LuaTable } from "../core/table.ts";
import { LocatableError, LuaError } from "../core/err.ts";
import type { LuaValue } from "../core/value.ts";
import { fmtNum } from "../core/strfmt_num.ts";
import { quoteString } from "../core/strfmt.ts";
import { fromJ, type JVal } from "./golden/lib_data/oracle.ts";

type Desc = JVal | { t: [Desc, Desc][]; mt?: number } | { deep: number };
interface Data {
  encode: { value: Desc; plain: JVal[]; dict: JVal[] }[];
  decode: { bytes: JVal; plain: JVal[]; dict: JVal[] }[];
}
const data: Data = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/lib_data/buffer.json", import.meta.url)),
);

const MT = [new LuaTable(), new LuaTable()];

function build(d: Desc): LuaValue {
  if (d === null) return undefined;
  if (typeof d !== "object") return fromJ(d) as LuaValue;
  if ("deep" in d) {
    let t = new LuaTable();
    for (let i = 2; i <= d.deep; i++) {
      const u = new LuaTable(2);
      u.set(1, t);
      t = u;
    }
    return t;
  }
  const t = new LuaTable();
  for (const [k, v] of d.t) t.set(build(k), build(v));
  if (d.mt !== undefined) t.mt = MT[d.mt - 1];
  return t;
}

function dicts(): SerDicts {
  const str = new LuaTable(3);
  str.set(1, "name");
  str.set(2, "dict");
  const mt = new LuaTable(3);
  mt.set(1, MT[0]);
  mt.set(2, false);
  prepareDict(str, false);
  prepareDict(mt, true);
  return { str, mt };
}

const hex = (s: string) =>
  Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");

/** The generator's canonical text of a value (tables: entries sorted by text). */
function dump(v: LuaValue): string {
  if (typeof v === "string") return quoteString(v);
  if (typeof v === "number") return fmtNum17(v);
  if (v === undefined) return "nil";
  if (typeof v === "boolean") return String(v);
  if (!(v instanceof LuaTable)) return String(v);
  const items: string[] = [];
  const out: LuaValue[] = [];
  for (let i = v.nextAt(0, out, 0); i; i = v.nextAt(i, out, 0)) {
    items.push(dump(out[0]) + "=" + dump(out[1]));
  }
  items.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const m = v.mt === MT[0] ? "mt1" : v.mt === MT[1] ? "mt2" : "";
  return m + "{" + items.join(",") + "}";
}
function fmtNum17(n: number): string {
  // %.17g of the numbers the cases decode (integers and simple fractions).
  return Number.isInteger(n) && Math.abs(n) < 1e17 ? String(n) : fmtNum(n);
}

function attempt(f: () => string): JVal[] {
  try {
    return [true, "s:" + f()];
  } catch (e) {
    if (e instanceof SerializeError) return [false, "s:" + e.message];
    if (e instanceof LuaError) return [false, "s:" + String(e.value)];
    if (e instanceof LocatableError) return [false, "s:" + e.msg];
    throw e;
  }
}

/** Encodings of tables with several hash keys depend on hash node order. */
function hashKeys(d: Desc): number {
  if (d === null || typeof d !== "object" || "deep" in d) return 0;
  return Math.max(
    d.t.filter(([k]) => typeof k !== "string" || !/^n:\d+$/.test(k)).length,
    ...d.t.map(([, v]) => hashKeys(v)),
  );
}

Deno.test("string.buffer encodings match luajit", () => {
  let checked = 0;
  for (const c of data.encode) {
    if (hashKeys(c.value) > 1) continue;
    checked++;
    assert.deepEqual(attempt(() => hex(encode(build(c.value)))), c.plain, JSON.stringify(c.value));
    assert.deepEqual(
      attempt(() => hex(encode(build(c.value), dicts()))),
      c.dict,
      JSON.stringify(c.value),
    );
  }
  assert.ok(checked > 40);
});

Deno.test("string.buffer decodings match luajit", () => {
  for (const c of data.decode) {
    const bytes = fromJ(c.bytes) as string;
    // Light userdata (tag 3) has no counterpart here.
    if (bytes.charCodeAt(0) === 3) continue;
    assert.deepEqual(attempt(() => dump(decode(bytes))), c.plain, JSON.stringify(bytes));
    assert.deepEqual(
      attempt(() => {
        const [v, pos] = decodeAt(bytes, 0, dicts());
        return dump(v) + "|" + (bytes.length - pos);
      }),
      c.dict,
      JSON.stringify(bytes),
    );
  }
});
