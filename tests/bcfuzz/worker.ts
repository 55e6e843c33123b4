// Runs `ljts bc -l` in a worker, so that the campaign can stop a run that hangs.
/// <reference lib="deno.worker" />
import { runLjts } from "./compare.ts";

self.onmessage = async (e: MessageEvent<{ id: number; file: string }>) => {
  const outcome = await runLjts(e.data.file);
  self.postMessage({ id: e.data.id, outcome });
};
