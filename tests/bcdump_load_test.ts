// load()'s answers for truncated and damaged dumps under various chunk names (and the
// chunk name of what loads), as luajit gives them (tests/golden/bcdump_load/load.json, written by gen.ts there).
import assert from "node:assert/strict";
import { readBytecode } from "../formats/bcread.ts";
import { BytecodeError } from "../formats/bcdump.ts";
import { strToBytes } from "../core/bytes.ts";

interface Case {
  dump: string;
  name: string | null;
  result: string;
}

const cases: Case[] = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/bcdump_load/load.json", import.meta.url)),
);

function unhex(h: string): Uint8Array {
  return Uint8Array.from(h.match(/../g)!.map((x) => parseInt(x, 16)));
}

Deno.test(`bytecode load messages: ${cases.length} cases from luajit`, () => {
  assert(cases.length > 500);
  for (const c of cases) {
    const bytes = unhex(c.dump);
    // load(s) without a name uses the string itself as the chunk name.
    const chunkname = c.name ?? String.fromCharCode(...bytes);
    let got: string;
    try {
      const pt = readBytecode(bytes, chunkname);
      got = "ok " +
        [...strToBytes(pt.chunkname)].map((b) => b.toString(16).padStart(2, "0")).join("");
    } catch (e) {
      if (!(e instanceof BytecodeError)) throw e;
      got = e.message;
    }
    assert.equal(got, c.result, `${c.dump} as ${c.name}`);
  }
});
