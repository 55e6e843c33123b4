// Standard streams of the real process, compared with luajit's when it is on PATH:
// stdout buffered as C stdio does (4096-byte blocks into a pipe, so stderr output and
// the uncaught error message come before what stdout still holds), stdin seekable when
// it is a regular file.
import assert from "node:assert/strict";

const ROOT = new URL("../", import.meta.url).pathname;
const LJTS = `${Deno.execPath()} run -A ${ROOT}cli/main.ts run`; // No spaces in these paths.

async function haveLuajit(): Promise<boolean> {
  try {
    return (await new Deno.Command("luajit", { args: ["-v"], stdout: "null" }).output()).success;
  } catch {
    return false;
  }
}
const live = await haveLuajit();
if (!live) console.log("stdio comparison skipped: luajit is not on PATH");

/** Runs a shell command line with $L standing for the interpreter; merged output. */
async function sh(L: string, script: string): Promise<string> {
  const r = await new Deno.Command("bash", {
    args: ["-c", script],
    env: { L },
    stdout: "piped",
    stderr: "piped",
    cwd: await Deno.makeTempDir(),
  }).output();
  const text = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
  return `${text.replace(/0x[0-9a-f]+/g, "ADDR").replace(/(luajit|ljts): /g, "PROG: ")}` +
    `[status ${r.code}]`;
}

const CASES: [string, string][] = [
  [
    "print, stderr and an uncaught error",
    `$L -e 'print("one") io.stderr:write("two\\n") print("three") error("four")' 2>&1 | cat`,
  ],
  [
    "many lines into a file",
    `$L -e 'for i = 1, 2000 do print("line " .. i) end io.stderr:write("ERR") io.write("x") error("boom")' > out 2>&1; cat out`,
  ],
  [
    "large writes go out in whole blocks",
    `$L -e 'io.write(string.rep("a", 5000)) io.stderr:write("E") io.write(string.rep("b", 9000)) io.stderr:write("F") io.write(string.rep("c", 4096)) io.stderr:write("G") io.write("d") io.stderr:write("H")' 2>&1 | od -c | cat`,
  ],
  [
    "setvbuf keeps glibc's buffer size; no and line modes",
    `$L -e 'io.stdout:setvbuf("full", 100) for i = 1, 30 do io.write("abcdefghi\\n") if i % 7 == 0 then io.stderr:write("E") end end io.stdout:setvbuf("no") io.write("Z") io.stderr:write("Y") io.stdout:setvbuf("line") io.write("1") io.stderr:write("2") io.write("\\n") io.stderr:write("3")' 2>&1 | cat`,
  ],
  [
    "reading a pipe does not flush a full buffer",
    `echo input | $L -e 'io.write("q") local l = io.read() io.stderr:write("E") print(l)' 2>&1 | cat`,
  ],
  [
    "os.exit, io.popen and os.execute",
    `$L -e 'io.write("a") local p = io.popen("echo b") io.stderr:write("E") print(p:read("*a")) os.execute("echo c") io.stderr:write("F") os.exit(3)' 2>&1 | cat`,
  ],
  [
    "the REPL flushes at its prompts",
    `printf 'print(1)\\nerror("x")\\nprint(2)\\n' | $L -i 2>&1 | sed 1,2d | cat`,
  ],
  [
    "explicit flushes",
    `$L -e 'io.write("a") io.stderr:write("E") io.flush() io.stderr:write("F") io.write("b") io.stdout:flush() io.stderr:write("G")' 2>&1 | cat`,
  ],
  [
    "stdin from a file can seek",
    `printf 'abcdefghij\\nline2\\n' > in; $L -e 'print(io.read(3), io.stdin:seek("cur"), io.stdin:seek("set", 1), io.read("*l"), io.stdin:seek("end"), io.read("*a"), io.stdin:seek("cur", -3), io.read(2))' < in; (read -n 2 x; $L -e 'print(io.stdin:seek("cur"), io.read("*l"))') < in; echo abc | $L -e 'print(io.stdin:seek("cur"))'`,
  ],
];

for (const [what, script] of CASES) {
  Deno.test({
    name: `stdio as luajit's: ${what}`,
    ignore: !live,
    async fn() {
      assert.equal(await sh(LJTS, script), await sh("luajit", script));
    },
  });
}
