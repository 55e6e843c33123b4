// Golden suites: each directory under tests/golden/ holds inputs and the outputs the
// luajit oracle produced for them. For an input `name.lua` the expected files are
// `dir/name.out` (stdout bytes), `dir/name.err` (stderr, only when non-empty) and
// `dir/name.rc` (exit status, only when non-zero). They are written by regen.ts only.
// A suite may run the inputs of other suites' directories (`inputs`) instead of copies.
//
// Paths are relative to the repository root, and both luajit and ljts are run from
// there, so chunk names (and hence messages) are the same on both sides.

import { compareCText, compareDumps, compareElf } from "./bcdump_compare.ts";

export interface GoldenSuite {
  /** Directory under tests/golden/. */
  dir: string;
  /** What the suite checks, for test names. */
  what: string;
  /** Extension of the input files. */
  ext: string;
  /** Directories under tests/golden/ whose inputs the suite runs (default: [dir]). */
  inputs?: string[];
  /** luajit's arguments for an input path. */
  oracle(input: string): string[];
  /** ljts's arguments for the same input. */
  ljts(input: string): string[];
  /** Optional comparison of stdout replacing byte equality; returns a reason or null. */
  compareStdout?(expected: Uint8Array, actual: Uint8Array, input: string): string | null;
}

/**
 * Inputs on which the oracle is not deterministic: luajit reads past the end of these
 * truncated dumps (uninitialised memory), so it usually prints one message but sometimes
 * another or crashes. Their expected output is the most frequent of several oracle runs,
 * and the live re-check leaves them out.
 */
export const UNSTABLE_ORACLE: ReadonlyMap<string, string> = new Map([
  ["tests/golden/bc/err_bad_bytecode.lua", "header cut after the version byte"],
  ["tests/golden/bcdump_list/bad_trunc4.raw", "header cut inside the flags"],
  ["tests/golden/bcdump_list/bad_trunc5.raw", "header cut inside the chunk name length"],
]);

export const SUITES: GoldenSuite[] = [
  {
    dir: "bc",
    what: "bytecode listing (luajit -bl)",
    ext: ".lua",
    oracle: (f) => ["-bl", f],
    ljts: (f) => ["bc", "-l", f],
  },
  {
    dir: "run",
    what: "program output (luajit file)",
    ext: ".lua",
    oracle: (f) => [f],
    ljts: (f) => ["run", f],
  },
  {
    dir: "bcdump",
    what: "stripped bytecode dump (luajit -b)",
    ext: ".lua",
    inputs: ["bc", "bcdump"],
    oracle: (f) => ["-b", f, "-"],
    ljts: (f) => ["bc", f, "-"],
    compareStdout: compareDumps,
  },
  {
    dir: "bcdump_g",
    what: "bytecode dump with debug info (luajit -bg)",
    ext: ".lua",
    inputs: ["bc", "bcdump"],
    oracle: (f) => ["-bg", f, "-"],
    ljts: (f) => ["bc", "-g", f, "-"],
    compareStdout: compareDumps,
  },
  {
    dir: "bcdump_c",
    what: "bytecode as C source (luajit -b -t c)",
    ext: ".lua",
    inputs: ["bcdump"],
    oracle: (f) => ["-b", "-t", "c", f, "-"],
    ljts: (f) => ["bc", "-t", "c", f, "-"],
    compareStdout: compareCText,
  },
  {
    dir: "bcdump_h",
    what: "bytecode as C header with debug info (luajit -bg -t h)",
    ext: ".lua",
    inputs: ["bcdump"],
    oracle: (f) => ["-bg", "-t", "h", f, "-"],
    ljts: (f) => ["bc", "-g", "-t", "h", f, "-"],
    compareStdout: compareCText,
  },
  {
    dir: "bcdump_o",
    what: "bytecode as ELF x86-64 object (luajit -b -t o)",
    ext: ".lua",
    inputs: ["bcdump"],
    oracle: (f) => ["-b", "-t", "o", "-a", "x64", "-o", "linux", f, "-"],
    ljts: (f) => ["bc", "-t", "o", "-a", "x64", "-o", "linux", f, "-"],
    compareStdout: compareElf,
  },
  {
    dir: "bcdump_list",
    what: "listing of bytecode dumps, good and bad (luajit -bl file.raw)",
    ext: ".raw",
    oracle: (f) => ["-bl", f],
    ljts: (f) => ["bc", "-l", f],
  },
  {
    dir: "bcdump_redump",
    what: "dumps of loaded dumps (luajit -b[g] in.raw -)",
    ext: ".raw",
    oracle: (f) => [f.endsWith("_g.raw") ? "-bg" : "-b", f, "-"],
    ljts: (f) => ["bc", ...(f.endsWith("_g.raw") ? ["-g"] : []), f, "-"],
    compareStdout: compareDumps,
  },
  {
    dir: "bc/cli",
    what: "luajit -b command lines: -e, stdin, options, file errors (one argument a line)",
    ext: ".args",
    oracle: (f) => ["-b", ...argsFile(f)],
    ljts: (f) => ["bc", ...argsFile(f)],
  },
  {
    dir: "run/cli",
    what: "luajit command lines: -e, -i, -v, -, script arguments (one argument a line)",
    ext: ".args",
    oracle: (f) => argsFile(f),
    ljts: (f) => ["run", ...argsFile(f)],
  },
  {
    dir: "run_vm",
    what: "VM: debug hooks, nesting and stack limits, metamethod frames, long strings",
    ext: ".lua",
    oracle: (f) => [f],
    ljts: (f) => ["run", f],
  },
  // Standard library: one suite per library, programs run by `luajit FILE` / `ljts run FILE`.
  ...([
    ["lib_string", "string library"],
    ["lib_format", "string.format conversions"],
    ["lib_pattern", "pattern matching (find/match/gmatch/gsub)"],
    ["lib_table", "table library"],
    ["lib_math", "math library and math.random"],
    ["lib_bit", "bit library"],
    ["lib_io", "io library on temporary files, stdin and pipes"],
    ["lib_os", "os library"],
    ["lib_package", "require, module and package"],
    ["lib_debug", "debug library"],
    ["lib_jit", "jit library"],
    ["lib_buffer", "string.buffer"],
    ["lib_args", "library functions called with every kind of argument"],
    ["lib_base", "base library: print, load readers, collectgarbage"],
    [
      "table_order",
      "pairs/next order over number and boolean keys, #t (gen_*: table_order_gen.ts)",
    ],
  ] as const).map(([dir, what]): GoldenSuite => ({
    dir,
    what,
    ext: ".lua",
    oracle: (f) => [f],
    ljts: (f) => ["run", f],
  })),
];

/** The arguments in a `.args` file: one per line (read relative to the root). */
function argsFile(path: string): string[] {
  const lines = Deno.readTextFileSync(path).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
