// The library functions written in Lua compile to exactly luajit's bytecode for them
// (tests/golden/lib_data/libbc.json holds luajit's stripped dumps).
import assert from "node:assert/strict";
import { compileLibFunctions } from "../core/lib/libbc.ts";
import { writeBytecode } from "../formats/bcwrite.ts";
import { readBytecode } from "../formats/bcread.ts";
import { listProto } from "../formats/bclist.ts";

const want: Record<string, string> = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/lib_data/libbc.json", import.meta.url)),
);
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
const unhex = (s: string) => new Uint8Array(s.match(/../g)!.map((x) => parseInt(x, 16)));

for (const [name, pt] of compileLibFunctions()) {
  Deno.test(`${name} compiles to luajit's builtin bytecode`, () => {
    const got = hex(writeBytecode(pt, false));
    if (got !== want[name]) {
      // Listings first (without the header, whose line range builtins lack) to show why.
      const body = (s: string) => s.slice(s.indexOf("\n"));
      const theirs = listProto(readBytecode(unhex(want[name]), name));
      assert.equal(body(listProto(pt)), body(theirs), "listings differ");
      assert.equal(got, want[name]);
    }
  });
}
