// The command line itself: dispatch, help, and user errors (exit 2, one line, no stack).
import assert from "node:assert/strict";
import { BufferSink } from "../core/bytes.ts";
import { main } from "../cli/main.ts";
import type { CliIO } from "../cli/common.ts";

async function ljts(...args: string[]) {
  const stdout = new BufferSink();
  const stderr = new BufferSink();
  const io: CliIO = { stdout, stderr, stdin: { readSync: () => null } };
  const code = await main(args, io);
  return { code, out: stdout.text(), err: stderr.text() };
}

Deno.test("ljts --help lists every subcommand", async () => {
  const r = await ljts("--help");
  assert.equal(r.code, 0);
  for (const sub of ["run", "bc", "trace", "asm"]) {
    assert.match(r.out, new RegExp(`^  ${sub} `, "m"));
  }
});

Deno.test("ljts without arguments prints usage on stderr and exits 2", async () => {
  const r = await ljts();
  assert.equal(r.code, 2);
  assert.match(r.err, /^usage: ljts <command>/);
});

Deno.test("unknown subcommand and unknown option: one line, exit 2", async () => {
  for (
    const [arg, msg] of [["frob", "unknown command 'frob'"], ["-x", "unrecognized option '-x'"]]
  ) {
    const r = await ljts(arg);
    assert.equal(r.code, 2);
    assert.equal(r.err.split("\n").length, 2, r.err);
    assert(r.err.includes(msg), r.err);
    assert(!r.err.includes("    at "), "no stack trace");
  }
});

Deno.test("every subcommand has --help", async () => {
  for (const sub of ["run", "bc", "trace", "asm"]) {
    const r = await ljts(sub, "--help");
    assert.equal(r.code, 0, sub);
    assert.match(r.out, /usage|Save LuaJIT bytecode/, sub);
  }
});

Deno.test("the ljts task runs the CLI as a process", async () => {
  const deno = Deno.execPath();
  const r = await new Deno.Command(deno, {
    args: ["run", "-A", "cli/main.ts", "--version"],
    cwd: new URL("../", import.meta.url).pathname,
  }).output();
  assert.equal(r.code, 0);
  assert.match(new TextDecoder().decode(r.stdout), /^ljts \d+\.\d+\.\d+\n$/);
});
