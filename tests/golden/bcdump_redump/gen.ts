// Writes the inputs of the bcdump_redump suite: dumps that luajit wrote, to be loaded and
// dumped again (`luajit -b in.raw -`). Re-dumping rebuilds every template table the way
// luajit's loader does, which moves keys between hash nodes: the numeric-key templates
// here (seeded random table constructors) check that the new node order is luajit's.
//   deno run -A tests/golden/bcdump_redump/gen.ts && deno task golden bcdump_redump
const here = new URL(".", import.meta.url).pathname;

/** A small deterministic PRNG (mulberry32), so the inputs are reproducible. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function constructor(rnd: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const parts: string[] = [];
  const n = int(1, 40);
  for (let j = 0; j < n; j++) {
    const r = rnd();
    const key = r < 0.3
      ? String(int(-50, 200))
      : r < 0.6
      ? String(int(-1000, 1000) + 0.5)
      : r < 0.65
      ? "true"
      : r < 0.7
      ? "false"
      : r < 0.8
      ? null
      : String(int(1, 1e6) * 1.25);
    const val = ["1", "2.5", "true", "false", "nil", "-3", "1e300"][int(0, 6)];
    parts.push(key === null ? val : `[${key}] = ${val}`);
  }
  return `{${parts.join(", ")}}`;
}

async function dump(source: string, debug: boolean): Promise<Uint8Array> {
  const child = new Deno.Command("luajit", {
    args: [debug ? "-bg" : "-b", "-", "-"],
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode(source));
  await w.close();
  const r = await child.output();
  if (!r.success) throw new Error("luajit failed");
  return r.stdout;
}

const rnd = prng(20220320);
for (let file = 1; file <= 4; file++) {
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) lines.push(`local t${i} = ${constructor(rnd)}`);
  lines.push("return " + Array.from({ length: 60 }, (_, i) => `t${i}`).join(", "));
  Deno.writeFileSync(`${here}numkeys${file}.raw`, await dump(lines.join("\n") + "\n", file > 2));
}
for (
  const name of ["templates", "templates_g", "records_g", "nested_g", "cdata", "manyk_g", "vars_g"]
) {
  Deno.copyFileSync(`${here}../bcdump_list/${name}.raw`, `${here}${name}.raw`);
}
