// Local time as glibc computes it for os.date/os.time: the zone named by TZ (or
// /etc/localtime) read from its TZif file, with the POSIX TZ rule string for times past
// the file's last transition (or for a TZ value that names no file). Broken-down times,
// gmtime/localtime and mktime follow glibc, including its probing search in mktime.

/** C's struct tm. `year` counts from 1900, `mon` from 0, `yday` from 0. */
export interface Tm {
  sec: number;
  min: number;
  hour: number;
  mday: number;
  mon: number;
  year: number;
  wday: number;
  yday: number;
  isdst: number;
  gmtoff: number;
  zone: string;
}

const SECS_PER_DAY = 86400;
const MON_YDAY = [
  [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365],
  [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366],
];
const INT_MIN = -2147483648, INT_MAX = 2147483647;

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** A time_t: a number while exact, a bigint beyond 2^53. */
export type TimeT = number | bigint;

/** Floor division and modulo of t + offset seconds by 86400 (exact for any t). */
function splitDays(t: TimeT, offset: number): [number, number] {
  if (typeof t === "number" && Math.abs(t) < 2 ** 52) {
    t += offset;
    const d = Math.floor(t / SECS_PER_DAY);
    return [d, t - d * SECS_PER_DAY];
  }
  const bt = BigInt(t) + BigInt(offset), bd = BigInt(SECS_PER_DAY);
  let d = bt / bd, r = bt % bd;
  if (r < 0n) {
    r += bd;
    d -= 1n;
  }
  return [Number(d), Number(r)];
}

/** Days since 1970-01-01 to [year, month 1-12, day]. */
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) -
      Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** glibc's __offtime: t + offset as a broken-down time, or null when the year overflows. */
export function offtime(t: TimeT, offset: number): Tm | null {
  const [days, rem] = splitDays(t, offset);
  const [y, m, d] = civilFromDays(days);
  if (y - 1900 < INT_MIN || y - 1900 > INT_MAX) return null;
  return {
    sec: rem % 60,
    min: Math.floor(rem / 60) % 60,
    hour: Math.floor(rem / 3600),
    mday: d,
    mon: m - 1,
    year: y - 1900,
    wday: (((days + 4) % 7) + 7) % 7,
    yday: MON_YDAY[isLeap(y) ? 1 : 0][m - 1] + d - 1,
    isdst: 0,
    gmtoff: offset,
    zone: "",
  };
}

// -- POSIX TZ rule strings ------------------------------------------------

interface Rule {
  name: string;
  offset: number; // Seconds east of UTC.
  type: "J1" | "J0" | "M";
  m: number;
  n: number;
  d: number;
  secs: number; // Time of day of the change.
}

interface PosixTz {
  rules: [Rule, Rule]; // Standard time (with the DST start), DST (with its end).
  hasDst: boolean;
}

/** Parses a POSIX TZ string as glibc does; names and offsets default to UTC. */
export function parsePosixTz(tz: string): PosixTz {
  const mk = (): Rule => ({ name: "", offset: 0, type: "J0", m: 0, n: 0, d: 0, secs: 0 });
  const rules: [Rule, Rule] = [mk(), mk()];
  let p = 0;
  const ch = (i = p) => (i < tz.length ? tz[i] : "");
  const isAlpha = (c: string) => /[A-Za-z]/.test(c);
  const isDigit = (c: string) => c >= "0" && c <= "9";
  const name = (which: number): boolean => {
    let q = p;
    while (isAlpha(ch(q))) q++;
    if (q - p >= 3) {
      rules[which].name = tz.slice(p, q);
      p = q;
      return true;
    }
    if (ch(p) !== "<") return false;
    q = p + 1;
    while (/[A-Za-z0-9+-]/.test(ch(q))) q++;
    if (ch(q) !== ">" || q - (p + 1) < 3) return false;
    rules[which].name = tz.slice(p + 1, q);
    p = q + 1;
    return true;
  };
  // Up to three colon-separated unsigned numbers; returns the values read (maybe none).
  const hms = (): number[] => {
    const out: number[] = [];
    let q = p;
    for (;;) {
      let r = q;
      while (isDigit(ch(r))) r++;
      if (r === q) break;
      out.push(Number(tz.slice(q, r)) & 0xffff);
      p = r;
      if (out.length === 3 || ch(r) !== ":") break;
      q = r + 1;
    }
    return out;
  };
  const offset = (which: number): boolean => {
    const c = ch();
    if (which === 0 && (c === "" || (c !== "+" && c !== "-" && !isDigit(c)))) return false;
    let sign = -1;
    if (c === "+" || c === "-") {
      sign = c === "-" ? 1 : -1;
      p++;
    }
    const v = hms();
    if (v.length) {
      const [hh, mm = 0, ss = 0] = v;
      rules[which].offset = sign * (Math.min(ss, 59) + Math.min(mm, 59) * 60 +
        Math.min(hh, 24) * 3600);
    } else if (which === 0) return false;
    else rules[1].offset = rules[0].offset + 3600;
    return true;
  };
  const rule = (which: number): boolean => {
    const r = rules[which];
    if (ch() === ",") p++;
    const c = ch();
    if (c === "J" || isDigit(c)) {
      r.type = c === "J" ? "J1" : "J0";
      if (c === "J") {
        p++;
        if (!isDigit(ch())) return false;
      }
      let q = p;
      while (isDigit(ch(q))) q++;
      const d = Number(tz.slice(p, q));
      if (d > 365 || (r.type === "J1" && d === 0)) return false;
      r.d = d;
      p = q;
    } else if (c === "M") {
      const m = /^M(\d+)\.(\d+)\.(\d+)/.exec(tz.slice(p));
      if (!m) return false;
      r.type = "M";
      [r.m, r.n, r.d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (r.m < 1 || r.m > 12 || r.n < 1 || r.n > 5 || r.d > 6) return false;
      p += m[0].length;
    } else if (c === "") {
      // No rule: the United States rules.
      r.type = "M";
      [r.m, r.n, r.d] = which === 0 ? [3, 2, 0] : [11, 1, 0];
    } else return false;
    r.secs = 7200;
    if (ch() !== "" && ch() !== "/" && ch() !== ",") return false;
    if (ch() === "/") {
      p++;
      if (ch() === "") return false;
      const neg = ch() === "-";
      if (neg) p++;
      const [hh = 2, mm = 0, ss = 0] = hms();
      r.secs = (neg ? -1 : 1) * (hh * 3600 + mm * 60 + ss);
    }
    return true;
  };
  let hasDst = false;
  if (name(0) && offset(0)) {
    if (ch() !== "") {
      if (name(1)) {
        offset(1);
        hasDst = true;
      }
      if (rule(0)) rule(1);
    } else {
      rules[1].name = rules[0].name;
      rules[1].offset = rules[0].offset;
    }
  }
  return { rules, hasDst };
}

/** UTC time of a rule's change in `year` (glibc counts every year up to 1970 as 1970). */
function ruleChange(r: Rule, year: number): number {
  let t = 0;
  if (year > 1970) {
    // The day count is C int arithmetic, which wraps for far years.
    const y1 = year - 1;
    let days = Math.imul(year - 1970, 365);
    days = (days + (Math.trunc(y1 / 4) - 492)) | 0;
    days = (days - (Math.trunc(y1 / 100) - 19)) | 0;
    days = (days + (Math.trunc(y1 / 400) - 4)) | 0;
    t = days * SECS_PER_DAY;
  }
  const leap = isLeap(year) ? 1 : 0;
  if (r.type === "J1") {
    t += (r.d - 1) * SECS_PER_DAY;
    if (r.d >= 60 && leap) t += SECS_PER_DAY;
  } else if (r.type === "J0") {
    t += r.d * SECS_PER_DAY;
  } else {
    const myday = MON_YDAY[leap];
    t += myday[r.m - 1] * SECS_PER_DAY;
    // Zeller's congruence: weekday of the month's first day.
    const m1 = ((r.m + 9) % 12) + 1;
    const yy0 = r.m <= 2 ? year - 1 : year;
    const yy1 = Math.trunc(yy0 / 100), yy2 = yy0 % 100;
    let dow = (Math.trunc((26 * m1 - 2) / 10) + 1 + yy2 + Math.trunc(yy2 / 4) +
      Math.trunc(yy1 / 4) - 2 * yy1) % 7;
    if (dow < 0) dow += 7;
    let d = r.d - dow;
    if (d < 0) d += 7;
    for (let i = 1; i < r.n; i++) {
      if (d + 7 >= myday[r.m] - myday[r.m - 1]) break;
      d += 7;
    }
    t += d * SECS_PER_DAY;
  }
  return t - r.offset + r.secs;
}

/** The rule in force at t (year of the UTC date): [offset, isdst, name]. */
function posixAt(tz: PosixTz, t: TimeT, year: number): [number, number, string] {
  const [std, dst] = tz.rules;
  const c0 = ruleChange(std, year), c1 = ruleChange(dst, year);
  const isdst = c0 > c1 ? (t < c1 || t >= c0) : (t >= c0 && t < c1);
  const r = isdst ? dst : std;
  return [r.offset, isdst ? 1 : 0, r.name];
}

// -- Zones ----------------------------------------------------------------

interface TType {
  off: number;
  isdst: number;
  abbr: string;
}

export class Zone {
  /** mktime's memory of the last offset found, which seeds its next search. */
  lastOffset = 0;

  constructor(
    readonly times: number[],
    readonly idx: number[],
    readonly types: TType[],
    readonly posix: PosixTz | null,
  ) {}

  /** A zone of POSIX rules only (TZ strings naming no file). */
  static fromPosix(s: string): Zone {
    return new Zone([], [], [], parsePosixTz(s));
  }

  /** The zone glibc would use for the TZ value (undefined: unset). */
  static load(tz: string | undefined): Zone {
    if (tz === "") tz = "Universal";
    if (tz !== undefined && tz.startsWith(":")) tz = tz.slice(1);
    const file = tz === undefined ? "/etc/localtime" : tz.startsWith("/") ? tz : zoneDir() + tz;
    const data = readFile(file);
    const z = data && parseTzif(data);
    if (z) return z;
    if (tz === undefined || tz === "" || tz === "/etc/localtime") {
      return Zone.fromPosix("UTC0");
    }
    return Zone.fromPosix(tz);
  }

  /** localtime: t in this zone, or null when the year does not fit. */
  localtime(t: TimeT): Tm | null {
    let off: number, isdst: number, abbr: string;
    const n = this.times.length;
    if (this.types.length === 0 || (n > 0 && t >= this.times[n - 1] && this.posix)) {
      // Past the table (or no table): the POSIX rule for the year of t.
      const u = offtime(t, 0);
      if (!u) return null;
      if (!this.posix) [off, isdst, abbr] = [0, 0, "UTC"];
      else [off, isdst, abbr] = posixAt(this.posix, t, (u.year + 1900) | 0);
    } else {
      let ty: TType;
      if (n === 0 || t < this.times[0]) {
        // Before the first transition: the first standard-time type.
        let i = 0;
        while (i < this.types.length && this.types[i].isdst) i++;
        ty = this.types[i === this.types.length ? 0 : i];
      } else {
        let lo = 0, hi = n - 1; // Last transition at or before t.
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (this.times[mid] <= t) lo = mid;
          else hi = mid - 1;
        }
        ty = this.types[this.idx[lo]];
      }
      [off, isdst, abbr] = [ty.off, ty.isdst, ty.abbr];
    }
    const tm = offtime(t, off);
    if (!tm) return null;
    tm.isdst = isdst;
    tm.zone = abbr;
    return tm;
  }
}

/** gmtime: t as UTC, zone "GMT". */
export function gmtime(t: TimeT): Tm | null {
  const tm = offtime(t, 0);
  if (tm) tm.zone = "GMT";
  return tm;
}

function zoneDir(): string {
  let dir: string | undefined;
  try {
    dir = Deno.env.get("TZDIR");
  } catch { /* No permission: the default. */ }
  return (dir || "/usr/share/zoneinfo") + "/";
}

function readFile(path: string): Uint8Array | null {
  try {
    return Deno.readFileSync(path);
  } catch {
    return null;
  }
}

/** Parses TZif data (the 64-bit block of version 2+ files, and the footer rule). */
export function parseTzif(b: Uint8Array): Zone | null {
  if (b.length < 44 || String.fromCharCode(b[0], b[1], b[2], b[3]) !== "TZif") return null;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const version = b[4];
  const counts = (at: number) => {
    const c = [];
    for (let i = 0; i < 6; i++) c.push(dv.getUint32(at + 20 + 4 * i));
    return c; // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  };
  let at = 0;
  let wide = false;
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0);
  if (version >= 0x32) {
    // Skip the 32-bit block to the second header.
    at = 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    if (b.length < at + 44) return null;
    [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at);
    wide = true;
  }
  let p = at + 44;
  const tsize = wide ? 8 : 4;
  const need = timecnt * (tsize + 1) + typecnt * 6 + charcnt + leap * (tsize + 4) + isstd + isut;
  if (b.length < p + need || typecnt === 0) return null;
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++, p += tsize) {
    times.push(wide ? Number(dv.getBigInt64(p)) : dv.getInt32(p));
  }
  const idx: number[] = [];
  for (let i = 0; i < timecnt; i++) idx.push(b[p++]);
  const raw: [number, number, number][] = [];
  for (let i = 0; i < typecnt; i++, p += 6) raw.push([dv.getInt32(p), b[p + 4], b[p + 5]]);
  const chars = b.subarray(p, p + charcnt);
  p += charcnt + leap * (tsize + 4) + isstd + isut;
  const types = raw.map(([off, isdst, ai]) => {
    let e = ai;
    while (e < chars.length && chars[e] !== 0) e++;
    return { off, isdst, abbr: String.fromCharCode(...chars.subarray(ai, e)) };
  });
  let posix: PosixTz | null = null;
  if (wide && b[p] === 0x0a) {
    let e = p + 1;
    while (e < b.length && b[e] !== 0x0a) e++;
    const s = String.fromCharCode(...b.subarray(p + 1, e));
    if (s) posix = parsePosixTz(s);
  }
  return new Zone(times, idx, types, posix);
}

// -- mktime ---------------------------------------------------------------

/** Seconds between two (year, yday, h, m, s) points, years counted from 1900. */
function ydhmsDiff(a: number[], b: number[]): bigint {
  const leaps = (y: number) => {
    const a4 = Math.floor(y / 4) + 475 - ((y & 3) === 0 ? 1 : 0);
    const a100 = Math.floor(a4 / 25);
    return [a4, a100, Math.floor(a100 / 4)];
  };
  const [a4, a100, a400] = leaps(a[0]), [b4, b100, b400] = leaps(b[0]);
  const days = BigInt(
    365 * (a[0] - b[0]) + a[1] - b[1] + (a4 - b4) - (a100 - b100) + (a400 - b400),
  );
  return 60n * (60n * (24n * days + BigInt(a[2] - b[2])) + BigInt(a[3] - b[3])) +
    BigInt(a[4] - b[4]);
}

/** A time_t as a number when that is exact. */
function narrow(t: bigint): TimeT {
  return t >= -(2n ** 53n) && t <= 2n ** 53n ? Number(t) : t;
}

/**
 * glibc's mktime: the time_t of a (possibly denormalised) broken-down local time, or null.
 * `isdst` < 0 lets the zone decide; otherwise a time with that DST flag is preferred.
 * `tm` is normalised in place.
 */
export function mktime(zone: Zone, tm: Tm): TimeT | null {
  const conv = (t: bigint) => zone.localtime(narrow(t));
  let { sec } = tm;
  const { min, hour, mday, isdst } = tm;
  const monRem = tm.mon % 12;
  const negRem = monRem < 0 ? 1 : 0;
  const year = tm.year + Math.trunc(tm.mon / 12) - negRem;
  const mon = monRem + 12 * negRem;
  const yday = MON_YDAY[isLeap(year + 1900) ? 1 : 0][mon] - 1 + mday;
  const secRequested = sec;
  if (sec < 0) sec = 0;
  if (sec > 59) sec = 59;
  const want = [year, yday, hour, min, sec];
  const diff = (o: Tm) => ydhmsDiff(want, [o.year, o.yday, o.hour, o.min, o.sec]);
  const negGuess = -zone.lastOffset;
  const t0 = ydhmsDiff(want, [70, 0, 0, 0, negGuess]);
  let t = t0, t1 = t0, t2 = t0, dst2 = 0;
  let probes = 6;
  let found: Tm | null;
  let matched = true;
  for (;;) {
    found = conv(t);
    if (!found) return null;
    const dt = diff(found);
    if (dt === 0n) break;
    if (
      t === t1 && t !== t2 &&
      (isdst < 0 ? dst2 <= (found.isdst !== 0 ? 1 : 0) : (isdst !== 0) !== (found.isdst !== 0))
    ) {
      matched = false; // Oscillating around a spring-forward gap: take this side.
      break;
    }
    if (--probes === 0) return null;
    t1 = t2;
    t2 = t;
    t += dt;
    dst2 = found.isdst !== 0 ? 1 : 0;
  }
  if (matched && isdst >= 0 && found.isdst >= 0 && !isdst !== !found.isdst) {
    // Wrong DST flag: extrapolate from a neighbouring time that has the requested one;
    // with none nearby, assume DST is one hour ahead of standard time.
    const stride = 601200, bound = Math.trunc(457243209 / 2) + stride;
    let ok = false;
    search:
    for (let delta = stride; delta < bound; delta += stride) {
      for (const dir of [-1, 1]) {
        const ot = t + BigInt(delta * dir);
        const otm = conv(ot);
        if (!otm) return null;
        if (!(!isdst !== !otm.isdst)) {
          t = ot + diff(otm);
          ok = true;
          break search;
        }
      }
    }
    if (!ok) t += BigInt(3600 * ((isdst === 0 ? 1 : 0) - (found.isdst === 0 ? 1 : 0)));
    found = conv(t);
    if (!found) return null;
  }
  zone.lastOffset = Number(BigInt.asIntN(32, t - t0 - BigInt(negGuess)));
  if (secRequested !== found.sec) {
    t += BigInt(secRequested - sec + (sec === 0 && found.sec === 60 ? 1 : 0));
    found = conv(t);
    if (!found) return null;
  }
  Object.assign(tm, found);
  return narrow(t);
}
