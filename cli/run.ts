// `ljts run`: the luajit command-line experience.
import { type CliIO, notBuilt, PROGNAME, writeText } from "./common.ts";

export function runUsage(): string {
  return `usage: ${PROGNAME} run [options]... [script [args]...].
Available options are:
  -e chunk  Execute string 'chunk'.
  -l name   Require library 'name'.
  -b ...    Save or list bytecode.
  -j cmd    Perform LuaJIT control command.
  -O[opt]   Control LuaJIT optimizations.
  -i        Enter interactive mode after executing 'script'.
  -v        Show version information.
  -E        Ignore environment variables.
  --        Stop handling options.
  -         Execute stdin and stop handling options.
`;
}

export function main(args: string[], io: CliIO): number {
  if (args[0] === "-h" || args[0] === "--help") {
    writeText(io.stdout, runUsage());
    return 0;
  }
  return notBuilt(io, "run (the interpreter)");
}
