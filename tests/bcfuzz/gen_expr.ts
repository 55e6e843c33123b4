// Expressions for the program generator: literals, variables, indexing, calls, closures,
// table constructors of every shape, operator chains, and conditions. Every choice is
// drawn from a seeded Rng, and the output is a token list (see gen.ts for statements).
import { longString, numberText, stringText } from "./lit.ts";
import type { Rng } from "./rng.ts";

/** Prefix of a token that must stay on the line of the previous one (call parentheses). */
export const ATTACH = "\x01";

/** Names for locals: a small pool so that shadowing and upvalue capture happen often. */
export const LOCAL_NAMES = ["a", "b", "c", "i", "k", "v", "x", "y", "t", "s", "n", "f"];
/** Local names the compiler looks at (iterator prediction) or that mean something. */
const SPECIAL_LOCALS = ["pairs", "next", "ipairs", "self", "_", "print", "goto", "caf\xc3\xa9"];
const GLOBAL_NAMES = [
  "g",
  "h",
  "G",
  "print",
  "pairs",
  "ipairs",
  "next",
  "type",
  "select",
  "tostring",
  "unpack",
  "math",
  "string",
  "_G",
  "_ENV",
  "jit",
  "goto",
  "\xe6\x97\xa5",
];
const FIELD_NAMES = [
  "x",
  "y",
  "z",
  "n",
  "len",
  "sub",
  "floor",
  "insert",
  "__index",
  "pairs",
  "a1",
  "goto",
  "\xc3\xb1",
];

const ARITH_OPS = ["+", "-", "*", "/", "%", "^"];
const COMPARE_OPS = ["==", "~=", "<", "<=", ">", ">="];
const BINARY_OPS = [...ARITH_OPS, "..", ...COMPARE_OPS, "and", "or"];

/** One function being generated. */
export interface FnState {
  vararg: boolean;
  /** Nesting of loops in this function (break is valid when > 0). */
  loops: number;
  /** Counter for unique label names within the function. */
  labels: number;
}

/** One block: its locals and its goto targets. */
export interface Scope {
  names: string[];
  /** Labels a goto inside this block may jump to (start labels and the trailing label). */
  targets: string[];
  /** First scope of a function: names below it are upvalues, targets are not visible. */
  fnStart: boolean;
}

export abstract class ExprGen {
  readonly out: string[] = [];
  /** Remaining size: each expression or statement node uses one unit. */
  protected budget: number;
  /** Current expression nesting (kept well below LuaJIT's 200 syntax levels). */
  protected depth = 0;
  protected maxDepth: number;
  protected scopes: Scope[] = [];
  protected fn: FnState = { vararg: true, loops: 0, labels: 0 };

  constructor(protected readonly rng: Rng, size: number) {
    this.budget = size;
    this.maxDepth = rng.chance(0.1) ? rng.range(8, 20) : rng.range(2, 6);
  }

  /** Emits a function's parameter list and body (statement generator). */
  protected abstract funcBody(method: boolean): void;

  protected emit(...tokens: string[]): void {
    for (const t of tokens) this.out.push(t);
  }

  protected visibleLocals(): string[] {
    const names: string[] = [];
    for (const s of this.scopes) names.push(...s.names);
    return names;
  }

  /** A name for a new local: usually from the pool, sometimes special or fresh. */
  protected localName(): string {
    const r = this.rng.int(20);
    if (r === 0) return this.rng.pick(SPECIAL_LOCALS);
    if (r === 1) return `l${this.rng.int(300)}`;
    return this.rng.pick(LOCAL_NAMES);
  }

  protected fieldName(): string {
    return this.rng.pick(FIELD_NAMES);
  }

  protected globalName(): string {
    return this.rng.pick(GLOBAL_NAMES);
  }

  /** A variable reference: local, upvalue or global. */
  protected varName(): string {
    const locals = this.visibleLocals();
    if (locals.length && this.rng.chance(0.75)) return this.rng.pick(locals);
    return this.globalName();
  }

  private leaf(): void {
    const r = this.rng.int(20);
    if (r < 5) this.number();
    else if (r < 8) this.emit(stringText(this.rng));
    else if (r < 10) this.emit(this.rng.pick(["nil", "true", "false"]));
    else if (r < 11 && this.fn.vararg) this.emit("...");
    else this.emit(this.varName());
  }

  /** A number literal, sometimes negated (-0, -1, -2^63, ...). */
  protected number(): void {
    if (this.rng.chance(0.15)) this.emit("-");
    this.emit(numberText(this.rng));
  }

  /** A constant: number, string, boolean or nil. */
  protected constant(): void {
    const r = this.rng.int(10);
    if (r < 5) this.number();
    else if (r < 8) this.emit(stringText(this.rng));
    else this.emit(this.rng.pick(["nil", "true", "false"]));
  }

  /** Any value expression. */
  expr(): void {
    this.budget--;
    if (this.depth >= this.maxDepth || this.budget <= 0) {
      this.leaf();
      return;
    }
    this.depth++;
    const kind = this.rng.weighted({
      leaf: 30,
      binop: 16,
      constArith: 8,
      unop: 5,
      prefix: 14,
      func: 3,
      table: 7,
      paren: 3,
      chain: 4,
      logic: 5,
      compare: 5,
    });
    switch (kind) {
      case "leaf":
        this.leaf();
        break;
      case "binop":
        this.expr();
        this.emit(this.rng.pick(BINARY_OPS));
        this.expr();
        break;
      case "constArith":
        this.constArith(this.rng.range(1, 4));
        break;
      case "unop":
        this.emit(this.rng.pick(["-", "-", "not", "#"]));
        this.expr();
        break;
      case "prefix":
        this.prefixExp(true);
        break;
      case "func":
        this.emit("function");
        this.funcBody(false);
        break;
      case "table":
        this.table();
        break;
      case "paren":
        this.emit("(");
        this.expr();
        this.emit(")");
        break;
      case "chain": {
        // A run of one operator class without parentheses: associativity and precedence.
        const ops = this.rng.pick([ARITH_OPS, [".."], ["^"], ["and", "or"], COMPARE_OPS]);
        const n = this.rng.range(2, 6);
        this.operand();
        for (let i = 0; i < n; i++) {
          this.emit(this.rng.pick(ops));
          this.operand();
        }
        break;
      }
      case "logic":
        this.cond();
        break;
      case "compare":
        this.comparison();
        break;
    }
    this.depth--;
  }

  /** A simple operand: constant, variable, field or call, sometimes negated. */
  protected operand(): void {
    const r = this.rng.int(10);
    if (r < 4) this.constant();
    else if (r < 7) this.emit(this.varName());
    else if (r < 8) {
      this.emit(this.rng.pick(["-", "not", "#"]));
      this.emit(this.varName());
    } else this.expr();
  }

  /** Arithmetic on numeric constants only: what the compiler folds (or must not fold). */
  protected constArith(n: number): void {
    const paren = this.rng.chance(0.3);
    if (paren) this.emit("(");
    this.number();
    for (let i = 0; i < n; i++) {
      this.emit(this.rng.pick(ARITH_OPS));
      if (this.rng.chance(0.2)) {
        this.emit("(");
        this.constArith(this.rng.range(1, 2));
        this.emit(")");
      } else this.number();
    }
    if (paren) this.emit(")");
  }

  /** A comparison whose operands are often constants of every type. */
  protected comparison(): void {
    const side = () => {
      if (this.rng.chance(0.45)) this.constant();
      else this.operand();
    };
    side();
    this.emit(this.rng.pick(COMPARE_OPS));
    side();
  }

  /** A condition: comparisons, not, and/or chains, constants, plain values. */
  cond(): void {
    this.budget--;
    if (this.depth >= this.maxDepth || this.budget <= 0) {
      if (this.rng.chance(0.5)) this.comparison();
      else this.operand();
      return;
    }
    this.depth++;
    switch (this.rng.int(9)) {
      case 0:
      case 1:
        this.comparison();
        break;
      case 2:
        this.emit("not");
        this.cond();
        break;
      case 3:
      case 4:
        this.cond();
        this.emit(this.rng.pick(["and", "or"]));
        this.cond();
        break;
      case 5:
        this.emit("(");
        this.cond();
        this.emit(")");
        break;
      case 6:
        this.constant();
        break;
      default:
        this.expr();
    }
    this.depth--;
  }

  /**
   * A prefix expression: a name or a parenthesized expression followed by indexing, calls
   * and method calls. With `call` it ends in a call (for call statements and multiple
   * results).
   */
  prefixExp(call: boolean): void {
    if (this.rng.chance(0.85) || this.depth >= this.maxDepth) this.emit(this.varName());
    else {
      this.emit("(");
      this.expr();
      this.emit(")");
    }
    const n = this.rng.int(3);
    for (let i = 0; i < n; i++) this.suffix(this.rng.chance(0.5));
    if (call) this.suffix(true);
  }

  /** One suffix: .name, [key], (args), :m(args), "str", {table}. */
  protected suffix(call: boolean): void {
    if (!call) {
      if (this.rng.chance(0.5)) this.emit(".", this.fieldName());
      else {
        this.emit("[");
        this.key();
        this.emit("]");
      }
      return;
    }
    if (this.rng.chance(0.3)) this.emit(":", this.fieldName());
    this.args();
  }

  /** Index keys: constant strings, small and large integers, other constants, expressions. */
  protected key(): void {
    const r = this.rng.int(8);
    if (r < 2) this.emit(stringText(this.rng));
    else if (r < 5) this.number();
    else if (r < 6) this.emit(this.rng.pick(["true", "false", "nil"]));
    else this.expr();
  }

  protected args(): void {
    const r = this.rng.int(10);
    if (r === 0) this.emit(stringText(this.rng));
    else if (r === 1) this.table();
    else {
      this.emit(ATTACH + "(");
      this.exprList(this.rng.int(5));
      this.emit(")");
    }
  }

  /** n expressions separated by commas, the last often a call or `...` (multiple results). */
  exprList(n: number): void {
    for (let i = 0; i < n; i++) {
      if (i) this.emit(",");
      if (i === n - 1 && this.rng.chance(0.3)) this.multi();
      else this.expr();
    }
  }

  /** An expression with multiple results: a call or `...`. */
  protected multi(): void {
    if (this.fn.vararg && this.rng.chance(0.4)) this.emit("...");
    else this.prefixExp(true);
  }

  /** A table constructor. */
  table(): void {
    const shape = this.rng.weighted({
      empty: 2,
      constArray: 4,
      constHash: 4,
      constMixed: 4,
      dynamic: 5,
      multiTail: 3,
      huge: this.depth <= 2 ? 0.4 : 0,
    });
    if (shape === "empty") {
      this.emit("{", "}");
      return;
    }
    this.emit("{");
    const huge = shape === "huge" ||
      (this.depth <= 2 && shape !== "constArray" && this.rng.chance(0.01));
    const n = huge
      ? this.rng.pick([100, 255, 256, 257, 258, 600, 2046, 2047, 2048, 2100])
      : this.rng.range(1, 8);
    const allConst = shape !== "dynamic" && shape !== "multiTail";
    for (let i = 0; i < n; i++) {
      if (i) this.emit(this.rng.chance(0.8) ? "," : ";");
      const item = shape === "constArray"
        ? 0
        : shape === "constHash"
        ? 1 + this.rng.int(2)
        : this.rng.int(3);
      if (item === 1) {
        this.emit(this.fieldName(), "=");
      } else if (item === 2) {
        this.emit("[");
        if (allConst || this.rng.chance(0.6)) this.tableKey();
        else this.expr();
        this.emit("]", "=");
      }
      if (allConst) {
        if (this.rng.chance(0.08) && this.depth < this.maxDepth) {
          this.depth++;
          this.table();
          this.depth--;
        } else this.constant();
      } else if (shape === "multiTail" && i === n - 1 && item === 0) this.multi();
      else this.expr();
    }
    if (this.rng.chance(0.15)) this.emit(this.rng.pick([",", ";"]));
    this.emit("}");
  }

  /** Constant keys, including those that land in the array part of a template. */
  private tableKey(): void {
    const r = this.rng.int(6);
    if (r < 3) {
      if (this.rng.chance(0.2)) this.emit("-");
      this.emit(String(this.rng.pick([0, 1, 2, 3, 4, 5, 8, 16, 100, 255, 256, 1000, 65536])));
    } else if (r < 4) this.emit(numberText(this.rng));
    else if (r < 5) this.emit(stringText(this.rng));
    else this.emit(this.rng.pick(["true", "false", longString(this.rng)]));
  }
}
