// Golden suites: each directory under tests/golden/ holds inputs and the outputs the
// luajit oracle produced for them. For an input `dir/name.lua` the expected files are
// `dir/name.out` (stdout bytes), `dir/name.err` (stderr, only when non-empty) and
// `dir/name.rc` (exit status, only when non-zero). They are written by regen.ts only.
//
// Paths are relative to the repository root, and both luajit and ljts are run from
// there, so chunk names (and hence messages) are the same on both sides.

export interface GoldenSuite {
  /** Directory under tests/golden/. */
  dir: string;
  /** What the suite checks, for test names. */
  what: string;
  /** Extension of the input files. */
  ext: string;
  /** luajit's arguments for an input path. */
  oracle(input: string): string[];
  /** ljts's arguments for the same input. */
  ljts(input: string): string[];
  /** Optional comparison of stdout replacing byte equality; returns a reason or null. */
  compareStdout?(expected: Uint8Array, actual: Uint8Array, input: string): string | null;
}

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
];
