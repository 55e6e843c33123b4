// Compares `ljts bc -l` with `luajit -bl` on real-world Lua code: the files listed by
// ../shared/tools/corpus.sh (installed on demand), plus any files or directories given as
// arguments. Prints every difference and a summary; exits 1 when any file differs.
//   deno task corpus [FILE|DIR...]
import { BufferSink, bytesToStr } from "../core/bytes.ts";
import type { CliIO } from "../cli/common.ts";
import { main } from "../cli/main.ts";
import { normalizeText, ROOT } from "./golden/harness.ts";

const CORPUS_SH = `${ROOT}/../shared/tools/corpus.sh`;

async function corpusFiles(): Promise<string[]> {
  const r = await new Deno.Command("bash", { args: [CORPUS_SH, "--install"], stderr: "inherit" })
    .output();
  if (!r.success) throw new Error(`${CORPUS_SH} failed with status ${r.code}`);
  return new TextDecoder().decode(r.stdout).split("\n").filter((l) => l !== "");
}

function luaFilesUnder(path: string): string[] {
  if (!Deno.statSync(path).isDirectory) return [path];
  const out: string[] = [];
  for (const e of Deno.readDirSync(path)) {
    const p = `${path}/${e.name}`;
    if (e.isDirectory) out.push(...luaFilesUnder(p));
    else if (e.isFile && e.name.endsWith(".lua")) out.push(p);
  }
  return out.sort();
}

interface Run {
  text: string;
  ms: number;
}

async function runLuajit(file: string): Promise<string> {
  const r = await new Deno.Command("luajit", {
    args: ["-bl", file],
    stdout: "piped",
    stderr: "piped",
  })
    .output();
  return outcome(r.stdout, r.stderr, r.code);
}

async function runLjts(file: string): Promise<Run> {
  const stdout = new BufferSink(), stderr = new BufferSink();
  const io: CliIO = { stdout, stderr, stdin: { readSync: () => null } };
  const t0 = performance.now();
  const code = await main(["bc", "-l", file], io);
  const ms = performance.now() - t0;
  return { text: outcome(stdout.bytes(), stderr.bytes(), code), ms };
}

function outcome(stdout: Uint8Array, stderr: Uint8Array, code: number): string {
  return normalizeText(
    `${bytesToStr(stdout)}\n--- stderr\n${bytesToStr(stderr)}--- exit ${code}\n`,
  );
}

function firstDifference(exp: string, act: string): string {
  const e = exp.split("\n"), a = act.split("\n");
  let i = 0;
  while (i < e.length && e[i] === a[i]) i++;
  return `line ${i + 1}:\n  luajit: ${JSON.stringify(e[i])}\n  ljts:   ${JSON.stringify(a[i])}`;
}

const files = Deno.args.length ? Deno.args.flatMap(luaFilesUnder) : await corpusFiles();
let same = 0;
let largest = { file: "", lines: -1, ms: 0 };
for (const file of files) {
  const exp = await runLuajit(file);
  const act = await runLjts(file);
  if (exp === act.text) same++;
  else console.log(`DIFFERS ${file} at ${firstDifference(exp, act.text)}`);
  const lines = bytesToStr(Deno.readFileSync(file)).split("\n").length;
  if (lines > largest.lines) largest = { file, lines, ms: act.ms };
}
console.log(`${same}/${files.length} identical`);
if (largest.file) {
  let best = Infinity;
  for (let i = 0; i < 5; i++) best = Math.min(best, (await runLjts(largest.file)).ms);
  console.log(
    `largest: ${largest.file} (${largest.lines} lines) listed in ${largest.ms.toFixed(1)} ms ` +
      `(best of 5 more runs: ${best.toFixed(1)} ms)`,
  );
}
Deno.exit(same === files.length ? 0 : 1);
