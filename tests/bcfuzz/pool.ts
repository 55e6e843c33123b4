// One worker running ljts, restarted when a run takes too long or the worker dies.
import { type Outcome, TIMED_OUT } from "./compare.ts";

export class LjtsWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly timeoutMs = 120000) {}

  /** Lists `file` with ljts; calls are queued and run one at a time. */
  run(file: string): Promise<Outcome> {
    const result = this.tail.then(() => this.runNow(file));
    this.tail = result;
    return result;
  }

  private runNow(file: string): Promise<Outcome> {
    const w = this.worker ??= new Worker(new URL("./worker.ts", import.meta.url).href, {
      type: "module",
    });
    const id = this.nextId++;
    return new Promise((resolve) => {
      const done = (o: Outcome, kill: boolean) => {
        clearTimeout(timer);
        w.onmessage = null;
        w.onerror = null;
        if (kill) {
          w.terminate();
          this.worker = null;
        }
        resolve(o);
      };
      const timer = setTimeout(
        () => done({ stdout: "", stderr: "timeout", code: TIMED_OUT }, true),
        this.timeoutMs,
      );
      w.onmessage = (e: MessageEvent<{ id: number; outcome: Outcome }>) => {
        if (e.data.id === id) done(e.data.outcome, false);
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        done(
          { stdout: "", stderr: `ljts: internal error: worker died: ${e.message}`, code: 70 },
          true,
        );
      };
      w.postMessage({ id, file });
    });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
