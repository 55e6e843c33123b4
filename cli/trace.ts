// `ljts trace`: run a script and show its traces like `luajit -jdump`.
import { type CliIO, notBuilt, PROGNAME, writeText } from "./common.ts";

export function traceUsage(): string {
  return `usage: ${PROGNAME} trace [--dump=flags] [-o file] script [args]...
Run 'script' with the JIT on and show what it compiles, as luajit -jdump does.
  --dump=flags  What to show, as in -jdump=flags (default: tbirsm):
                  t trace entry/exit, b bytecode, i IR, r registers,
                  s snapshots, m machine code, x side exits, a all.
  -o file       Write the dump to 'file' instead of standard output.
`;
}

export function main(args: string[], io: CliIO): number {
  if (args[0] === "-h" || args[0] === "--help") {
    writeText(io.stdout, traceUsage());
    return 0;
  }
  return notBuilt(io, "trace (the JIT compiler)");
}
