// The os library (lib_os.c): time and dates in the local zone of TZ (core/lib/tzfile.ts,
// strftime.ts), files, environment, clock, exit and execute.
import type { NativeFn } from "../func.ts";
import { LuaTable } from "../table.ts";
import type { LuaValue } from "../value.ts";
import type { LuaState } from "../state.ts";
import { ErrMsg, ExitSignal } from "../err.ts";
import {
  arg,
  callerErr,
  callerError,
  checkNumber,
  checkOpt,
  checkStr,
  optInt,
  optNumber,
  optStr,
  registerLib,
  typeError,
} from "../lib.ts";
import { strToUtf8, utf8ToStr } from "../bytes.ts";
import { index } from "./capi.ts";
import { strToNumber } from "../meta.ts";
import { osDate, osTime, type TimeFields, toTimeT } from "./os_date.ts";
import { Zone } from "./tzfile.ts";
import { hostError, PermissionError, runShell, SysError } from "./io_file.ts";
import { flushAll } from "./io.ts";
import process from "node:process";

/** The local time zone of a state, read from TZ once (as glibc does). */
function zoneOf(L: LuaState): Zone {
  let z = L.G.libData.get("os.zone") as Zone | undefined;
  if (!z) {
    let tz: string | undefined;
    try {
      tz = Deno.env.get("TZ");
    } catch { /* No permission: the system zone. */ }
    z = Zone.load(tz);
    L.G.libData.set("os.zone", z);
  }
  return z;
}

/** Runs a file operation: true, or nil, "name: strerror", errno. */
function fileOp(L: LuaState, base: number, name: string, f: () => void): number {
  try {
    f();
    L.stack[base] = true;
    return 1;
  } catch (e) {
    const err = hostError(e);
    if (err instanceof PermissionError) callerError(L, err.message);
    if (!(err instanceof SysError)) throw err;
    L.stack[base] = undefined;
    L.stack[base + 1] = `${name}: ${err.text}`;
    L.stack[base + 2] = err.errno;
    return 3;
  }
}

const TMPCHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

const lib: Record<string, NativeFn> = {
  execute(L, base, nargs) {
    const cmd = optStr(L, base, nargs, 1);
    if (cmd === undefined) {
      L.stack[base] = 1; // A shell is available.
      return 1;
    }
    try {
      const r = runShell(cmd);
      // The child writes to the real output; this process's buffered output comes later.
      L.G.io.stdout.write(r.stdout);
      L.stack[base] = r.status;
    } catch (e) {
      const err = hostError(e);
      if (err instanceof PermissionError) callerError(L, err.message);
      L.stack[base] = 127 << 8;
    }
    return 1;
  },
  remove(L, base, nargs) {
    const name = checkStr(L, base, nargs, 1);
    return fileOp(L, base, name, () => Deno.removeSync(strToUtf8(name)));
  },
  rename(L, base, nargs) {
    const from = checkStr(L, base, nargs, 1);
    const to = checkStr(L, base, nargs, 2);
    return fileOp(L, base, from, () => Deno.renameSync(strToUtf8(from), strToUtf8(to)));
  },
  tmpname(L, base) {
    for (let tries = 0; tries < 100; tries++) {
      let name = "/tmp/lua_";
      for (let i = 0; i < 6; i++) name += TMPCHARS[Math.floor(Math.random() * TMPCHARS.length)];
      try {
        Deno.openSync(name, { write: true, createNew: true, mode: 0o600 }).close();
        L.stack[base] = name;
        return 1;
      } catch (e) {
        const err = hostError(e);
        if (err instanceof PermissionError) callerError(L, err.message);
        if (!(err instanceof SysError) || err.errno !== 17) break;
      }
    }
    return callerErr(L, ErrMsg.OSUNIQF);
  },
  getenv(L, base, nargs) {
    const name = checkStr(L, base, nargs, 1);
    let v: string | undefined;
    try {
      v = Deno.env.get(strToUtf8(name));
    } catch (e) {
      const err = hostError(e);
      if (err instanceof PermissionError) callerError(L, err.message);
      v = undefined; // Names Deno rejects (e.g. with '=') are not set.
    }
    L.stack[base] = v === undefined ? undefined : utf8ToStr(v);
    return 1;
  },
  exit(L, base, nargs) {
    const v = arg(L, base, nargs, 1);
    const status = typeof v === "boolean" ? (v ? 0 : 1) : optInt(L, base, nargs, 1, 0);
    flushAll(L.G);
    throw new ExitSignal(status & 0xff);
  },
  clock(L, base) {
    const u = process.cpuUsage();
    L.stack[base] = (u.user + u.system) / 1e6;
    return 1;
  },
  date(L, base, nargs) {
    const fmt = optStr(L, base, nargs, 1) ?? "%c";
    const tv = arg(L, base, nargs, 2);
    const t = tv === undefined
      ? toTimeT(Math.floor(Date.now() / 1000))
      : toTimeT(checkNumber(L, base, nargs, 2));
    const r = osDate(zoneOf(L), fmt, t);
    if (r.kind === "string") L.stack[base] = r.s;
    else if (r.kind === "nil") L.stack[base] = undefined;
    else if (r.kind === "keep") L.stack[base] = L.stack[base + nargs - 1];
    else {
      const tm = r.tm;
      const tb = new LuaTable(0, 4);
      tb.setStr("sec", tm.sec);
      tb.setStr("min", tm.min);
      tb.setStr("hour", tm.hour);
      tb.setStr("day", tm.mday);
      tb.setStr("month", tm.mon + 1);
      tb.setStr("year", tm.year + 1900);
      tb.setStr("wday", tm.wday + 1);
      tb.setStr("yday", tm.yday + 1);
      if (tm.isdst >= 0) tb.setStr("isdst", tm.isdst !== 0);
      L.stack[base] = tb;
    }
    return 1;
  },
  time(L, base, nargs) {
    const v = arg(L, base, nargs, 1);
    if (v === undefined) {
      L.stack[base] = Math.floor(Date.now() / 1000);
      return 1;
    }
    if (!(v instanceof LuaTable)) return typeError(L, base, nargs, 1, "table");
    const num = (key: string, required: boolean): number | undefined => {
      const x = index(L, v, key);
      if (typeof x === "number") return x;
      if (typeof x === "string") {
        const n = strToNumber(x);
        if (n !== undefined) return n;
      }
      if (required) callerErr(L, ErrMsg.OSDATEF, key);
      return undefined;
    };
    const f: TimeFields = {
      sec: num("sec", false),
      min: num("min", false),
      hour: num("hour", false),
      day: num("day", true),
      month: num("month", true),
      year: num("year", true),
    };
    const dst: LuaValue = index(L, v, "isdst");
    if (dst !== undefined) f.isdst = dst !== false;
    const t = osTime(zoneOf(L), f);
    L.stack[base] = t === null ? undefined : t;
    return 1;
  },
  difftime(L, base, nargs) {
    // C evaluates difftime's arguments right to left: the second is checked first.
    const b = toTimeT(optNumber(L, base, nargs, 2, 0));
    const a = toTimeT(checkNumber(L, base, nargs, 1));
    L.stack[base] = typeof a === "number" && typeof b === "number"
      ? a - b
      : Number(BigInt(a) - BigInt(b));
    return 1;
  },
  setlocale(L, base, nargs) {
    const loc = optStr(L, base, nargs, 1);
    checkOpt(L, base, nargs, 2, 6, [
      "ctype",
      "numeric",
      "time",
      "collate",
      "monetary",
      "\xff",
      "all",
    ]);
    // Only the C locale exists here (as in a minimal system without locales).
    L.stack[base] = loc === undefined || loc === "" || loc === "C" || loc === "POSIX"
      ? "C"
      : undefined;
    return 1;
  },
};

export function open(L: LuaState): void {
  registerLib(L, "os", lib);
}
