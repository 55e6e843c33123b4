// `ljts bc`: save or list bytecode, with the interface of `luajit -b`.
import { type CliIO, notBuilt, PROGNAME, writeText } from "./common.ts";

export function bcUsage(): string {
  return `Save LuaJIT bytecode: ${PROGNAME} bc [options] input output
  -l        Only list bytecode.
  -s        Strip debug info (default).
  -g        Keep debug info.
  -n name   Set module name (default: auto-detect from input name).
  -t type   Set output file type (default: auto-detect from output name).
  -a arch   Override architecture for object files (default: native).
  -o os     Override OS for object files (default: native).
  -e chunk  Use chunk string as input.
  --        Stop handling options.
  -         Use stdin as input and/or stdout as output.

File types: c h obj o raw (default)
`;
}

export function main(args: string[], io: CliIO): number {
  if (args[0] === "-h" || args[0] === "--help") {
    writeText(io.stdout, bcUsage());
    return 0;
  }
  return notBuilt(io, "bc (the bytecode compiler)");
}
