// Delta debugging: removes lines, then tokens, while a predicate (the same kind of
// difference between luajit and ljts) still holds.
import { lineUnits, tokenUnits } from "./tokens.ts";

type Still = (src: string) => Promise<boolean>;

/** Removes chunks of units (halves, quarters, ... single units) while `still` holds. */
async function ddmin(units: string[], still: Still, budget: { tests: number }): Promise<string[]> {
  let n = 2;
  while (units.length >= 2 && budget.tests > 0) {
    const chunk = Math.ceil(units.length / n);
    let reduced = false;
    for (let start = 0; start < units.length && budget.tests > 0; start += chunk) {
      const rest = units.slice(0, start).concat(units.slice(start + chunk));
      budget.tests--;
      if (await still(rest.join(""))) {
        units = rest;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= units.length) break;
      n = Math.min(n * 2, units.length);
    }
  }
  return units;
}

/** The smallest source found (within maxTests runs) for which `still` holds. */
export async function minimize(src: string, still: Still, maxTests = 3000): Promise<string> {
  const budget = { tests: maxTests };
  let cur = src;
  if (src.startsWith("\x1b")) return (await ddmin([...src], still, budget)).join(""); // A dump.
  for (let round = 0; round < 3 && budget.tests > 0; round++) {
    const before = cur;
    cur = (await ddmin(lineUnits(cur), still, budget)).join("");
    cur = (await ddmin(tokenUnits(cur), still, budget)).join("");
    if (cur === before) break;
  }
  return cur;
}
