// strftime as glibc does it in the C locale: conversions, the GNU flags (_ - 0 ^ #),
// field widths and the E/O modifiers; unknown conversions are copied through.
import type { TimeT, Tm } from "./tzfile.ts";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Conversions that expand to another format in the C locale. */
const SUBFORMATS: Record<string, string> = {
  c: "%a %b %e %H:%M:%S %Y",
  D: "%m/%d/%y",
  x: "%m/%d/%y",
  F: "%Y-%m-%d",
  R: "%H:%M",
  r: "%I:%M:%S %p",
  T: "%H:%M:%S",
  X: "%H:%M:%S",
};

/** Conversions and the modifiers they reject ("" none allowed, "E", "O" or "EO"). */
const BAD_MODIFIERS: Record<string, string> = {
  "%": "EO",
  a: "EO",
  A: "EO",
  b: "E",
  h: "E",
  B: "E",
  c: "O",
  x: "O",
  X: "O",
  D: "EO",
  F: "EO",
  d: "E",
  e: "E",
  H: "E",
  I: "E",
  k: "E",
  l: "E",
  j: "E",
  M: "E",
  m: "E",
  S: "E",
  U: "E",
  V: "E",
  g: "E",
  G: "E",
  W: "E",
  w: "E",
  Y: "O",
};

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Days from the first day of ISO week 1 of the year to day `yday` (weekday `wday`). */
function isoWeekDays(yday: number, wday: number): number {
  const big = (Math.trunc(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + big) % 7) + 3;
}

/** Formats `tm`; `mktime` converts a broken-down local time for %s. */
export function strftime(fmt: string, tm: Tm, mktime: (tm: Tm) => TimeT | null): string {
  let out = "";
  const hour12 = tm.hour > 12 ? tm.hour - 12 : tm.hour === 0 ? 12 : tm.hour;
  const n = fmt.length;
  for (let f = 0; f < n; f++) {
    if (fmt[f] !== "%") {
      out += fmt[f];
      continue;
    }
    const start = f;
    let pad = "", upper = false, changeCase = false, lower = false;
    for (;;) {
      const c = fmt[++f];
      if (c === "_" || c === "-" || c === "0") pad = c;
      else if (c === "^") upper = true;
      else if (c === "#") changeCase = true;
      else break;
    }
    let width = -1;
    if (f < n && fmt[f] >= "0" && fmt[f] <= "9") {
      width = 0;
      while (f < n && fmt[f] >= "0" && fmt[f] <= "9") {
        width = Math.min(width * 10 + fmt.charCodeAt(f) - 48, 0x7fffffff);
        f++;
      }
    }
    let modifier = "";
    if (fmt[f] === "E" || fmt[f] === "O") modifier = fmt[f++];
    const conv = f < n ? fmt[f] : "";

    /** Text padded to the width: zeros with the 0 flag, else spaces; case flags apply. */
    const add = (s: string) => {
      if (lower) s = s.toLowerCase();
      else if (upper) s = s.toUpperCase();
      if (width > s.length) s = (pad === "0" ? "0" : " ").repeat(width - s.length) + s;
      out += s;
    };
    const badFormat = () => {
      if (conv === "") f--; // A '%' sequence cut by the end of the format.
      add(fmt.slice(start, f + 1));
    };
    /** A number with at least `d` digits: zero padded unless the _ or - flag says otherwise. */
    const number = (d: number, v: TimeT, spacePad = false, exact = false) => {
      if (spacePad && pad !== "0" && pad !== "-") pad = "_";
      const digits = exact ? d : Math.max(d, width);
      const neg = v < 0;
      let s = String(neg ? -v : v);
      if (pad !== "-" && digits - s.length - (neg ? 1 : 0) > 0) {
        const padding = digits - s.length - (neg ? 1 : 0);
        if (pad === "_") {
          out += " ".repeat(padding);
          width = width > padding ? width - padding : 0;
        } else {
          s = "0".repeat(padding) + s;
          width = 0;
        }
      }
      add((neg ? "-" : "") + s);
    };

    if (BAD_MODIFIERS[conv]?.includes(modifier) && modifier !== "") {
      badFormat();
      continue;
    }
    const year = tm.year + 1900;
    switch (conv) {
      case "%":
        add("%");
        break;
      case "a":
      case "A":
        if (changeCase) upper = true;
        add(conv === "a" ? DAYS[tm.wday]?.slice(0, 3) ?? "?" : DAYS[tm.wday] ?? "?");
        break;
      case "b":
      case "h":
      case "B":
        if (changeCase) upper = true;
        add(conv === "B" ? MONTHS[tm.mon] ?? "?" : MONTHS[tm.mon]?.slice(0, 3) ?? "?");
        break;
      case "c":
      case "D":
      case "x":
      case "F":
      case "R":
      case "r":
      case "T":
      case "X": {
        const sub = strftime(SUBFORMATS[conv], tm, mktime);
        const keepLower = lower;
        lower = false;
        add(sub);
        lower = keepLower;
        break;
      }
      case "C":
        number(1, Math.trunc(year / 100) - (year % 100 < 0 ? 1 : 0));
        break;
      case "d":
        number(2, tm.mday);
        break;
      case "e":
        number(2, tm.mday, true);
        break;
      case "H":
        number(2, tm.hour);
        break;
      case "I":
        number(2, hour12);
        break;
      case "k":
        number(2, tm.hour, true);
        break;
      case "l":
        number(2, hour12, true);
        break;
      case "j":
        number(3, 1 + tm.yday);
        break;
      case "M":
        number(2, tm.min);
        break;
      case "m":
        number(2, tm.mon + 1);
        break;
      case "n":
        add("\n");
        break;
      case "t":
        add("\t");
        break;
      case "P":
      case "p":
        if (conv === "P" || changeCase) {
          upper = false;
          lower = true;
        }
        add(tm.hour > 11 ? "PM" : "AM");
        break;
      case "S":
        number(2, tm.sec);
        break;
      case "s": {
        const t = mktime({ ...tm });
        number(1, t === null ? -1 : t, false, true);
        break;
      }
      case "u":
        number(1, ((tm.wday - 1 + 7) % 7) + 1);
        break;
      case "U":
        number(2, Math.trunc((tm.yday - tm.wday + 7) / 7));
        break;
      case "V":
      case "g":
      case "G": {
        let y = year;
        let days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
          y--; // The ISO week belongs to the previous year.
          days = isoWeekDays(tm.yday + (365 + (isLeap(y) ? 1 : 0)), tm.wday);
        } else {
          const d = isoWeekDays(tm.yday - (365 + (isLeap(y) ? 1 : 0)), tm.wday);
          if (d >= 0) {
            y++; // The ISO week belongs to the next year.
            days = d;
          }
        }
        if (conv === "g") number(2, ((y % 100) + 100) % 100);
        else if (conv === "G") number(1, y);
        else number(2, Math.trunc(days / 7) + 1);
        break;
      }
      case "W":
        number(2, Math.trunc((tm.yday - ((tm.wday - 1 + 7) % 7) + 7) / 7));
        break;
      case "w":
        number(1, tm.wday);
        break;
      case "Y":
        number(1, year);
        break;
      case "y":
        number(2, ((tm.year % 100) + 100) % 100);
        break;
      case "Z":
        if (changeCase) {
          upper = false;
          lower = true;
        }
        add(tm.zone);
        break;
      case "z": {
        let diff = tm.gmtoff;
        add(diff < 0 ? "-" : "+");
        diff = Math.trunc(Math.abs(diff) / 60);
        number(4, Math.trunc(diff / 60) * 100 + (diff % 60));
        break;
      }
      default:
        badFormat();
    }
  }
  return out;
}
