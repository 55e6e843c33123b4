// os.date and os.time over the zone and strftime engines, independent of the VM.
import { strftime } from "./strftime.ts";
import { gmtime, mktime, type TimeT, type Tm, type Zone } from "./tzfile.ts";

const TWO63 = 9223372036854775808;

/** C's (time_t) conversion of a Lua number: truncation; NaN and overflow give INT64_MIN. */
export function toTimeT(n: number): TimeT {
  if (!(n >= -TWO63 && n < TWO63)) return -(2n ** 63n);
  n = Math.trunc(n);
  return Math.abs(n) <= 2 ** 53 ? n : BigInt(n);
}

/** What os.date returns: a string, a "*t" table's fields, nil, or (`keep`) its last argument. */
export type DateResult =
  | { kind: "string"; s: string }
  | { kind: "table"; tm: Tm }
  | { kind: "nil" }
  | { kind: "keep" };

/** Size of LuaJIT's temporary buffer after growing it to hold at least `sz` bytes. */
function bufferSize(sz: number): number {
  let n = 32;
  while (n < sz) n += n;
  return n;
}

/** os.date(fmt, t): `!` selects UTC, `*t` a table; formats are strftime's. */
export function osDate(zone: Zone, fmt: string, t: TimeT): DateResult {
  let tm: Tm | null;
  if (fmt.charCodeAt(0) === 0x21 /* ! */) {
    fmt = fmt.slice(1);
    tm = gmtime(t);
  } else {
    tm = zone.localtime(t);
  }
  if (!tm) return { kind: "nil" };
  // C sees the format up to its first NUL byte.
  const nul = fmt.indexOf("\0");
  if (nul >= 0) fmt = fmt.slice(0, nul);
  if (fmt === "*t") return { kind: "table", tm };
  if (fmt === "") return { kind: "string", s: "" };
  const s = strftime(fmt, tm, (x) => mktime(zone, x));
  // LuaJIT sizes its buffer by the format (30 bytes per '%') and grows it four times at
  // most; an empty or longer result leaves the last argument as os.date's result.
  let sz = 0;
  for (let i = 0; i < fmt.length; i++) sz += fmt[i] === "%" ? 30 : 1;
  for (let retry = 0; retry < 4; retry++) {
    if (s.length > 0 && s.length < bufferSize(sz)) return { kind: "string", s };
    sz += sz | 1;
  }
  return { kind: "keep" };
}

/** Fields of an os.time table; undefined where the table has no number. */
export interface TimeFields {
  sec?: number;
  min?: number;
  hour?: number;
  day?: number;
  month?: number;
  year?: number;
  /** undefined: let the zone decide. */
  isdst?: boolean;
}

/** os.time(table): the time, or null when mktime fails. Missing day/month/year are caught
 * by the library (they are errors); sec/min default to 0 and hour to 12. */
export function osTime(zone: Zone, f: TimeFields): number | null {
  // (int)lua_tointeger: truncation to int64, then its low 32 bits.
  const int = (v: number | undefined, d: number) =>
    v === undefined ? d : v >= -TWO63 && v < TWO63 ? v | 0 : 0;
  const tm: Tm = {
    sec: int(f.sec, 0),
    min: int(f.min, 0),
    hour: int(f.hour, 12),
    mday: int(f.day, 0),
    mon: int(f.month, 0) - 1,
    year: int(f.year, 0) - 1900,
    wday: 0,
    yday: 0,
    isdst: f.isdst === undefined ? -1 : f.isdst ? 1 : 0,
    gmtoff: 0,
    zone: "",
  };
  const t = mktime(zone, tm);
  // mktime's error value -1 is also a valid time, which os.time reports as nil too.
  return t === null || t === -1 ? null : Number(t);
}
