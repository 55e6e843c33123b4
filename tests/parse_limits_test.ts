// Size limits of the compiler (constants, jumps, variable stack, return fixup, long files)
// on generated sources, against luajit's messages in tests/golden/bc/data/limits.json.
import assert from "node:assert/strict";
import { LuaSyntaxError } from "../core/lex.ts";
import { parse } from "../core/parse.ts";
import { LIMIT_SOURCES } from "./golden/bc/data/limits.ts";

const EXPECTED: Record<string, string> = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/bc/data/limits.json", import.meta.url)),
);

for (const [name, make] of Object.entries(LIMIT_SOURCES)) {
  Deno.test(`compiler limit: ${name}`, () => {
    let got = "ok";
    try {
      parse(make(), "=limits");
    } catch (e) {
      if (!(e instanceof LuaSyntaxError)) throw e;
      got = e.message;
    }
    assert.equal(got, EXPECTED[name]);
  });
}
