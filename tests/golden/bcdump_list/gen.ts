// Writes the inputs of the bcdump_list suite: luajit's dumps of the bcdump programs
// (stripped and with debug info) and of library functions, and damaged dumps that luajit
// refuses cleanly.
//   deno run -A tests/golden/bcdump_list/gen.ts && deno task golden bcdump_list
const here = new URL(".", import.meta.url).pathname;
const src = new URL("../bcdump/", import.meta.url).pathname;

async function luajitDump(args: string[]): Promise<Uint8Array> {
  const r = await new Deno.Command("luajit", { args, stdout: "piped", stderr: "inherit" })
    .output();
  if (!r.success) throw new Error(`luajit ${args.join(" ")} failed`);
  return r.stdout;
}

function put(name: string, bytes: Uint8Array): void {
  Deno.writeFileSync(`${here}${name}.raw`, bytes);
}

for (const e of [...Deno.readDirSync(src)].sort((a, b) => a.name < b.name ? -1 : 1)) {
  if (!e.name.endsWith(".lua") || e.name === "lines4.lua") continue;
  const stem = e.name.slice(0, -4);
  put(stem, await luajitDump(["-b", `${src}${e.name}`, "-"]));
  put(`${stem}_g`, await luajitDump(["-bg", `${src}${e.name}`, "-"]));
}

// Library functions that LuaJIT implements in Lua: their dumps hold ISTYPE, TGETR and
// TSETR, which its parser never emits.
for (const fn of ["table.remove", "table.foreach", "table.foreachi"]) {
  put(`lib_${fn.replace(".", "_")}`, await luajitDump(["-e", `io.write(string.dump(${fn}))`]));
}

// Damaged dumps, from a small one with debug info.
const good = await luajitDump(["-bg", `${src}nested.lua`, "-"]);
const edit = (f: (b: Uint8Array) => void) => {
  const b = good.slice();
  f(b);
  return b;
};
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const bad: Record<string, Uint8Array> = {
  bad_trunc1: good.slice(0, 1),
  bad_trunc4: good.slice(0, 4),
  bad_trunc5: good.slice(0, 5),
  bad_trunc30: good.slice(0, 30),
  bad_trunc_end: good.slice(0, good.length - 1),
  bad_version1: edit((b) => b[3] = 1),
  bad_version3: edit((b) => b[3] = 3),
  bad_nofr2: edit((b) => b[4] &= ~0x08),
  bad_flag: edit((b) => b[4] |= 0x10),
  bad_trailing: cat(good, new Uint8Array([0x42])),
  bad_noproto: new Uint8Array([0x1b, 0x4c, 0x4a, 0x02, 0x0a, 0x00]),
  bad_twomain: cat(good.slice(0, good.length - 1), good.slice(6 + good[5])),
};
for (const [name, bytes] of Object.entries(bad)) put(name, bytes);
