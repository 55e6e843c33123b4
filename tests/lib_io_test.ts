// The stdio engine (number scanning, read formats) against luajit (lib_data/io.json).
import assert from "node:assert/strict";
import {
  CFile,
  FileKind,
  MemoryError,
  type ReadFormat,
  readFormats,
  stringBackend,
} from "../core/lib/io_file.ts";
import { fromJ, type JVal, type LuaVal } from "./golden/lib_data/oracle.ts";

interface Data {
  numbers: { input: JVal; out: JVal[] }[];
  reads: { input: JVal; formats: JVal[]; out: JVal[] }[];
}
const data: Data = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/lib_data/io.json", import.meta.url)),
);

const fileOf = (s: string) => new CFile(stringBackend(s), true, false, FileKind.FILE);
const same = (a: LuaVal[], b: LuaVal[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]) || (x !== x && b[i] !== b[i]));

Deno.test("read('*n') scans numbers as glibc's fscanf does", () => {
  for (const c of data.numbers) {
    const f = fileOf(fromJ(c.input) as string);
    const n = f.readNumber();
    const got = [n, f.readAll()];
    assert.ok(same(got, c.out.map(fromJ)), `${JSON.stringify(c.input)}: got ${got}`);
  }
});

class ArgError extends Error {}

Deno.test("read formats match luajit", () => {
  for (const c of data.reads) {
    const f = fileOf(fromJ(c.input) as string);
    const fmts: ReadFormat[] = c.formats.map(fromJ).map((v) =>
      typeof v === "string" || typeof v === "number" ? v : { other: true }
    );
    let got: LuaVal[];
    try {
      const r = readFormats(f, fmts, 2, (n, msg) => {
        throw new ArgError(`bad argument #${n} to '?' (${msg})`);
      });
      got = [true, ...(r ?? [])];
    } catch (e) {
      if (!(e instanceof ArgError || e instanceof MemoryError)) throw e;
      got = [false, e.message];
    }
    assert.ok(
      same(got, c.out.map(fromJ)),
      `${JSON.stringify(c.input).slice(0, 40)} ${JSON.stringify(c.formats)}: got ${
        JSON.stringify(got).slice(0, 200)
      } want ${JSON.stringify(c.out).slice(0, 200)}`,
    );
  }
});
