// Global state and Lua threads.
//
// A LuaState is one Lua thread (the main thread or a coroutine). It owns a Lua stack: a JS
// array of values `stack` plus two parallel Int32Arrays holding the frame links. Frames
// are laid out as in LuaJIT with two frame slots (FR2):
//
//        base-2   base-1         | base  base+1 ...
//       [func]   [frame link]    | [args / locals ...]
//
// The link of the frame at `base` lives at index base-1 of the parallel arrays:
//   link[base-1]  = delta*8 + frame type, delta = base - (base of the previous frame)
//   linkpc[base-1] = return PC for frames called from Lua code (index of the instruction
//                    after the CALL in the caller's bytecode), or the continuation PC
// stack[base-1] itself stays nil. Slot 0 holds the thread, the first frame starts at 2.
//
// GlobalState holds what all threads share: registry, globals, base metatables (the
// string metatable among them), the interned metamethod names and the buffered stdout
// (print and io.write share it; buffered as C stdio does, see core/stdout.ts).
import { GCObject, LuaType, type LuaValue } from "./value.ts";
import { LuaTable } from "./table.ts";
import type { Proto, Upval } from "./func.ts";
import type { ByteSink } from "./bytes.ts";
import { ErrMsg, throwMsg } from "./err.ts";
import { StdoutBuffer } from "./stdout.ts";

// Frame types in the low 3 bits of a frame link (as LuaJIT's FRAME_*).
export const FRAME_LUA = 0; // Called from Lua code.
export const FRAME_C = 1; // Entered from JS (a native function or the host) via vmCall.
export const FRAME_CONT = 2; // Metamethod call made by an instruction; continuation below.
export const FRAME_VARG = 3; // Vararg pseudo frame: the fixed args were moved above it.
export const FRAME_CP = 5; // Bottom frame of a coroutine (started by resume).
export const FRAME_PCALL = 6; // pcall/xpcall frame.
export const FRAME_HOSTP = 7; // Protected entry from JS (vmPCall, like lua_pcall).
export const FRAME_TYPE = 3;
export const FRAME_TYPEP = 7;

/** Max. number of stack slots of a thread (LUAI_MAXSTACK). */
export const MAX_STACK = 65500;
/** Slots kept free above the limit for metamethod calls and error handling. */
export const STACK_EXTRA = 5 + 2 * 2;
/** Free slots a native function may use above its arguments (LUA_MINSTACK). */
export const MIN_STACK = 20;
/** Lua calls compiled code makes directly (JS calls) before using the trampoline. */
export const MAX_JSDEPTH = 40;

/** Coroutine states. */
export const enum CoStatus {
  /** Created or yielded: may be resumed. */
  SUSPENDED = 0,
  /** Currently running. */
  RUNNING = 1,
  /** Resumed another coroutine and waits for it. */
  NORMAL = 2,
  /** Finished or died with an error. */
  DEAD = 3,
}

/** A Lua thread: the main thread or a coroutine. */
export class LuaState extends GCObject {
  /** Slot values. Only ever grows in place, so references to it stay valid. */
  stack: LuaValue[] = [];
  /** Frame link at index base-1: delta*8 + frame type. */
  link: Int32Array;
  /** Return or continuation PC at index base-1. */
  linkpc: Int32Array;
  /** Usable slots (LuaJIT's maxstack): frames must end at or below it. */
  size = 0;
  /** Base of the running frame. */
  base = 2;
  /** For native frames: one past the last argument or result. */
  top = 2;
  /** PC of the running Lua frame, saved before operations that may raise errors. */
  pc = 0;
  /** Number of values of the last multiple-result call, return or vararg (MULTRES). */
  nres = 0;
  /** Where the values of a return start (with nres). */
  rbase = 0;
  /** Instruction before the current one, for line hooks; -1 to report the next line. */
  hookpc = -1;
  status = CoStatus.SUSPENDED;
  /** Thread environment: getfenv(0), and the environment of functions created by load. */
  env: LuaTable;
  /** Open upvalues, highest slot first. */
  openupval: Upval | null = null;
  /** The thread that resumed this one, while it runs. */
  resumer: LuaState | null = null;
  /** True while an xpcall message handler runs on this thread (LuaJIT's LUA_ERRERR status). */
  inHandler = false;
  /** Base of the frame a running coroutine started with (its body function's frame). */
  cobase = 0;

  constructor(public readonly G: GlobalState, env: LuaTable | null) {
    super();
    this.env = env ?? new LuaTable();
    const n = 2 * MIN_STACK + STACK_EXTRA + 1;
    this.link = new Int32Array(n);
    this.linkpc = new Int32Array(n);
    const st = this.stack;
    for (let i = 0; i < n; i++) st.push(undefined);
    st[0] = this;
    this.size = n - STACK_EXTRA - 1;
  }

  get luaType(): LuaType {
    return LuaType.THREAD;
  }

  /** Ensures slots below `need` are usable; "stack overflow" beyond MAX_STACK. */
  growStack(need: number): void {
    if (need <= this.size) return;
    if (this.size > MAX_STACK) throwMsg(ErrMsg.STKOV); // Overflow while handling overflow.
    // Beyond the limit, grow a little anyway so that error handlers can run.
    const n = need > MAX_STACK
      ? need + 2 * MIN_STACK
      : Math.min(Math.max(need, 2 * this.size), MAX_STACK);
    this.resizeStack(n + STACK_EXTRA + 1);
    this.size = n;
    if (n > MAX_STACK) throwMsg(ErrMsg.STKOV);
  }

  /** Returns the stack limit to normal once an overflow has been handled. */
  relimitStack(): void {
    if (this.size > MAX_STACK) this.size = MAX_STACK;
  }

  private resizeStack(n: number): void {
    const st = this.stack;
    for (let i = st.length; i < n; i++) st.push(undefined);
    if (this.link.length < n) {
      const l = new Int32Array(n);
      l.set(this.link);
      this.link = l;
      const p = new Int32Array(n);
      p.set(this.linkpc);
      this.linkpc = p;
    }
  }
}

// Debug hook events (LUA_MASK*) and their names as hook functions receive them.
export const HOOK_CALL = 1, HOOK_RET = 2, HOOK_LINE = 4, HOOK_COUNT = 8;
export type HookEvent = "call" | "return" | "line" | "count" | "tail return";
/** hookmask bit of a JIT recording a trace: each instruction is shown to G.jit.record. */
export const HOOK_RECORD = 16;

// Hot counting as LuaJIT's dispatcher does it (lj_dispatch.h): HOTCOUNT_SIZE shared
// counters hashed by instruction, counting down by HOTCOUNT_LOOP at FORL/ITERL/LOOP and by
// HOTCOUNT_CALL at FUNCF/FUNCV (the I* variants do not count); the JIT sets them to
// hotloop * HOTCOUNT_LOOP - 1 and again when one runs out.
export const HOTCOUNT_SIZE = 64, HOTCOUNT_LOOP = 2, HOTCOUNT_CALL = 1;

/**
 * What a trace compiler attaches to the VM as G.jit (null: nothing is counted, the
 * luajit -joff behaviour). The VM counts in the interpreter and in compiled code.
 */
export interface JitEngine {
  /** The hot counters, HOTCOUNT_SIZE of them (GG_State.hotcount). */
  readonly hotcount: Uint16Array;
  /**
   * A counter ran out at instruction pc of pt (a FORL, ITERL or LOOP, or pc 0 for a
   * function header) in the frame at L.base, before the instruction runs; L.pc is pc. The
   * engine resets the counter. Returning true makes the VM dispatch that frame again from
   * pc (in the hooked interpreter if the engine set HOOK_RECORD in G.hookmask).
   */
  hot(L: LuaState, pt: Proto, pc: number): boolean;
  /** While HOOK_RECORD is set: called before each instruction of a Lua frame at L.base. */
  record(L: LuaState, pt: Proto, pc: number): void;
  /**
   * A JFORL/JITERL/JLOOP/JFUNCF/JFUNCV the engine patched in: runs its trace from the
   * frame at L.base and returns the pc at which the interpreter goes on in the frame at
   * L.base afterwards. Patching bytecode must go through vmPatched (vm.ts).
   */
  enter(L: LuaState, pt: Proto, pc: number): number;
}

/** Metamethod names in LuaJIT's order (MMDEF); the first six are cached negatively. */
export const MM_NAMES = [
  "__index",
  "__newindex",
  "__gc",
  "__mode",
  "__eq",
  "__len",
  "__lt",
  "__le",
  "__concat",
  "__call",
  "__add",
  "__sub",
  "__mul",
  "__div",
  "__mod",
  "__pow",
  "__unm",
  "__metatable",
  "__tostring",
] as const;

export const enum MM {
  index = 0,
  newindex,
  gc,
  mode,
  eq,
  len,
  lt,
  le,
  concat,
  call,
  add,
  sub,
  mul,
  div,
  mod,
  pow,
  unm,
  metatable,
  tostring,
}
/** Metamethods with a negative cache bit in LuaTable.nomm (MM_FAST). */
export const MM_FAST = MM.len;

/** The host environment a GlobalState runs in (the CLI passes its CliIO). */
export interface HostIO {
  stdout: ByteSink;
  stderr: ByteSink;
  stdin: { readSync(p: Uint8Array): number | null };
}

/** State shared by all threads of one Lua universe (one `ljts run`). */
export class GlobalState {
  readonly registry = new LuaTable();
  /** The globals table _G (the main thread's environment). */
  readonly globals = new LuaTable();
  readonly mainThread: LuaState;
  /** Metatables of non-table, non-userdata values by LuaType (the string metatable, ...). */
  readonly basemt: (LuaTable | undefined)[] = [];
  /** Buffered stdout; print and io.write share it. */
  readonly out: StdoutBuffer;
  /** Lua calls made directly from compiled code, nested (bounded by MAX_JSDEPTH). */
  jsdepth = 0;
  /** The thread currently running. */
  cur: LuaState;
  /** The thread the innermost VM entry from JS runs on: it cannot yield. */
  execL: LuaState | null = null;
  /** Whether the JIT compiler is enabled (jit.on/off, -joff). */
  jitOn = true;
  /** The trace compiler attached to this state, if any: hot counting is on while set. */
  jit: JitEngine | null = null;
  /**
   * Debug hooks (debug.sethook): HOOK_* bits of the events that make the VM call
   * `hook(L, event, line)` with the hooked frame running at L.base. While any bit is set,
   * Lua frames run in the hooked interpreter.
   */
  hookmask = 0;
  /** Instructions between count events, and the countdown to the next one. */
  hookcount = 0;
  hookcountdown = 0;
  /** True while a hook function runs: its own instructions raise no events, count none. */
  hookActive = false;
  hook: ((L: LuaState, event: HookEvent, line: number) => void) | null = null;
  /** Per-instance data of the libraries (io handles, random state, ...) by library name. */
  readonly libData = new Map<string, unknown>();

  constructor(public readonly io: HostIO) {
    this.out = new StdoutBuffer(io.stdout);
    this.mainThread = new LuaState(this, this.globals);
    this.mainThread.status = CoStatus.RUNNING;
    this.cur = this.mainThread;
    for (let i = 0; i <= LuaType.CDATA; i++) this.basemt.push(undefined);
  }

  /** Metatable of any value (lj_meta_lookup's first step), or undefined. */
  getmetatable(o: LuaValue): LuaTable | undefined {
    if (o instanceof LuaTable) return o.mt;
    if (typeof o === "object") {
      const t = o.luaType;
      if (t === LuaType.USERDATA) return (o as unknown as { mt: LuaTable | undefined }).mt;
      return this.basemt[t];
    }
    return this.basemt[
      o === undefined
        ? LuaType.NIL
        : typeof o === "boolean"
        ? LuaType.BOOLEAN
        : typeof o === "number"
        ? LuaType.NUMBER
        : LuaType.STRING
    ];
  }
}
