// Entry point of the `ljts` command: dispatches to one module per subcommand.
import { type CliIO, processIO, PROGNAME, UsageError, writeText } from "./common.ts";
import { VERSION } from "../core/version.ts";

type SubMain = (args: string[], io: CliIO) => number | Promise<number>;

interface Subcommand {
  summary: string;
  load: () => Promise<{ main: SubMain }>;
}

/** The subcommands, in the order the help lists them. */
const SUBCOMMANDS: Record<string, Subcommand> = {
  run: {
    summary: "Run a Lua script or bytecode dump (like `luajit`).",
    load: () => import("./run.ts"),
  },
  bc: {
    summary: "Save or list bytecode (like `luajit -b`).",
    load: () => import("./bc.ts"),
  },
  trace: {
    summary: "Show traces, IR, snapshots and machine code (like `luajit -jdump`).",
    load: () => import("./trace.ts"),
  },
  asm: {
    summary: "Assemble an IR listing into x86-64 machine code.",
    load: () => import("./asm.ts"),
  },
};

export function mainUsage(): string {
  const lines = [
    `usage: ${PROGNAME} <command> [options]... [args]...`,
    "LuaJIT 2.1 rebuilt in TypeScript.",
    "",
    "Commands:",
  ];
  for (const [name, sub] of Object.entries(SUBCOMMANDS)) {
    lines.push(`  ${name.padEnd(7)}${sub.summary}`);
  }
  lines.push(
    "",
    "Options:",
    "  -h, --help     Show this help.",
    "  -v, --version  Show version information.",
    "",
    `Run '${PROGNAME} <command> --help' for the options of a command.`,
  );
  return lines.join("\n") + "\n";
}

/** Runs one invocation; returns the exit status. Never throws for user errors. */
export async function main(args: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = args;
  try {
    if (first === undefined) {
      writeText(io.stderr, mainUsage());
      return 2;
    }
    if (first === "-h" || first === "--help" || first === "help") {
      writeText(io.stdout, mainUsage());
      return 0;
    }
    if (first === "-v" || first === "--version") {
      writeText(io.stdout, `${PROGNAME} ${VERSION}\n`);
      return 0;
    }
    const sub = SUBCOMMANDS[first];
    if (!sub) {
      throw new UsageError(
        first.startsWith("-") ? `unrecognized option '${first}'` : `unknown command '${first}'`,
      );
    }
    const mod = await sub.load();
    return await mod.main(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      writeText(io.stderr, `${PROGNAME}: ${e.message} (try '${PROGNAME} --help')\n`);
      return 2;
    }
    // An internal error: say so in one line; the stack only with LJTS_DEBUG set.
    const msg = e instanceof Error ? e.message : String(e);
    writeText(io.stderr, `${PROGNAME}: internal error: ${msg}\n`);
    if (Deno.env.get("LJTS_DEBUG") && e instanceof Error && e.stack) {
      writeText(io.stderr, e.stack + "\n");
    }
    return 70;
  }
}

if (import.meta.main) {
  const code = await main(Deno.args, processIO());
  Deno.exit(code);
}
