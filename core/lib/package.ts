// The package library (lib_package.c): require with its four loaders (preload, Lua
// files on package.path, C modules on package.cpath, which cannot load here), module and
// package.seeall, package.searchpath and package.loadlib. Paths default to the oracle's
// build and honour LUA_PATH/LUA_CPATH (";;" inserts the default) unless -E was given.
import { LuaFunction, type NativeFn } from "../func.ts";
import { LuaTable } from "../table.ts";
import type { LuaValue } from "../value.ts";
import type { GlobalState, LuaState } from "../state.ts";
import { ErrMsg } from "../err.ts";
import {
  callerErr,
  callerError,
  checkStr,
  checkTable,
  loadedTable,
  newNative,
  optStr,
  vmCall,
} from "../lib.ts";
import { debugFrame, frameFunc } from "../debug.ts";
import { strToUtf8 } from "../bytes.ts";
import { loadFile } from "./base.ts";
import { index, toLString } from "./capi.ts";

/** Default paths of the oracle's build (Debian, LuaJIT 2.1, x86_64). */
export const LUA_PATH_DEFAULT = "./?.lua;/usr/share/luajit-2.1.0-beta3/?.lua;" +
  "/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;" +
  "/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua";
export const LUA_CPATH_DEFAULT = "./?.so;/usr/local/lib/lua/5.1/?.so;" +
  "/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so";
/** package.config: directory separator, path separator, name mark, exec dir, ignore mark. */
const PATH_CONFIG = "/\n;\n?\n!\n-\n";

/** What package.loaded[name] holds while the module loads (LuaJIT's KEY_SENTINEL: the
 * value whose bit pattern is 0x8000000000000073, a negative denormal number). */
const SENTINEL = -0x73 * 2 ** -1074;

/** The registry's _PRELOAD table (package.preload), created on first use. */
export function preloadTable(G: GlobalState): LuaTable {
  const t = G.registry.getStr("_PRELOAD");
  if (t instanceof LuaTable) return t;
  const nt = new LuaTable();
  G.registry.setStr("_PRELOAD", nt);
  return nt;
}

/** The package table (the environment of require and the loaders). */
function packageOf(L: LuaState): LuaTable {
  return (L.stack[L.base - 2] as LuaFunction).env;
}

/** Whether fopen(name, "r") would succeed. */
function readable(name: string): boolean {
  try {
    Deno.openSync(strToUtf8(name), { read: true }).close();
    return true;
  } catch {
    return false;
  }
}

/** searchpath: the first readable file of the templates, or the "no file" lines. */
export function searchPath(
  name: string,
  path: string,
  sep: string,
  dirsep: string,
): { found: string } | { tried: string } {
  if (sep !== "") name = name.split(sep).join(dirsep);
  let tried = "";
  for (const tpl of path.split(";")) {
    if (tpl === "") continue;
    const fname = tpl.split("?").join(name);
    if (readable(fname)) return { found: fname };
    tried += `\n\tno file '${fname}'`;
  }
  return { tried };
}

/** Looks `name` up on package.path or package.cpath. */
function findFile(L: LuaState, name: string, field: string): { found: string } | { tried: string } {
  const path = toLString(index(L, packageOf(L), field));
  if (path === undefined) callerError(L, `'package.${field}' must be a string`);
  return searchPath(name, path!, ".", "/");
}

function loadError(L: LuaState, name: string, fname: string, msg: string): never {
  return callerError(L, `error loading module '${name}' from file '${fname}':\n\t${msg}`);
}

/** Loading a C module: impossible here, reported as its loader error. */
function cannotLoadC(L: LuaState, name: string, fname: string): never {
  return loadError(L, name, fname, `${fname}: C modules cannot be loaded by ljts`);
}

const loaderPreload: NativeFn = (L, base, nargs) => {
  const name = checkStr(L, base, nargs, 1);
  const pre = index(L, packageOf(L), "preload");
  if (!(pre instanceof LuaTable)) callerError(L, "'package.preload' must be a table");
  const v = index(L, pre, name);
  L.stack[base] = v === undefined ? `\n\tno field package.preload['${name}']` : v;
  return 1;
};

const loaderLua: NativeFn = (L, base, nargs) => {
  const name = checkStr(L, base, nargs, 1);
  const r = findFile(L, name, "path");
  if ("tried" in r) {
    L.stack[base] = r.tried;
    return 1;
  }
  const f = loadFile(L, r.found);
  if (typeof f === "string") loadError(L, name, r.found, f);
  L.stack[base] = f;
  return 1;
};

const loaderC: NativeFn = (L, base, nargs) => {
  const name = checkStr(L, base, nargs, 1);
  const r = findFile(L, name, "cpath");
  if ("tried" in r) {
    L.stack[base] = r.tried;
    return 1;
  }
  return cannotLoadC(L, name, r.found);
};

const loaderCroot: NativeFn = (L, base, nargs) => {
  const name = checkStr(L, base, nargs, 1);
  const dot = name.indexOf(".");
  if (dot < 0) return 0;
  const r = findFile(L, name.slice(0, dot), "cpath");
  if ("tried" in r) {
    L.stack[base] = r.tried;
    return 1;
  }
  return cannotLoadC(L, name, r.found);
};

/** Calls f(name) and returns its first result. */
function callWithName(L: LuaState, f: LuaValue, name: string): LuaValue {
  const t = L.top;
  L.growStack(t + 24);
  L.stack[t] = f;
  L.stack[t + 2] = name;
  vmCall(L, t, 1, 1);
  return L.stack[t];
}

const require: NativeFn = (L, base, nargs) => {
  const name = checkStr(L, base, nargs, 1);
  L.top = base + 1;
  const loaded = loadedTable(L.G);
  const cur = index(L, loaded, name);
  if (cur !== undefined && cur !== false) {
    if (cur === SENTINEL) callerError(L, `loop or previous error loading module '${name}'`);
    L.stack[base] = cur;
    return 1;
  }
  const loaders = index(L, packageOf(L), "loaders");
  if (!(loaders instanceof LuaTable)) callerError(L, "'package.loaders' must be a table");
  let msg = "";
  let loader: LuaValue;
  for (let i = 1;; i++) {
    const f = (loaders as LuaTable).getInt(i);
    if (f === undefined) callerError(L, `module '${name}' not found:${msg}`);
    loader = callWithName(L, f, name);
    if (loader instanceof LuaFunction) break;
    const s = toLString(loader);
    if (s !== undefined) msg += s;
  }
  loaded.set(name, SENTINEL);
  const r = callWithName(L, loader, name);
  if (r !== undefined) loaded.set(name, r);
  let v = index(L, loaded, name);
  if (v === SENTINEL) {
    v = true;
    loaded.set(name, true);
  }
  L.stack[base] = v;
  return 1;
};

// -- module() -------------------------------------------------------------------------

/**
 * luaL_findtable: walks the dotted name from `t`, creating missing tables; returns the
 * last table, or the rest of the name at a non-table field.
 */
function findTable(t: LuaTable, fname: string): LuaTable | string {
  for (;;) {
    const dot = fname.indexOf(".");
    const part = dot < 0 ? fname : fname.slice(0, dot);
    const v = t.get(part);
    if (v === undefined) {
      const nt = new LuaTable();
      t.set(part, nt);
      t = nt;
    } else if (v instanceof LuaTable) {
      t = v;
    } else {
      return fname;
    }
    if (dot < 0) return t;
    fname = fname.slice(dot + 1);
  }
}

const module: NativeFn = (L, base, nargs) => {
  const modname = checkStr(L, base, nargs, 1);
  const loaded = loadedTable(L.G);
  let m = index(L, loaded, modname);
  if (!(m instanceof LuaTable)) {
    const t = findTable(L.env, modname);
    if (typeof t === "string") callerErr(L, ErrMsg.BADMODN, modname);
    m = t;
    loaded.set(modname, m);
  }
  const mod = m as LuaTable;
  if (index(L, mod, "_NAME") === undefined) {
    mod.setStr("_M", mod);
    mod.setStr("_NAME", modname);
    const dot = modname.lastIndexOf(".");
    mod.setStr("_PACKAGE", dot < 0 ? "" : modname.slice(0, dot + 1));
  }
  // The calling function gets the module as its environment.
  const f = { base: 0, next: 0 };
  const fn = debugFrame(L, 1, f) ? frameFunc(L, f.base) : null;
  if (fn === null || fn.proto === null) {
    callerError(L, "'module' not called from a Lua function");
  }
  fn!.env = mod;
  if (L.top < base + nargs) L.top = base + nargs;
  for (let i = 2; i <= nargs; i++) {
    const t = L.top;
    L.growStack(t + 24);
    L.stack[t] = L.stack[base + i - 1];
    L.stack[t + 2] = mod;
    vmCall(L, t, 1, 0);
  }
  return 0;
};

const seeall: NativeFn = (L, base, nargs) => {
  const t = checkTable(L, base, nargs, 1);
  let mt = t.mt;
  if (mt === undefined) {
    mt = new LuaTable();
    t.setMeta(mt);
  }
  mt.setStr("__index", L.env);
  return 0;
};

const searchpath: NativeFn = (L, base, nargs) => {
  const name = checkStr(L, base, nargs, 1);
  const path = checkStr(L, base, nargs, 2);
  const sep = optStr(L, base, nargs, 3) ?? ".";
  const rep = optStr(L, base, nargs, 4) ?? "/";
  const r = searchPath(name, path, sep, rep);
  if ("found" in r) {
    L.stack[base] = r.found;
    return 1;
  }
  L.stack[base] = undefined;
  L.stack[base + 1] = r.tried;
  return 2;
};

const loadlib: NativeFn = (L, base, nargs) => {
  const path = checkStr(L, base, nargs, 1);
  checkStr(L, base, nargs, 2);
  L.stack[base] = undefined;
  L.stack[base + 1] = readable(path)
    ? `${path}: C libraries cannot be loaded by ljts`
    : `${path}: cannot open shared object file: No such file or directory`;
  L.stack[base + 2] = "open";
  return 3;
};

/** A path from the environment variable with ";;" standing for the default. */
export function envPath(G: GlobalState, envname: string, def: string): string {
  const noenv = G.registry.getStr("LUA_NOENV");
  if (noenv !== undefined && noenv !== false) return def;
  let v: string | undefined;
  try {
    v = Deno.env.get(envname);
  } catch { /* No permission to read the environment: the default. */ }
  if (v === undefined) return def;
  return v.split(";;").join(";\u0001;").split("\u0001").join(def);
}

export function open(L: LuaState): void {
  const G = L.G;
  const pkg = new LuaTable();
  G.globals.setStr("package", pkg);
  loadedTable(G).setStr("package", pkg);
  const fn = (f: NativeFn) => {
    const n = newNative(G, "", f);
    n.env = pkg;
    return n;
  };
  pkg.setStr("loadlib", fn(loadlib));
  pkg.setStr("searchpath", fn(searchpath));
  pkg.setStr("seeall", fn(seeall));
  const loaders = new LuaTable();
  [loaderPreload, loaderLua, loaderC, loaderCroot].forEach((f, i) => loaders.setInt(i + 1, fn(f)));
  pkg.setStr("loaders", loaders);
  pkg.setStr("path", envPath(G, "LUA_PATH", LUA_PATH_DEFAULT));
  pkg.setStr("cpath", envPath(G, "LUA_CPATH", LUA_CPATH_DEFAULT));
  pkg.setStr("config", PATH_CONFIG);
  pkg.setStr("loaded", loadedTable(G));
  pkg.setStr("preload", preloadTable(G));
  G.globals.setStr("module", fn(module));
  G.globals.setStr("require", fn(require));
}
