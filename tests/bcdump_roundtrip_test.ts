// Reading luajit's dumps and writing them again, against the oracle's own files:
// - a fresh dump read and written again is the same dump (string-keyed template order
//   aside, which luajit randomises), except that templates with numeric hash keys are
//   rebuilt as luajit's loader rebuilds them, which may reorder their entries;
// - a loaded dump dumped again is what luajit writes for it (templates re-laid out);
// - C text, headers and object files around a dump are luajit's.
import assert from "node:assert/strict";
import { Proto } from "../core/func.ts";
import { parse } from "../core/parse.ts";
import { readBytecode } from "../formats/bcread.ts";
import { writeBytecode } from "../formats/bcwrite.ts";
import { type BcFileType, detectModName, saveBytecode } from "../formats/bcsave.ts";
import {
  compareCText,
  compareDumpContent,
  compareDumps,
  compareElf,
} from "./golden/bcdump_compare.ts";

import { allSuites, enterRoot, readExpected, suiteCases } from "./golden/harness.ts";

const GOLDEN = new URL("./golden/", import.meta.url).pathname;
enterRoot();

function cases(dir: string, ext: string): string[] {
  return [...Deno.readDirSync(GOLDEN + dir)]
    .filter((e) => e.name.endsWith(ext))
    .map((e) => e.name.slice(0, -ext.length))
    .sort();
}

function out(dir: string, stem: string): Uint8Array {
  return Deno.readFileSync(`${GOLDEN}${dir}/${stem}.out`);
}

/** Gives a loaded tree the chunk name of another input file. */
function rename(pt: Proto, chunkname: string): Proto {
  pt.chunkname = chunkname;
  for (const k of pt.kgc) if (k instanceof Proto) rename(k, chunkname);
  return pt;
}

/** Inputs with templates whose numeric hash keys move when luajit reloads them. */
const RELAID = ["templates", "templates_str"];

for (const [dir, strip] of [["bcdump", true], ["bcdump_g", false]] as const) {
  Deno.test(`${dir}: luajit's dumps read and written again`, () => {
    const suite = allSuites().find((s) => s.dir === dir)!;
    // Inputs that luajit compiled (syntax errors leave no dump).
    const loaded = suiteCases(suite).filter((c) => readExpected(c)?.code === 0);
    assert(loaded.length >= 10, "golden dumps present");
    for (const c of loaded) {
      const stem = c.stem.slice(c.stem.lastIndexOf("/") + 1);
      const dump = readExpected(c)!.stdout;
      const pt = readBytecode(dump, `@${c.stem}.raw`);
      if (!strip) assert.equal(pt.chunkname, `@${c.input}`);
      const again = writeBytecode(pt, strip);
      const why = RELAID.includes(stem)
        ? compareDumpContent(dump, again)
        : compareDumps(dump, again);
      assert.equal(why, null, `${stem}: ${why}`);
    }
  });
}

Deno.test("bcdump_redump: loaded dumps dumped again as luajit dumps them", () => {
  const names = cases("bcdump_redump", ".raw");
  assert(names.length >= 8);
  for (const stem of names) {
    const raw = Deno.readFileSync(`${GOLDEN}bcdump_redump/${stem}.raw`);
    const pt = readBytecode(raw, `@tests/golden/bcdump_redump/${stem}.raw`);
    const again = writeBytecode(pt, !stem.endsWith("_g"));
    const why = compareDumps(out("bcdump_redump", stem), again);
    assert.equal(why, null, `${stem}: ${why}`);
  }
});

Deno.test("stripping a dump with debug info gives luajit's stripped dump", () => {
  for (const stem of ["nested", "cdata", "vars", "numbers", "manyk"]) {
    const pt = readBytecode(out("bcdump_g", stem), "=x");
    assert.equal(compareDumps(out("bcdump", stem), writeBytecode(pt, true)), null, stem);
  }
});

// Files whose template tables survive a reload unchanged, so that the dump inside luajit's
// C/header/object output can be reproduced from the dump alone.
const SAVE_CASES = ["nested", "cdata", "numbers", "strings", "vars", "records"];

for (
  const [dir, type, from, compare] of [
    ["bcdump_c", "c", "bcdump", compareCText],
    ["bcdump_h", "h", "bcdump_g", compareCText],
    ["bcdump_o", "obj", "bcdump", compareElf],
  ] as const
) {
  Deno.test(`${dir}: ${type} output around luajit's dump`, () => {
    for (const stem of SAVE_CASES) {
      // The c/h/o suites run bcdump's inputs.
      const input = `tests/golden/bcdump/${stem}.lua`;
      const pt = rename(readBytecode(out(from, stem), "=x"), `@${input}`);
      const bytes = saveBytecode(pt, {
        strip: from === "bcdump",
        type: type as BcFileType,
        modname: detectModName(input),
        arch: "x64",
        os: "linux",
      });
      const why = compare(out(dir, stem), bytes);
      assert.equal(why, null, `${stem}: ${why}`);
    }
  });
}

Deno.test("number constants survive a dump: int32 as integers, others as doubles", () => {
  const values = [
    0,
    1,
    -1,
    63,
    64,
    -64,
    -65,
    8191,
    8192,
    2 ** 30,
    2 ** 31 - 1,
    -(2 ** 31),
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 32,
    0.5,
    -0.5,
    1e300,
    -1e-300,
    5e-324,
    Infinity,
    -Infinity,
    NaN,
    2 ** 52 + 7,
    0x7ff0000000001,
  ];
  const pt = parse("return", "=k");
  pt.kn = values.slice();
  const back = readBytecode(writeBytecode(pt, true), "=k").kn;
  assert.deepEqual(back, values);
  // -0 is written in integer form, as LuaJIT narrows it; it reads back as 0.
  pt.kn = [-0];
  assert(Object.is(readBytecode(writeBytecode(pt, true), "=k").kn[0], 0));
});
