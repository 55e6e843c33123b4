// Output of the real process: a closed pipe and a full device end quietly, as luajit's do.
import assert from "node:assert/strict";

const ROOT = new URL("../", import.meta.url).pathname;
const LJTS = [Deno.execPath(), "run", "-A", `${ROOT}cli/main.ts`];

Deno.test("a closed stdout pipe ends the process quietly with SIGPIPE's status", async () => {
  const child = new Deno.Command(LJTS[0], {
    args: [...LJTS.slice(1), "run", "-e", "for i = 1, 1e7 do print(i) end"],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const reader = child.stdout.getReader();
  const first = await reader.read();
  assert.ok(first.value && first.value.length > 0);
  await reader.cancel();
  const status = await child.status;
  const err = new TextDecoder().decode(
    (await new Response(child.stderr).arrayBuffer()) as ArrayBuffer,
  );
  assert.equal(status.code, 141);
  assert.equal(err, "");
});

Deno.test("writing to a full device loses the output without a message, exit 0", async () => {
  const r = await new Deno.Command("bash", {
    args: ["-c", `"$@" > /dev/full`, "bash", ...LJTS, "run", "-e", "print(1)"],
    stderr: "piped",
  }).output();
  assert.equal(new TextDecoder().decode(r.stderr), "");
  assert.equal(r.code, 0);
});
