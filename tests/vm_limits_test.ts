// Limits where the JS host is narrower than LuaJIT, so that luajit cannot serve as the
// oracle: strings longer than V8 holds (luajit builds them) and callbacks nested deeper
// than the JS stack allows (luajit overflows its C stack and crashes). ljts must raise
// the closest Lua error, catchable by pcall, and go on.
import assert from "node:assert/strict";
import { BufferSink } from "../core/bytes.ts";
import { main } from "../cli/main.ts";

async function run(src: string): Promise<{ rc: number; out: string; err: string }> {
  const stdout = new BufferSink(), stderr = new BufferSink();
  const rc = await main(["run", "-e", src], {
    stdout,
    stderr,
    stdin: { readSync: () => null },
  });
  return { rc, out: stdout.text(), err: stderr.text() };
}

Deno.test("a concatenation longer than a JS string is 'not enough memory'", async () => {
  const r = await run(`
    local s = string.rep("x", 2^28)
    print(pcall(function() return #(s .. s) end))
    local t = {}
    for i = 1, 3 do t[i] = s end
    print(pcall(function() return #(t[1] .. t[2] .. t[3]) end))
    print(#(s .. "y"))`);
  assert.deepEqual(r, {
    rc: 0,
    out: "false\tnot enough memory\nfalse\tnot enough memory\n268435457\n",
    err: "",
  });
});

Deno.test("callbacks nested past the JS stack end in a catchable 'stack overflow'", async () => {
  const r = await run(`
    local function g(n)
      if n == 0 then return "x" end
      return (string.gsub("a", "a", function() return g(n - 1) end))
    end
    print(pcall(g, 100000))
    local function c(n)
      if n == 0 then return "y" end
      return (select(2, xpcall(function() return (string.gsub("a", "a", function() return c(n - 1) end)) end, debug.traceback)))
    end
    print(#c(100000) > 0)
    print(pcall(g, 100))`);
  assert.deepEqual(r, { rc: 0, out: "false\tstack overflow\ntrue\ntrue\tx\n", err: "" });
});

Deno.test("callbacks past the JS stack inside coroutines: the coroutine dies, the resumer goes on", async () => {
  const r = await run(`
    local function g(n) return (string.gsub("a", "a", function() return g(n + 1) end)) end
    local co = coroutine.create(function() return g(0) end)
    print(coroutine.resume(co))
    print(coroutine.status(co), coroutine.running())
    local function h(n)
      local c = coroutine.wrap(function()
        return (string.gsub("a", "a", function() return h(n + 1) end))
      end)
      return c()
    end
    print(pcall(h, 0))
    print(coroutine.running())
    print(coroutine.resume(coroutine.create(function() return 1 end)))`);
  assert.deepEqual(r, {
    rc: 0,
    out: "false\tstack overflow\ndead\tnil\nfalse\tstack overflow\nnil\ntrue\t1\n",
    err: "",
  });
});
