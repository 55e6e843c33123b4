// Errors: the table of messages (LuaJIT's wording, declared once), the JS exceptions that
// carry Lua errors, and message formatting. Locations and tracebacks need the stack and
// live in core/debug.ts; unwinding to pcall frames is the VM's job (core/vm.ts).
import type { LuaValue } from "./value.ts";

/** Error messages by name, as in LuaJIT's lj_errmsg.h (FFI messages left out). */
export const ERRMSG = {
  ERRMEM: "not enough memory",
  ERRERR: "error in error handling",
  ERRCPP: "C++ exception",
  STROV: "string length overflow",
  UDATAOV: "userdata length overflow",
  STKOV: "stack overflow",
  STKOVM: "stack overflow (%s)",
  TABOV: "table overflow",
  NANIDX: "table index is NaN",
  NILIDX: "table index is nil",
  NEXTIDX: "invalid key to 'next'",
  BADCALL: "attempt to call a %s value",
  BADOPRT: "attempt to %s %s '%s' (a %s value)",
  BADOPRV: "attempt to %s a %s value",
  BADCMPT: "attempt to compare %s with %s",
  BADCMPV: "attempt to compare two %s values",
  GETLOOP: "loop in gettable",
  SETLOOP: "loop in settable",
  OPCALL: "call",
  OPINDEX: "index",
  OPARITH: "perform arithmetic on",
  OPCAT: "concatenate",
  OPLEN: "get length of",
  BADSELF: "calling '%s' on bad self (%s)",
  BADARG: "bad argument #%d to '%s' (%s)",
  BADTYPE: "%s expected, got %s",
  BADVAL: "invalid value",
  NOVAL: "value expected",
  NOCORO: "coroutine expected",
  NOTABN: "nil or table expected",
  NOLFUNC: "Lua function expected",
  NOFUNCL: "function or level expected",
  NOSFT: "string/function/table expected",
  NOPROXY: "boolean or proxy expected",
  FORINIT: "'for' initial value must be a number",
  FORLIM: "'for' limit must be a number",
  FORSTEP: "'for' step must be a number",
  NOENV: "no calling environment",
  CYIELD: "attempt to yield across C-call boundary",
  BADLU: "bad light userdata pointer",
  NOGCMM: "bad action while in __gc metamethod",
  ASSERT: "assertion failed!",
  PROTMT: "cannot change a protected metatable",
  UNPACK: "too many results to unpack",
  RDRSTR: "reader function must return a string",
  PRTOSTR: "'tostring' must return a string to 'print'",
  NUMRNG: "number out of range",
  IDXRNG: "index out of range",
  BASERNG: "base out of range",
  LVLRNG: "level out of range",
  INVLVL: "invalid level",
  INVOPT: "invalid option",
  INVOPTM: "invalid option '%s'",
  INVFMT: "invalid format",
  SETFENV: "'setfenv' cannot change environment of given object",
  CORUN: "cannot resume running coroutine",
  CODEAD: "cannot resume dead coroutine",
  COSUSP: "cannot resume non-suspended coroutine",
  TABINS: "wrong number of arguments to 'insert'",
  TABCAT: "invalid value (%s) at index %d in table for 'concat'",
  TABSORT: "invalid order function for sorting",
  IOCLFL: "attempt to use a closed file",
  IOSTDCL: "standard file is closed",
  OSUNIQF: "unable to generate a unique filename",
  OSDATEF: "field '%s' missing in date table",
  STRDUMP: "unable to dump given function",
  STRSLC: "string slice too long",
  STRPATB: "missing '[' after '%f' in pattern",
  STRPATC: "invalid pattern capture",
  STRPATE: "malformed pattern (ends with '%')",
  STRPATM: "malformed pattern (missing ']')",
  STRPATU: "unbalanced pattern",
  STRPATX: "pattern too complex",
  STRCAPI: "invalid capture index",
  STRCAPN: "too many captures",
  STRCAPU: "unfinished capture",
  STRFMT: "invalid option '%s' to 'format'",
  STRGSRV: "invalid replacement value (a %s)",
  BADMODN: "name conflict for module '%s'",
  JITPROT: "runtime code generation failed, restricted kernel?",
  NOJIT: "JIT compiler disabled",
  JITOPT: "unknown or malformed optimization flag '%s'",
  XMODE: "attempt to load chunk with wrong mode",
  BCFMT: "cannot load incompatible bytecode",
  BCBAD: "cannot load malformed bytecode",
  BUFFER_SELF: "cannot put buffer into itself",
  BUFFER_BADOPT: "bad options table",
  BUFFER_BADENC: "cannot serialize '%s'",
  BUFFER_BADDEC: "cannot deserialize tag 0x%02x",
  BUFFER_BADDICTX: "cannot deserialize dictionary index %d",
  BUFFER_DEPTH: "too deep to serialize",
  BUFFER_DUPKEY: "duplicate table key",
  BUFFER_EOB: "unexpected end of buffer",
  BUFFER_LEFTOV: "left-over data in buffer",
} as const;

export type ErrName = keyof typeof ERRMSG;

/** Message names as constants: `ErrMsg.NILIDX`. */
export const ErrMsg: { readonly [K in ErrName]: K } = Object.freeze(
  Object.fromEntries(Object.keys(ERRMSG).map((k) => [k, k])) as { [K in ErrName]: K },
);

/** Formats a message with C-style %s, %d and %02x conversions. */
export function errFormat(fmt: string, ...args: (string | number)[]): string {
  let i = 0;
  return fmt.replace(/%(0?\d*)([sdx%])/g, (_m, width: string, conv: string) => {
    if (conv === "%") return "%";
    const a = args[i++];
    if (conv === "s") return String(a);
    const s = conv === "x" ? (a as number).toString(16) : String(Math.trunc(a as number));
    return width ? s.padStart(Number(width), width.startsWith("0") ? "0" : " ") : s;
  });
}

/** The text of a message, formatted. */
export function errMsg(em: ErrName, ...args: (string | number)[]): string {
  return args.length ? errFormat(ERRMSG[em], ...args) : ERRMSG[em];
}

/**
 * A Lua error in flight: a JS exception carrying the Lua error value. Not an Error
 * subclass, so that throwing it does not capture a JS stack trace.
 */
export class LuaError {
  /** True once an xpcall message handler has transformed the value. */
  handled = false;
  /** True for a stack overflow (the Lua or the JS stack). */
  overflow = false;
  constructor(public value: LuaValue) {}
}

/**
 * An error raised where the running frame was not at hand (table stores, stack
 * growth, ...). The VM turns it into a LuaError prefixed with the position of the
 * current frame, as lj_err_msg does.
 */
export class LocatableError {
  constructor(public msg: string) {}
}

/** Throws a message that gets the current frame's position (lj_err_msg). */
export function throwMsg(em: ErrName, ...args: (string | number)[]): never {
  throw new LocatableError(errMsg(em, ...args));
}

/** Signal that unwinds an in-process run for os.exit: caught by the CLI, not by pcall. */
export class ExitSignal {
  constructor(public code: number) {}
}
