// Generates env.json: what luajit prints for package.path/cpath under LUA_PATH/LUA_CPATH
// settings and -E (environments chosen here).   deno run -A tests/golden/lib_data/gen_env.ts
const CASES: { env: Record<string, string>; flags: string[] }[] = [
  { env: {}, flags: [] },
  { env: { LUA_PATH: "a/?.lua;;b/?.lua" }, flags: [] },
  { env: { LUA_PATH: ";;" }, flags: [] },
  { env: { LUA_PATH: "only/?.lua" }, flags: [] },
  { env: { LUA_PATH: "x;;y;;z" }, flags: [] },
  { env: { LUA_PATH: "x" }, flags: ["-E"] },
  { env: { LUA_CPATH: "c/?.so;;" }, flags: [] },
  { env: { LUA_PATH: "" }, flags: [] },
];
const data = [];
for (const c of CASES) {
  const r = await new Deno.Command("luajit", {
    args: [...c.flags, "-e", "io.write(package.path, '\\n', package.cpath, '\\n')"],
    env: c.env,
    clearEnv: true,
    stdout: "piped",
  }).output();
  data.push({ ...c, out: new TextDecoder().decode(r.stdout) });
}
await Deno.writeTextFile(
  new URL("./env.json", import.meta.url),
  JSON.stringify(data, null, 1) + "\n",
);
console.log(`env.json: ${data.length} cases`);
