// `ljts bc` command lines that the golden suites cannot express: wrong usage (whose text
// names the program) and listings written to files.
import assert from "node:assert/strict";
import { BufferSink } from "../core/bytes.ts";
import { bcUsage } from "../cli/bc.ts";
import { main } from "../cli/main.ts";
import type { CliIO } from "../cli/common.ts";
import { enterRoot } from "./golden/harness.ts";

enterRoot();

async function ljts(args: string[]) {
  const stdout = new BufferSink(), stderr = new BufferSink();
  const io: CliIO = { stdout, stderr, stdin: { readSync: () => null } };
  const code = await main(["bc", ...args], io);
  return { code, out: stdout.text(), err: stderr.text() };
}

async function luajit(args: string[]) {
  try {
    const r = await new Deno.Command("luajit", { args: ["-b", ...args], stdin: "null" }).output();
    const dec = new TextDecoder();
    return { code: r.code, out: dec.decode(r.stdout), err: dec.decode(r.stderr) };
  } catch {
    return null;
  }
}

const BAD_USAGE: string[][] = [
  [],
  ["-l"],
  ["-l", "a.lua", "b", "c"],
  ["-x"],
  ["-n"],
  ["-l", "-e"],
  ["-el", "x=1"],
  ["tests/golden/bc/expr_and.lua", "-e", "x=1"],
  ["tests/golden/bc/expr_and.lua"],
  ["a", "b", "c"],
  ["--help", "x"],
];

Deno.test("bc: wrong usage prints the usage on stderr and exits 1, as luajit -b", async () => {
  for (const args of BAD_USAGE) {
    const r = await ljts(args);
    assert.equal(r.code, 1, args.join(" "));
    assert.equal(r.out, "");
    assert.equal(r.err, bcUsage(), args.join(" "));
    const o = await luajit(args);
    if (o === null) continue;
    assert.equal(o.code, 1, `luajit ${args.join(" ")}`);
    // Past the first line (which names the program) the texts are the same.
    assert.equal(r.err.split("\n").slice(1).join("\n"), o.err.split("\n").slice(1).join("\n"));
  }
});

Deno.test("bc: -h and --help print the usage on stdout", async () => {
  for (const a of ["-h", "--help"]) {
    const r = await ljts([a]);
    assert.equal(r.code, 0);
    assert.equal(r.out, bcUsage());
  }
});

Deno.test("bc -l writes the listing to an output file", async () => {
  const dir = Deno.makeTempDirSync();
  try {
    const input = "tests/golden/bc/closure_nested.lua";
    const expected = Deno.readTextFileSync("tests/golden/bc/closure_nested.out");
    const r = await ljts(["-l", input, `${dir}/out.txt`]);
    assert.equal(r.code, 0);
    assert.equal(r.out, "");
    assert.equal(Deno.readTextFileSync(`${dir}/out.txt`), expected);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
