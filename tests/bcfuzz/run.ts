// Differential fuzzing of `ljts bc -l` against `luajit -bl`: generates programs (or takes
// files), runs both, and for every new kind of difference writes a minimized case to OUTDIR:
//   KIND.lua      the minimized source
//   KIND.luajit   luajit's stdout, stderr and exit status on it
//   KIND.ljts     ljts's
//   KIND.txt      the kind, where it came from and the first differing line
// Usage:
//   deno run -A tests/bcfuzz/run.ts [--seed S] [--count N] [--size Z] [--invalid] OUTDIR
//   (--stress: every program also goes to or past one of LuaJIT's limits;
//    --dumps: mutants of luajit's bytecode dumps among the golden files instead;
//    --probes: the fixed edge-case programs of probes.ts instead)
//   deno run -A tests/bcfuzz/run.ts --files PATH [--files PATH...] [--invalid --count K] OUTDIR
//   (with --invalid: K mutants of each file instead of the file)
// PATH is a .lua file, a directory (searched for .lua files) or a list of paths (.txt).
// Only the first program of each kind is minimized, unless --every is given (then each
// failing program gets its own KIND-n case).
// Prints `N programs, K differ` and the kinds; exits 1 when any program differs.
import { parseArgs } from "node:util";
import { strToBytes } from "../../core/bytes.ts";
import { classify, firstDifference, type Outcome, runLuajit } from "./compare.ts";
import { dumpSeeds, mutateDump } from "./dumps.ts";
import { generate, generateInvalid } from "./gen.ts";
import { minimize } from "./minimize.ts";
import { probes } from "./probes.ts";
import { LjtsWorker } from "./pool.ts";
import { mutate } from "./mutate.ts";
import { programSeed, Rng } from "./rng.ts";
import { tokenUnits } from "./tokens.ts";

const USAGE =
  `usage: run.ts [--seed S] [--count N] [--size Z] [--invalid|--stress] [--jobs J] OUTDIR
       run.ts --files PATH [--files PATH...] [--invalid --count K] OUTDIR`;

const { values: opts, positionals } = parseArgs({
  args: Deno.args,
  options: {
    seed: { type: "string", default: "1" },
    count: { type: "string", default: "1000" },
    size: { type: "string", default: "40" },
    invalid: { type: "boolean", default: false },
    stress: { type: "boolean", default: false },
    dumps: { type: "boolean", default: false },
    probes: { type: "boolean", default: false },
    every: { type: "boolean", default: false },
    files: { type: "string", multiple: true },
    jobs: { type: "string", default: "4" },
    "max-tests": { type: "string", default: "3000" },
    help: { type: "boolean", short: "h" },
  },
  allowPositionals: true,
});
if (opts.help || positionals.length !== 1) {
  console.error(USAGE);
  Deno.exit(opts.help ? 0 : 2);
}
const outDir = positionals[0];
Deno.mkdirSync(outDir, { recursive: true });
const tmp = Deno.makeTempDirSync({ prefix: "bcfuzz" });
const ljts = new LjtsWorker();

interface Input {
  name: string;
  /** Source text (byte string) of a generated program. */
  src?: string;
  /** Path of an existing file. */
  file?: string;
}

function luaFiles(path: string): string[] {
  const st = Deno.statSync(path);
  if (st.isDirectory) {
    const out: string[] = [];
    for (const e of Deno.readDirSync(path)) {
      const p = `${path}/${e.name}`;
      if (e.isDirectory) out.push(...luaFiles(p));
      else if (e.isFile && e.name.endsWith(".lua")) out.push(p);
    }
    return out.sort();
  }
  if (path.endsWith(".lua")) return [path];
  return Deno.readTextFileSync(path).split("\n").filter((l) => l.trim() !== "");
}

const writeSource = (path: string, src: string) => Deno.writeFileSync(path, strToBytes(src));
const readSource = (path: string) => {
  let s = "";
  for (const b of Deno.readFileSync(path)) s += String.fromCharCode(b);
  return s;
};

function* inputs(): Generator<Input> {
  const seed = Number(opts.seed), count = Number(opts.count), size = Number(opts.size);
  if (opts.probes) {
    for (const p of probes()) yield { name: `probe ${p.name}`, src: p.src };
    return;
  }
  if (opts.dumps) {
    const seeds = dumpSeeds();
    for (let i = 0; i < count; i++) {
      const ps = programSeed(seed, i);
      const rng = new Rng(ps);
      yield {
        name: `dump mutant seed ${seed} #${i} (seed ${ps})`,
        src: mutateDump(rng.pick(seeds), rng),
      };
    }
    return;
  }
  if (opts.files) {
    const files = opts.files.flatMap(luaFiles);
    for (const [n, f] of files.entries()) {
      if (!opts.invalid) {
        yield { name: f, file: f };
        continue;
      }
      // Mutants of real code: its tokens deleted, duplicated, swapped, cut or replaced.
      const units = tokenUnits(readSource(f));
      for (let i = 0; i < count; i++) {
        const ps = programSeed(seed + n, i);
        yield { name: `${f} mutant ${i} (seed ${ps})`, src: mutate(units, new Rng(ps)).join("") };
      }
    }
    return;
  }
  for (let i = 0; i < count; i++) {
    const ps = programSeed(seed, i);
    const src = opts.invalid
      ? generateInvalid(ps, size)
      : generate(ps, size, opts.stress ? 1 : undefined);
    yield { name: `seed ${seed} #${i} (program seed ${ps}, size ${size})`, src };
  }
}

async function runBoth(file: string): Promise<[Outcome, Outcome]> {
  return await Promise.all([runLuajit(file), ljts.run(file)]);
}

/** A file-name-safe name for a kind of difference. */
function slug(kind: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < kind.length; i++) h = Math.imul(h ^ kind.charCodeAt(i), 0x01000193);
  const words = kind.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").slice(0, 48);
  return `${words}-${(h >>> 0).toString(16).padStart(8, "0")}`;
}

const show = (o: Outcome) => `${o.stdout}--- stderr\n${o.stderr}--- exit ${o.code}\n`;

const kinds = new Map<string, number>();
let programs = 0, differ = 0;

/** Minimizes a failing source and writes the case files, unless its kind is known. */
async function record(
  kind: string,
  src: string,
  origin: string,
  slot: number,
  n: number,
): Promise<void> {
  const base = `${outDir}/${slug(kind)}${opts.every && n ? `-${n}` : ""}`;
  try {
    Deno.statSync(`${base}.lua`);
    return; // another run already has this kind
  } catch { /* new kind */ }
  const probe = `${tmp}/min${slot}.lua`;
  const still = async (candidate: string) => {
    writeSource(probe, candidate);
    const [e, a] = await runBoth(probe);
    return classify(e, a, probe) === kind;
  };
  const small = (await still(src)) ? await minimize(src, still, Number(opts["max-tests"])) : src;
  writeSource(`${base}.lua`, small);
  const [e, a] = await runBoth(`${base}.lua`);
  Deno.writeFileSync(`${base}.luajit`, strToBytes(show(e)));
  Deno.writeFileSync(`${base}.ljts`, strToBytes(show(a)));
  const diff = firstDifference(show(e), show(a));
  Deno.writeTextFileSync(`${base}.txt`, `${kind}\nfrom: ${origin}\n${diff}\n`);
  console.log(`NEW ${kind}\n  from ${origin}\n  ${base}.lua (${small.length} bytes)`);
}

async function check(input: Input, slot: number): Promise<void> {
  const src = input.src;
  let file = input.file;
  if (src !== undefined) {
    file = `${tmp}/p${slot}.lua`;
    writeSource(file, src);
  }
  const [e, a] = await runBoth(file!);
  programs++;
  const kind = classify(e, a, file!);
  if (kind === null) return;
  differ++;
  const seen = kinds.get(kind) ?? 0;
  kinds.set(kind, seen + 1);
  if (seen === 0 || opts.every) {
    await record(kind, src ?? readSource(file!), input.name, slot, seen);
  }
}

const started = performance.now();
const it = inputs();
async function lane(slot: number): Promise<void> {
  for (let r = it.next(); !r.done; r = it.next()) {
    await check(r.value, slot);
    if (programs % 1000 === 0) {
      const s = ((performance.now() - started) / 1000).toFixed(0);
      console.error(`${programs} programs, ${differ} differ, ${kinds.size} kinds (${s} s)`);
    }
  }
}
await Promise.all(Array.from({ length: Number(opts.jobs) }, (_, i) => lane(i)));
ljts.close();
Deno.removeSync(tmp, { recursive: true });

console.log(`${programs} programs, ${differ} differ`);
for (const [kind, n] of [...kinds].sort((x, y) => y[1] - x[1])) console.log(`${n}\t${kind}`);
Deno.exit(differ ? 1 : 0);
