// Library results longer than a JS string can hold (V8's limit, about 2^29 bytes, is
// below LuaJIT's 2^31): luajit succeeds there, ljts raises "not enough memory", which
// pcall catches. The cases past LuaJIT's own limits are golden (lib_string/bigstr_limits).
import assert from "node:assert/strict";
import { BufferSink } from "../core/bytes.ts";
import { main } from "../cli/main.ts";

async function run(code: string): Promise<string> {
  const stdout = new BufferSink(), stderr = new BufferSink();
  const rc = await main(["run", "-e", code], {
    stdout,
    stderr,
    stdin: { readSync: () => null },
  });
  assert.equal(stderr.text(), "");
  assert.equal(rc, 0);
  return stdout.text();
}

Deno.test("string.rep beyond the JS string limit is a Lua memory error", async () => {
  assert.equal(
    await run(`print(pcall(string.rep, "x", 2^29)) print(pcall(string.rep, "ab", 2^28, "c"))`),
    "false\tnot enough memory\nfalse\tnot enough memory\n",
  );
});

Deno.test("table.concat, string.format and gsub beyond the JS string limit", async () => {
  const out = await run(`
    local function try(...) local ok, r = pcall(...) print(ok, ok and #r or r) end
    local s = string.rep("x", 2^26)
    try(table.concat, {s, s, s, s, s, s, s, s, s})
    try(table.concat, {s, s, s, s, s}, s)
    try(string.format, "%s%s%s%s%s%s%s%s%s", s, s, s, s, s, s, s, s, s)
    s = nil
    local m = string.rep("x", 2^18)
    try(string.gsub, m, "x", string.rep("y", 2100))
    try(string.gsub, m, "x", function() return string.rep("y", 2100) end)
    print(#string.rep("z", 2^29 - 24))
  `);
  assert.equal(out, "false\tnot enough memory\n".repeat(5) + "536870888\n");
});
