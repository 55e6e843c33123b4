// The native-function API (core/lib.ts): registering natives, argument checks with
// LuaJIT's messages, results, and calling back into Lua from a native.
import assert from "node:assert/strict";
import { BufferSink } from "../core/bytes.ts";
import { GlobalState } from "../core/state.ts";
import { openLibs } from "../core/lib/init.ts";
import { loadChunk } from "../core/lib/base.ts";
import {
  call2,
  checkFunc,
  checkInt,
  checkNumber,
  checkStr,
  type NativeFn,
  optInt,
  registerLib,
} from "../core/lib.ts";
import { vmPCall } from "../core/vm.ts";
import { LuaTable } from "../core/table.ts";

/** A fresh state with the base libraries and a test library `t`. */
function newState() {
  const out = new BufferSink();
  const G = new GlobalState({
    stdout: out,
    stderr: new BufferSink(),
    stdin: { readSync: () => null },
  });
  const L = G.mainThread;
  openLibs(L);
  const twice: NativeFn = (L, base, nargs) => {
    L.stack[base] = 2 * checkNumber(L, base, nargs, 1);
    return 1;
  };
  const rep: NativeFn = (L, base, nargs) => {
    const s = checkStr(L, base, nargs, 1);
    const n = optInt(L, base, nargs, 2, 2);
    L.stack[base] = s.repeat(Math.max(0, n));
    return 1;
  };
  const spread: NativeFn = (L, base, nargs) => {
    const n = checkInt(L, base, nargs, 1);
    L.growStack(base + n);
    for (let i = 0; i < n; i++) L.stack[base + i] = i + 1;
    return n;
  };
  // fold(f, a, b, c, ...) = f(f(a, b), c) ...: calls back into Lua.
  const fold: NativeFn = (L, base, nargs) => {
    const f = checkFunc(L, base, nargs, 1);
    L.top = base + nargs;
    let acc = L.stack[base + 1];
    for (let i = 2; i < nargs; i++) acc = call2(L, f, acc, L.stack[base + i]);
    L.stack[base] = acc;
    return 1;
  };
  registerLib(L, "t", { twice, rep, spread, fold });
  return { G, L, out };
}

/** Runs a chunk; returns its printed output or "error: <message>". */
function run(src: string): string {
  const { G, L, out } = newState();
  const f = loadChunk(L, src, "=test");
  assert.notEqual(typeof f, "string", String(f));
  L.stack[2] = f;
  const r = vmPCall(L, 2, 0, 0, 0);
  G.out.flush();
  return r.ok ? out.text() : `error: ${String(r.err)}`;
}

Deno.test("natives get arguments and return results in place", () => {
  assert.equal(
    run("print(t.twice(21), t.twice('4'), t.rep('ab'), t.rep(5, 3))"),
    "42\t8\tabab\t555\n",
  );
  assert.equal(run("print(t.spread(3)) print(select('#', t.spread(30)))"), "1\t2\t3\n30\n");
});

Deno.test("argument errors name the function as LuaJIT does", () => {
  assert.equal(
    run("t.twice({})"),
    "error: test:1: bad argument #1 to 'twice' (number expected, got table)",
  );
  assert.equal(
    run("local f = t.rep; f()"),
    "error: test:1: bad argument #1 to 'f' (string expected, got no value)",
  );
  assert.equal(
    run("local x = {rep = t.rep}; x:rep()"),
    "error: test:1: calling 'rep' on bad self (string expected, got table)",
  );
  assert.equal(run("pcall(t.twice)"), "");
  assert.equal(
    run("print(pcall(t.twice))"),
    "false\tbad argument #1 to '?' (number expected, got no value)\n",
  );
});

Deno.test("natives call back into Lua; errors cross the native", () => {
  assert.equal(run("print(t.fold(function(a, b) return a .. b end, 'x', 'y', 'z'))"), "xyz\n");
  assert.equal(
    run("print(pcall(t.fold, function(a, b) error('no') end, 1, 2))"),
    "false\ttest:1: no\n",
  );
  // A yield inside the callback meets the C-call boundary.
  assert.equal(
    run(
      "print(coroutine.wrap(function() return pcall(t.fold, coroutine.yield, 1, 2) end)())",
    ),
    "false\tattempt to yield across C-call boundary\n",
  );
});

Deno.test("registered libraries land in _G and package.loaded", () => {
  const { G } = newState();
  const t = G.globals.getStr("t");
  assert.ok(t instanceof LuaTable);
  const loaded = G.registry.getStr("_LOADED");
  assert.ok(loaded instanceof LuaTable);
  assert.equal(loaded.getStr("t"), t);
  assert.equal(loaded.getStr("_G"), G.globals);
});
