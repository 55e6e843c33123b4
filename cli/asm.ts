// `ljts asm`: assemble an IR listing (the -jdump text) into x86-64 machine code.
import { type CliIO, notBuilt, PROGNAME, writeText } from "./common.ts";

export function asmUsage(): string {
  return `usage: ${PROGNAME} asm [options] input [output]
Assemble an IR listing, as printed by '${PROGNAME} trace --dump=is', into x86-64
machine code and print it like -jdump=m.
  -o file   Write the listing to 'file' instead of standard output.
`;
}

export function main(args: string[], io: CliIO): number {
  if (args[0] === "-h" || args[0] === "--help") {
    writeText(io.stdout, asmUsage());
    return 0;
  }
  return notBuilt(io, "asm (the x86-64 backend)");
}
