// The interface a trace compiler attaches to the VM (G.jit, JitEngine in core/state.ts):
// LuaJIT's hot counting on FORL/ITERL/ITERN/LOOP and FUNCF, in the interpreter and in
// compiled code alike, the recording mode (HOOK_RECORD) and J* instructions.
import assert from "node:assert/strict";
import { BufferSink } from "../core/bytes.ts";
import { BC, bcOp } from "../core/bc.ts";
import type { LuaFunction, Proto } from "../core/func.ts";
import {
  GlobalState,
  HOOK_RECORD,
  HOTCOUNT_LOOP,
  HOTCOUNT_SIZE,
  type JitEngine,
  type LuaState,
} from "../core/state.ts";
import { openLibs } from "../core/lib/init.ts";
import { loadChunk } from "../core/lib/base.ts";
import { vmPatched, vmPCall } from "../core/vm.ts";
import { hotIndex } from "../core/vm_hot.ts";

const HOTLOOP = 56; // LuaJIT's default -Ohotloop.

interface HotEvent {
  pt: Proto;
  pc: number;
  op: number;
}

/** An engine that logs hot events and resets counters as lj_trace_hot does. */
class LogEngine implements JitEngine {
  readonly hotcount = new Uint16Array(HOTCOUNT_SIZE).fill(HOTLOOP * HOTCOUNT_LOOP - 1);
  readonly events: HotEvent[] = [];
  redispatch = false;
  hot(L: LuaState, pt: Proto, pc: number): boolean {
    assert.equal(L.pc, pc);
    this.events.push({ pt, pc, op: bcOp(pt.bc[pc]) });
    this.hotcount[hotIndex(pt, pc)] = HOTLOOP * HOTCOUNT_LOOP;
    return this.redispatch;
  }
  record(_L: LuaState, _pt: Proto, _pc: number): void {}
  enter(_L: LuaState, _pt: Proto, pc: number): number {
    return pc;
  }
}

/** Loads and runs src with the engine attached; returns the output. */
function run(
  src: string,
  J: JitEngine | null,
  patch?: (pt: Proto) => void,
): { out: string; main: Proto } {
  const out = new BufferSink();
  const G = new GlobalState({
    stdout: out,
    stderr: new BufferSink(),
    stdin: { readSync: () => null },
  });
  const L = G.mainThread;
  openLibs(L);
  G.jit = J;
  const f = loadChunk(L, src, "=test");
  assert.notEqual(typeof f, "string", String(f));
  patch?.((f as LuaFunction).proto!);
  L.stack[2] = f;
  const r = vmPCall(L, 2, 0, 0, 0);
  G.out.flush();
  assert.ok(r.ok, String(r.err));
  return { out: out.text(), main: (f as LuaFunction).proto! };
}

Deno.test("a FORL loop gets hot after 56 iterations, then every 57", () => {
  const J = new LogEngine();
  const { out, main } = run("local s = 0 for i = 1, 200 do s = s + i end print(s)", J);
  assert.equal(out, "20100\n");
  assert.equal(J.events.length, 3);
  for (const e of J.events) {
    assert.equal(e.pt, main);
    assert.equal(e.op, BC.FORL);
  }
});

Deno.test("counting is the same in compiled code and in the interpreter", () => {
  const J = new LogEngine();
  // 20000 iterations: compiled code runs most of them.
  run("local s = 0 for i = 1, 20000 do s = s + i end", J);
  assert.equal(J.events.length, 1 + Math.floor((20000 - 56) / 57));
});

Deno.test("ITERN, LOOP and FUNCF count too", () => {
  let J = new LogEngine();
  run("local t = {} for i = 1, 100 do t[i] = i end for k in pairs(t) do end", J);
  assert.deepEqual(J.events.map((e) => e.op), [BC.FORL, BC.ITERN]);
  J = new LogEngine();
  run("local i = 0 while i < 100 do i = i + 1 end", J);
  assert.deepEqual(J.events.map((e) => e.op), [BC.LOOP]);
  J = new LogEngine();
  const { main } = run("local function f() end for i = 1, 300 do f() end", J);
  const calls = J.events.filter((e) => e.pt !== main);
  assert.deepEqual(calls.map((e) => [e.pc, e.op]), [[0, BC.FUNCF], [0, BC.FUNCF]]); // 112, 225
});

Deno.test("vararg functions and I* variants do not count", () => {
  const J = new LogEngine();
  const { main } = run("local function f(...) end for i = 1, 50 do f() end", J);
  assert.deepEqual(J.events.filter((e) => e.pt !== main), []);
  const toI = (pt: Proto) => {
    for (let pc = 0; pc < pt.bc.length; pc++) {
      if (bcOp(pt.bc[pc]) === BC.FORL) pt.bc[pc] = (pt.bc[pc] & ~0xff) | BC.IFORL;
    }
  };
  const { out } = run("local s = 0 for i = 1, 500 do s = s + i end print(s)", J, toI);
  assert.equal(out, "125250\n");
  assert.deepEqual(J.events.filter((e) => e.pt !== main), []);
});

Deno.test("a hot loop can be recorded instruction by instruction", () => {
  const seen: number[] = [];
  const J = new (class extends LogEngine {
    loopPc = -1;
    override hot(L: LuaState, pt: Proto, pc: number): boolean {
      super.hot(L, pt, pc);
      if (this.loopPc >= 0) return false;
      this.loopPc = pc;
      L.G.hookmask |= HOOK_RECORD;
      return true;
    }
    override record(L: LuaState, pt: Proto, pc: number): void {
      seen.push(bcOp(pt.bc[pc]));
      if (seen.length > 1 && pc === this.loopPc) L.G.hookmask &= ~HOOK_RECORD;
    }
  })();
  const { out } = run("local s = 0 for i = 1, 100 do s = s + i * 2 end print(s)", J);
  assert.equal(out, "10100\n");
  assert.deepEqual(seen, [BC.FORL, BC.MULVN, BC.ADDVV, BC.FORL]);
});

Deno.test("J* instructions go to the engine, vmPatched drops compiled code", () => {
  let entered = 0;
  const J = new (class extends LogEngine {
    saved = 0;
    override hot(L: LuaState, pt: Proto, pc: number): boolean {
      super.hot(L, pt, pc);
      if (this.saved === 0 && bcOp(pt.bc[pc]) === BC.FORL) {
        this.saved = pt.bc[pc];
        pt.bc[pc] = (pt.bc[pc] & ~0xff) | BC.JFORL;
        vmPatched(pt);
      }
      return true;
    }
    override enter(_L: LuaState, pt: Proto, pc: number): number {
      entered++;
      pt.bc[pc] = this.saved; // Back to the plain loop, run by the interpreter.
      return pc;
    }
  })();
  const { out } = run("local s = 0 for i = 1, 3000 do s = s + i end print(s)", J);
  assert.equal(out, "4501500\n");
  assert.equal(entered, 1);
});

Deno.test("programs give the same results with an engine that re-dispatches", () => {
  const src = `
    local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
    local co = coroutine.wrap(function()
      for i = 1, 300 do coroutine.yield(i) end
    end)
    local s = 0
    for i = 1, 300 do s = s + co() end
    local ok, err = pcall(function()
      local t = {}
      for i = 1, 500 do t[i] = i end
      for k, v in pairs(t) do if k == 400 then error("at " .. v) end end
    end)
    local n = 0
    repeat n = n + 1 until n >= 250
    print(fib(20), s, ok, err, n)`;
  const plain = run(src, null).out;
  const J = new LogEngine();
  J.redispatch = true;
  assert.equal(run(src, J).out, plain);
  assert.ok(J.events.length > 10);
});
