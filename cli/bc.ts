// `ljts bc`: save or list bytecode, with the options, messages and exit codes of `luajit -b`
// (LuaJIT's jit/bcsave.lua). `ljts bc ARGS` behaves as `luajit -b ARGS`.
import { bytesToStr, strToBytes, utf8ToStr } from "../core/bytes.ts";
import type { Proto } from "../core/func.ts";
import { LuaSyntaxError } from "../core/lex.ts";
import { isBytecodeChunk, parse } from "../core/parse.ts";
import { listProto } from "../formats/bclist.ts";
import { BytecodeError, readBytecode } from "../formats/bcread.ts";
import {
  BcSaveError,
  checkArch,
  checkFileType,
  checkModName,
  checkOS,
  detectFileType,
  detectModName,
  NATIVE_ARCH,
  nativeOS,
  saveBytecode,
  type SaveOptions,
} from "../formats/bcsave.ts";
import { type CliIO, PROGNAME, readAllStdin, writeText } from "./common.ts";

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

/** Wrong usage: the usage text on stderr, exit status 1 (as luajit). */
class BcUsage extends Error {}

/** A failure luajit reports as `luajit: <message>` with exit status 1. */
class BcFail extends Error {}

/** Message and errno of a failed file operation, as C's strerror and errno give them. */
function osError(e: unknown): { text: string; errno: number } {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /^(.*?) \(os error (\d+)\)/.exec(msg);
  return m ? { text: m[1], errno: Number(m[2]) } : { text: msg, errno: 0 };
}

/** An input: a file name, "-" for stdin, or a function already loaded from `-e`. */
type Input = string | Proto;

/** Compiles (or loads, for dumps) a chunk; throws BcFail with luajit's message. */
export function loadChunk(source: string, chunkname: string): Proto {
  try {
    if (isBytecodeChunk(source)) return readBytecode(source, chunkname);
    return parse(source, chunkname);
  } catch (e) {
    if (e instanceof LuaSyntaxError || e instanceof BytecodeError) throw new BcFail(e.message);
    throw e;
  }
}

/** loadfile: a file (chunk `@name`) or standard input (chunk `=stdin`). */
function readInput(io: CliIO, input: Input): Proto {
  if (typeof input !== "string") return input;
  if (input === "-") return loadChunk(bytesToStr(readAllStdin(io)), "=stdin");
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(input);
  } catch (e) {
    const { text, errno } = osError(e);
    // Opening a directory succeeds in C; reading it is what fails.
    const what = errno === 21 ? "read" : "open";
    throw new BcFail(`cannot ${what} ${utf8ToStr(input)}: ${text}`);
  }
  return loadChunk(bytesToStr(bytes), "@" + utf8ToStr(input));
}

/** Writes an output file ("-": standard output); luajit's message on failure. */
function writeOutput(io: CliIO, output: string, data: Uint8Array): void {
  if (output === "-") {
    io.stdout.write(data);
    return;
  }
  try {
    Deno.writeFileSync(output, data);
  } catch (e) {
    // luajit prints io.open's message and errno number back to back.
    const { text, errno } = osError(e);
    throw new BcFail(`${utf8ToStr(output)}: ${text}${errno}`);
  }
}

/** The listing of `-l`. */
function listBytecode(io: CliIO, input: Input, output: string): void {
  const pt = readInput(io, input);
  writeOutput(io, output, strToBytes(listProto(pt)));
}

interface SaveContext {
  strip: boolean;
  type: SaveOptions["type"] | null;
  modname: string | null;
  arch: string;
  os: string;
}

/** Saving (no `-l`): a raw dump, C source, header or object file. */
function saveFile(io: CliIO, ctx: SaveContext, input: Input, output: string): void {
  const pt = readInput(io, input);
  const type = ctx.type ?? detectFileType(output);
  const modname = type === "raw"
    ? ""
    : ctx.modname ?? detectModName(typeof input === "string" ? input : null);
  const data = saveBytecode(pt, { strip: ctx.strip, type, modname, arch: ctx.arch, os: ctx.os });
  writeOutput(io, output, data);
}

/** Runs the `-b` command line; throws BcUsage/BcFail/BcSaveError. */
function run(args: string[], io: CliIO): void {
  const arg: Input[] = args.slice();
  let list = false;
  const ctx: SaveContext = {
    strip: true,
    type: null,
    modname: null,
    arch: NATIVE_ARCH,
    os: nativeOS(),
  };
  let n = 0;
  while (n < arg.length) {
    const a = arg[n];
    if (typeof a !== "string" || a[0] !== "-" || a === "-") {
      n++;
      continue;
    }
    arg.splice(n, 1);
    if (a === "--") break;
    for (let m = 1; m < a.length; m++) {
      const opt = a[m];
      if (opt === "l") list = true;
      else if (opt === "s") ctx.strip = true;
      else if (opt === "g") ctx.strip = false;
      else {
        // Options with an argument come last in their group and need the argument.
        if (n >= arg.length || m !== a.length - 1) throw new BcUsage();
        const take = () => arg.splice(n, 1)[0] as string;
        if (opt === "e") {
          if (n !== 0) throw new BcUsage();
          const chunk = utf8ToStr(arg[0] as string);
          arg[0] = loadChunk(chunk, chunk);
        } else if (opt === "n") ctx.modname = checkModName(take());
        else if (opt === "t") ctx.type = checkFileType(take());
        else if (opt === "a") ctx.arch = checkArch(take());
        else if (opt === "o") ctx.os = checkOS(take());
        else throw new BcUsage();
      }
    }
  }
  if (list) {
    if (arg.length === 0 || arg.length > 2) throw new BcUsage();
    listBytecode(io, arg[0], (arg[1] as string | undefined) ?? "-");
  } else {
    if (arg.length !== 2) throw new BcUsage();
    saveFile(io, ctx, arg[0], arg[1] as string);
  }
}

export function main(args: string[], io: CliIO): number {
  if (args.length === 1 && (args[0] === "-h" || args[0] === "--help")) {
    writeText(io.stdout, bcUsage());
    return 0;
  }
  try {
    run(args, io);
    return 0;
  } catch (e) {
    if (e instanceof BcUsage) {
      writeText(io.stderr, bcUsage());
      return 1;
    }
    if (e instanceof BcFail || e instanceof BcSaveError) {
      // Messages are Lua byte strings (source names and text): written as bytes.
      io.stderr.write(strToBytes(`${PROGNAME}: ${e.message}\n`));
      return 1;
    }
    throw e;
  }
}
