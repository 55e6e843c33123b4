// `ljts run` in-process: many runs in one process share nothing, os.exit ends the run
// (not the process) with its code, all output goes to the given sinks and stdout is
// flushed before any exit. (Behaviour compared with luajit lives in tests/golden/run/cli.)
import assert from "node:assert/strict";
import { BufferSink, strToBytes } from "../core/bytes.ts";
import { main } from "../cli/main.ts";
import type { CliIO } from "../cli/common.ts";

interface Result {
  rc: number;
  out: string;
  err: string;
}

/** Runs `ljts run ...args` in-process with `input` as stdin. */
async function run(args: string[], input = ""): Promise<Result> {
  const stdout = new BufferSink(), stderr = new BufferSink();
  const data = strToBytes(input);
  let pos = 0;
  const io: CliIO = {
    stdout,
    stderr,
    stdin: {
      readSync(p: Uint8Array): number | null {
        if (pos >= data.length) return null;
        const n = Math.min(p.length, data.length - pos);
        p.set(data.subarray(pos, pos + n));
        pos += n;
        return n;
      },
    },
  };
  const rc = await main(["run", ...args], io);
  return { rc, out: stdout.text(), err: stderr.text() };
}

Deno.test("os.exit ends the run with its code, output flushed", async () => {
  assert.deepEqual(await run(["-e", "io.write('a') print('b') os.exit(3)"]), {
    rc: 3,
    out: "ab\n",
    err: "",
  });
  assert.equal((await run(["-e", "os.exit(true)"])).rc, 0);
  assert.equal((await run(["-e", "os.exit(false)"])).rc, 1);
  assert.equal((await run(["-e", "os.exit()"])).rc, 0);
  // The test process is still here, and the next run works.
  assert.deepEqual(await run(["-e", "print(1)"]), { rc: 0, out: "1\n", err: "" });
});

Deno.test("os.exit from inside coroutines, pcall and metamethods", async () => {
  const r = await run([
    "-e",
    "print(pcall(function() coroutine.wrap(function() " +
    "setmetatable({}, {__index = function() io.write('x') os.exit(7) end}).y = 1 " +
    "local _ = setmetatable({}, {__index = function() io.write('y') os.exit(7) end}).z " +
    "end)() end))",
  ]);
  assert.deepEqual(r, { rc: 7, out: "y", err: "" });
});

Deno.test("uncaught errors: stdout first, then ljts: message and traceback, exit 1", async () => {
  const r = await run(["-e", "print('before') error('boom')"]);
  assert.equal(r.rc, 1);
  assert.equal(r.out, "before\n");
  assert.match(
    r.err,
    /^ljts: \(command line\):1: boom\nstack traceback:\n\t\[C\]: in function 'error'\n/,
  );
  const o = await run([
    "-e",
    "error(setmetatable({}, {__tostring = function() return 'OBJ' end}))",
  ]);
  assert.equal(o.rc, 1);
  assert.match(o.err, /^ljts: OBJ\n/);
  const t = await run(["-e", "error({})"]);
  assert.deepEqual(t, { rc: 1, out: "", err: "ljts: (error object is not a string)\n" });
});

Deno.test("runs share no state", async () => {
  await run([
    "-e",
    "X = 42 string.rep = nil setmetatable(_G, {__index = function() return 1 end})",
  ]);
  const r = await run(["-e", "print(X, rawget(_G, 'Y'), string.rep('a', 2))"]);
  assert.deepEqual(r, { rc: 0, out: "nil\tnil\taa\n", err: "" });
});

Deno.test("unknown options print the usage, exit 1", async () => {
  const r = await run(["-z"]);
  assert.equal(r.rc, 1);
  assert.equal(r.out, "");
  assert.match(r.err, /^usage: ljts run \[options\]\.\.\. \[script \[args\]\.\.\.\]\.\n/);
  assert.match(r.err, /-joff|-j cmd/);
});

Deno.test("stdin as a script, and the REPL with continuation lines", async () => {
  assert.deepEqual(await run(["-"], "print(1 + 1)\n"), { rc: 0, out: "2\n", err: "" });
  const r = await run(["-i"], "x = 1 +\n2\nprint(x)\nerror('e')\nprint('after')\n");
  assert.equal(r.rc, 0);
  assert.match(r.out, /3\n/);
  assert.match(r.out, /after\n/);
  assert.match(r.err, /stdin:1: e/);
});

Deno.test("a long-running loop and deep recursion end normally in-process", async () => {
  const r = await run([
    "-e",
    "local function f(n) return n == 0 and 0 or 1 + f(n - 1) end " +
    "print(f(10000), pcall(function() local function g() return 1 + g() end return g() end))",
  ]);
  assert.equal(r.rc, 0);
  assert.match(r.out, /^10000\tfalse\t\(command line\):1: stack overflow\n$/);
});
