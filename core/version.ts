// Version strings.
export const VERSION = "0.1.0";
/** The LuaJIT release whose behaviour ljts reproduces (`jit.version`). */
export const LUAJIT_VERSION = "LuaJIT 2.1.0-beta3";
export const LUAJIT_VERSION_NUM = 20100;
