// package.path and package.cpath under LUA_PATH/LUA_CPATH and -E, against luajit's values
// (tests/golden/lib_data/env.json); ljts runs as a subprocess with that environment.
import assert from "node:assert/strict";

interface Case {
  env: Record<string, string>;
  flags: string[];
  out: string;
}
const data: Case[] = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/lib_data/env.json", import.meta.url)),
);
const main = new URL("../cli/main.ts", import.meta.url).pathname;

Deno.test(`package paths from the environment match luajit (${data.length} settings)`, async () => {
  for (const c of data) {
    // Only the case's variables, plus what Deno itself needs to find its cache.
    const env: Record<string, string> = { ...c.env };
    for (const k of ["HOME", "DENO_DIR", "XDG_CACHE_HOME"]) {
      const v = Deno.env.get(k);
      if (v !== undefined) env[k] = v;
    }
    const r = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        main,
        "run",
        ...c.flags,
        "-e",
        "io.write(package.path, '\\n', package.cpath, '\\n')",
      ],
      env,
      clearEnv: true,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const got = new TextDecoder().decode(r.stdout);
    assert.equal(got, c.out, `${JSON.stringify(c.env)} ${c.flags.join(" ")}`);
  }
});
