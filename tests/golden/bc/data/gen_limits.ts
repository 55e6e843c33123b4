// Writes limits.json: luajit's loadstring() message (or "ok") for each source of limits.ts,
// compiled under the chunk name "=limits".
//   deno run -A tests/golden/bc/data/gen_limits.ts
import { LIMIT_SOURCES } from "./limits.ts";

const out: Record<string, string> = {};
for (const [name, make] of Object.entries(LIMIT_SOURCES)) {
  const cmd = new Deno.Command("luajit", {
    args: ["-e", 'local f, err = loadstring(io.read("*a"), "=limits") io.write(err or "ok")'],
    stdin: "piped",
    stdout: "piped",
  });
  const child = cmd.spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode(make()));
  await w.close();
  const r = await child.output();
  if (!r.success) throw new Error(`luajit failed on ${name}`);
  out[name] = new TextDecoder().decode(r.stdout);
}
Deno.writeTextFileSync(
  new URL("./limits.json", import.meta.url),
  JSON.stringify(out, null, 2) + "\n",
);
console.log(`wrote ${Object.keys(out).length} cases to limits.json`);
