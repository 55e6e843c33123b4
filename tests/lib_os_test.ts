// os.date/os.time engines (zones, strftime, mktime) against luajit's results under several
// TZ settings (tests/golden/lib_data/os.json).
import assert from "node:assert/strict";
import { osDate, osTime, type TimeFields, toTimeT } from "../core/lib/os_date.ts";
import { Zone } from "../core/lib/tzfile.ts";
import { fromJ, type JVal, type LuaVal } from "./golden/lib_data/oracle.ts";

interface Case {
  kind: string;
  args: JVal[] | Record<string, JVal>;
  out: JVal[];
}
const data: Record<string, Case[]> = JSON.parse(
  Deno.readTextFileSync(new URL("./golden/lib_data/os.json", import.meta.url)),
);

function flat(tm: { [k: string]: number | string }): string {
  return [
    tm.year as number + 1900,
    tm.mon as number + 1,
    tm.mday,
    tm.hour,
    tm.min,
    tm.sec,
    tm.wday as number + 1,
    tm.yday as number + 1,
    tm.isdst ? "true" : "false",
  ].join(" ");
}

/** Lua's tonumber for the table fields the cases use (numbers and numeric strings). */
function field(v: LuaVal | undefined): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

for (const [tz, cases] of Object.entries(data)) {
  Deno.test(`os.date/os.time match luajit with TZ=${JSON.stringify(tz)}`, () => {
    const zone = Zone.load(tz);
    const failures: string[] = [];
    for (const c of cases) {
      const want = c.out.map(fromJ);
      let got: LuaVal[];
      if (c.kind === "date" || c.kind === "datet") {
        const [fmt, t] = (c.args as JVal[]).map(fromJ) as [string, number];
        const r = osDate(zone, fmt, toTimeT(t));
        if (r.kind === "string") got = [true, r.s];
        else if (r.kind === "table") got = [true, flat(r.tm as never)];
        else if (r.kind === "nil") got = [true, null];
        else got = [true, t];
      } else {
        let f: TimeFields;
        if (c.kind === "roundtrip") {
          const t = fromJ((c.args as JVal[])[0]) as number;
          const r = osDate(zone, "*t", toTimeT(t));
          if (r.kind !== "table") {
            got = [false, "bad argument #1 to '?' (table expected, got nil)"];
            if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`roundtrip ${t}`);
            continue;
          }
          const tm = r.tm;
          f = {
            year: tm.year + 1900,
            month: tm.mon + 1,
            day: tm.mday,
            hour: tm.hour,
            min: tm.min,
            sec: tm.sec,
            isdst: tm.isdst > 0,
          };
        } else {
          const a = Object.fromEntries(
            Object.entries(c.args as Record<string, JVal>).map(([k, v]) => [k, fromJ(v)]),
          );
          f = {
            year: field(a.year),
            month: field(a.month),
            day: field(a.day),
            hour: field(a.hour),
            min: field(a.min),
            sec: field(a.sec),
            isdst: a.isdst === undefined || a.isdst === null ? undefined : a.isdst !== false,
          };
          const missing = ["day", "month", "year"].find((k) =>
            f[k as keyof TimeFields] === undefined
          );
          if (missing) {
            got = [false, `field '${missing}' missing in date table`];
            if (JSON.stringify(got) !== JSON.stringify(want)) {
              failures.push(
                `${JSON.stringify(c.args)}: got ${JSON.stringify(got)} want ${
                  JSON.stringify(want)
                }`,
              );
            }
            continue;
          }
        }
        got = [true, osTime(zone, f)];
      }
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        failures.push(
          `${c.kind} ${JSON.stringify(c.args)}: got ${JSON.stringify(got)}, want ${
            JSON.stringify(want)
          }`,
        );
      }
    }
    assert.equal(failures.length, 0, failures.slice(0, 25).join("\n"));
  });
}
