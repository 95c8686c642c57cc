// Extraction in worker threads: processInWorkers(files, workers, onResult) reads each file and runs
// processDocument(bytes, sourcePath) (pipeline/run.ts) in a pool of node:worker_threads, and hands the results back
// to the caller IN INPUT ORDER, one at a time, while the workers keep going. Nothing but a bounded window of
// in-flight documents is held in memory, so the caller can stream rows into the loader.
//
// Every document runs under a time budget and a memory budget (PoolOptions.budgets): the worker is started with a
// V8 heap limit (resourceLimits), and a document still running when its time is up, or whose worker runs out of heap
// or dies, is quarantined with that reason; its worker is replaced, the documents queued behind it go to the new
// one, and the batch goes on. Results finish in any order but are delivered in input order (the workers run up to
// `ahead` documents past a slow one), so the outputs are the same whatever the timing.
//
// This one file is both the pool (imported by the main thread) and the worker's entry point (the pool starts
// a Worker that imports this file, with workerData.__fazhiParallel set). Workers run TypeScript through tsx: a small
// eval'd bootstrap registers tsx's ESM loader (tsx/esm/api register()) inside the worker and then imports this file,
// so it works whether the parent was started by `tsx`, `node --import tsx` or vitest.
//
// With task "finish" (what runPipeline uses) the worker also runs finishDocument() — corrections, derive, headline —
// and writes the observations' CSV lines, so the main thread only checks for duplicates and feeds the warehouse.
// Per document the worker returns what runPipeline needs to reproduce the serial path exactly:
//   - doc_id (sha256 of the bytes, docIdOf), so byte-duplicates can be recognised in the main thread;
//   - result: the ProcessedDocument (document row, observation rows, normalized text), or
//   - quarantine: the status_reason the serial path would write (ReadError.reason, or `failed: <message>`);
//   - textHash: sha256 of the normalized text (what runPipeline uses to find same-text duplicates), computed in the
//     worker so the main thread does not hash 100 MB of text;
//   - ms: wall time of the document in the worker.
// Stage timers (run.ts keeps them in a module-level object) live in each worker; when run.ts exports a
// `stageTimes(): Record<string, number>` function the pool sums the workers' timers into PoolStats.stageMs.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { isMainThread, parentPort, threadId, Worker, workerData } from "node:worker_threads";
import { CacheIndex, CacheReader, PackWriter, type CacheEntries, type CacheEntry } from "./cache.ts";
import type { Correction } from "./corrections.ts";
import type { ReadLimits } from "./read/index.ts";
import type { Analyzed, Finished, ProcessedDocument, SourceHint } from "./run.ts";

export interface WorkerResult {
  /** position in the input list */
  index: number;
  file: string;
  /** path relative to the cwd when inside it, else absolute: what runPipeline writes into source_path */
  sourcePath: string;
  /** size of the file in bytes */
  bytes: number;
  /** docIdOf(bytes) */
  docId: string;
  /** task "process": the processed document (processDocument), unless it was skipped or failed */
  result: ProcessedDocument | null;
  /** task "analyze": analyze()'s output (from the cache when cacheDir has it); a quarantined Analyzed when it failed */
  analyzed: Analyzed | null;
  /** task "finish": finishDocument() of the Analyzed (corrections, derive, headline, bulk-load and CSV lines) */
  finished: Finished | null;
  /** task "analyze"/"finish" with cacheDir: true when the Analyzed came from the cache */
  cacheHit: boolean;
  /** task "analyze"/"finish" with cacheDir: where the worker stored a freshly analysed document (pipeline/cache.ts) */
  cacheEntry?: CacheEntry | null;
  /** the key the cache entry is stored under (the doc_id, plus the source hint when there is one) */
  cacheKey?: string;
  /** status_reason for a quarantined document (the serial path's wording), null when processed */
  quarantine: string | null;
  /** sha256 hex of the normalized text (result.text / analyzed.text), null without text */
  textHash: string | null;
  /** wall time spent on the document inside the worker */
  ms: number;
}

export interface PoolOptions {
  /**
   * "process" (default): processDocument(bytes, sourcePath) → WorkerResult.result.
   * "analyze": analyze(bytes, sourcePath, source) → WorkerResult.analyzed, the cacheable half of run.ts
   * (read → … → extract); the main thread then runs finish() (corrections → derive → headline) in input order.
   * "finish": the same, then finishDocument() with `corrections` in the worker → WorkerResult.finished, so that the
   * main thread only checks for duplicates and loads.
   */
  task?: "process" | "analyze" | "finish";
  /** task "finish": the analysts' corrections (each worker picks the ones for its documents) */
  corrections?: Correction[];
  /** task "analyze"/"finish": the cache folder (pipeline/cache.ts) to look documents up in before analyzing and to add
   * them to after; its index is read before the workers start and saved when the pool ends */
  cacheDir?: string;
  /** task "analyze": the expected jurisdiction name of a file (fetch manifest), passed to analyze() */
  source?: (file: string) => SourceHint | null | undefined;
  /** documents in flight per worker (default 8): bounds memory and the reorder buffer */
  window?: number;
  /** files whose extension is not supported are not sent to a worker (default: pipeline/read SUPPORTED_EXTENSIONS) */
  supported?: string[];
  /** the cwd source paths are made relative to (default process.cwd()) */
  cwd?: string;
  /** per-document budgets (default DEFAULT_BUDGETS) */
  budgets?: Partial<Budgets>;
  /** what a document may be (pipeline/read setReadLimits), applied in every worker */
  limits?: Partial<ReadLimits>;
  /** at most this many documents past the next one to deliver (default max(window × workers, 512)) */
  ahead?: number;
  /** the cache index to record new entries in, when the caller owns it (then the pool neither opens nor saves one) */
  cacheIndex?: CacheIndex;
  /** stops the pool (processInWorkers rejects) once the caller needs no more results */
  signal?: AbortSignal;
}

/** How long and how much heap one document may take. */
export interface Budgets {
  /** wall time of one document in its worker, ms */
  timeMs: number;
  /** V8 heap of a worker (resourceLimits.maxOldGenerationSizeMb), MB */
  memoryMb: number;
}

export const DEFAULT_BUDGETS: Budgets = { timeMs: 60_000, memoryMb: 1024 };

/** The status_reason of a document that ran out of time, of heap, or whose worker died. */
export const budgetReason = {
  time: (b: Budgets) => `超出处理时限（${b.timeMs / 1000} 秒） / time budget exceeded: still running after ${b.timeMs / 1000} s`,
  memory: (b: Budgets) => `超出内存限额（${b.memoryMb} MB） / memory budget exceeded: over ${b.memoryMb} MB of heap`,
  crash: (what: string) => `处理进程意外退出 / worker died: ${what}`,
};

/** Results waiting for delivery may hold at most this much text (the workers pause past it). */
const PENDING_MAX_CHARS = 128 * 1024 * 1024;

export interface PoolStats {
  workers: number;
  documents: number;
  /** summed worker timers when run.ts exports stageTimes(), else {} */
  stageMs: Record<string, number>;
  /** summed per-document wall time inside workers (CPU-ish busy time of the pool) */
  busyMs: number;
  /** wall time of the whole call */
  wallMs: number;
}

type Job = { index: number; file: string; sourcePath: string; process: boolean; task: "process" | "analyze" | "finish"; source: SourceHint | null };
type Reply =
  | { index: number; out: Omit<WorkerResult, "index" | "file" | "sourcePath"> }
  | { started: number }
  | { stageMs: Record<string, number> }
  | { fatal: string };

const MARK = "__fazhiParallel";

// ------------------------------------------------------------------ worker side

async function workerMain(): Promise<void> {
  const run = await import("./run.ts");
  const read = await import("./read/index.ts");
  read.setReadLimits(((workerData as Record<string, unknown>).limits ?? {}) as Partial<ReadLimits>);
  const corrections = ((workerData as Record<string, unknown>).corrections ?? []) as Correction[];
  const cache = (workerData as Record<string, unknown>).cache as { dir: string; entries: CacheEntries } | null;
  const cacheReader = cache ? new CacheReader(cache.dir, cache.entries) : null;
  const packWriter = cache ? new PackWriter(cache.dir, `w${threadId}`) : null;
  // what the main thread needs of an Analyzed: for "finish" the finished rows instead of the extracted values
  const deliver = (analyzed: Analyzed, job: Job): Pick<WorkerResult, "analyzed" | "finished"> => {
    if (job.task !== "finish") return { analyzed, finished: null };
    return { analyzed: null, finished: run.finishDocument(analyzed, corrections) };
  };
  const port = parentPort!;
  // Blocking file calls: a worker has nothing else to do meanwhile, and each awaited readFile/writeFile left the thread
  // idle for several event-loop turns per document.
  const hashText = (t: string | null) => (t === null ? null : createHash("sha256").update(t).digest("hex"));
  const handle = async (job: Job): Promise<Omit<WorkerResult, "index" | "file" | "sourcePath">> => {
    const t0 = performance.now();
    const base = { result: null, analyzed: null, finished: null, cacheHit: false, quarantine: null, textHash: null };
    // not through a link, never blocking on a FIFO, not past the size limit (pipeline/read readInputFile)
    const input = read.readInputFile(job.file);
    if ("refused" in input) {
      return { ...base, bytes: input.size ?? 0, docId: run.refusedDocId(job.sourcePath, input.size), quarantine: input.refused, ms: performance.now() - t0 };
    }
    const bytes = input.bytes;
    const docId = run.docIdOf(bytes);
    if (!job.process) return { ...base, bytes: bytes.length, docId, ms: performance.now() - t0 };
    if (job.task === "process") {
      try {
        const result = await run.processDocument(bytes, job.sourcePath);
        return { ...base, bytes: bytes.length, docId, result, textHash: hashText(result.text), ms: performance.now() - t0 };
      } catch (e) {
        return { ...base, bytes: bytes.length, docId, quarantine: run.quarantineReason(e), ms: performance.now() - t0 };
      }
    }
    // task "analyze": the cacheable half, with runLocked's cache protocol
    const quarantineOf = (a: Analyzed) => (a.document.status === "quarantined" ? a.document.status_reason : null);
    const key = run.cacheKey(docId, job.source);
    const hit = cacheReader?.parsed<Analyzed>(key);
    if (hit) {
      const analyzed = run.atPath(hit, job.sourcePath);
      return { ...base, bytes: bytes.length, docId, ...deliver(analyzed, job), cacheHit: true, quarantine: quarantineOf(analyzed), textHash: hashText(analyzed.text), ms: performance.now() - t0 };
    }
    const analyzed = await run.analyzeOrQuarantine(bytes, docId, job.sourcePath, job.source);
    // (a refusal by a limit is not cached: it depends on the limits, not on the bytes alone)
    const cacheEntry = packWriter && !read.isLimitRefusal(analyzed.document.status_reason) ? packWriter.put(JSON.stringify(analyzed)) : null;
    return { ...base, bytes: bytes.length, docId, ...deliver(analyzed, job), cacheEntry, cacheKey: key, quarantine: quarantineOf(analyzed), textHash: hashText(analyzed.text), ms: performance.now() - t0 };
  };
  // one document at a time (the work is CPU-bound); jobs queue up in the port while one is being processed
  const queue: (Job | { done: true })[] = [];
  let busy = false;
  const pump = async () => {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const msg = queue.shift()!;
      if ("done" in msg) {
        packWriter?.close();
        cacheReader?.close();
        const st = (run as { stageTimes?: () => Record<string, number> }).stageTimes;
        port.postMessage({ stageMs: typeof st === "function" ? st() : {} } satisfies Reply);
        continue;
      }
      port.postMessage({ started: msg.index } satisfies Reply);
      try {
        port.postMessage({ index: msg.index, out: await handle(msg) } satisfies Reply);
      } catch (e) {
        // what the document's own handling did not catch (a result too large to send, say): the document's failure
        const out = { result: null, analyzed: null, finished: null, cacheHit: false, textHash: null, bytes: 0, docId: "", ms: 0 };
        port.postMessage({ index: msg.index, out: { ...out, quarantine: `failed: ${(e as Error)?.message ?? String(e)}` } } satisfies Reply);
      }
    }
    busy = false;
  };
  port.on("message", (msg: Job | { done: true }) => {
    queue.push(msg);
    void pump();
  });
}

if (!isMainThread && workerData && (workerData as Record<string, unknown>)[MARK] === true) {
  // Not awaited: run.ts imports this module, and a top-level await here would deadlock the worker's
  // import of run.ts (a cycle through a module still evaluating). Messages wait in the port until listened to.
  void workerMain();
}

// ------------------------------------------------------------------ pool side

/**
 * The worker is started from a small ESM bootstrap (eval) that registers tsx's loader in the worker thread and then
 * imports this file. (Passing `--import tsx` in execArgv does not work on Node 20: the worker's own entry is resolved
 * before the hooks apply, "Unknown file extension .ts".) When this module is plain JS (compiled), tsx is not needed.
 */
function bootstrap(self: string): string {
  let api: string;
  try {
    api = import.meta.resolve("tsx/esm/api"); // the "import" condition: dist/esm/api/index.mjs
  } catch {
    const pkg = createRequire(import.meta.url).resolve("tsx/package.json");
    api = pathToFileURL(join(dirname(pkg), "dist", "esm", "api", "index.mjs")).href;
  }
  const target = pathToFileURL(self).href;
  if (!/\.[cm]?ts$/.test(self)) return `import(${JSON.stringify(target)});`;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
}

/**
 * The module a worker imports: this file bundled with the rest of the pipeline into plain-JS modules (esbuild, which
 * tsx itself depends on), cached per pipeline version under node_modules/.cache. A worker that loads the TypeScript
 * sources through tsx's loader spends seconds compiling and resolving them before its first document; the bundle loads
 * in a fraction of that. The bundle is split at the dynamic imports, so that the readers' libraries (cheerio, mammoth,
 * pdfjs: ≈0.6 s of loading in every worker) load only when a worker meets such a file. It sits inside the repository
 * so that paths found from import.meta.url (the gazetteer, pdfjs, opencc) resolve as they do from the sources. Falls
 * back to the sources when the bundle cannot be built.
 */
async function workerModule(self: string): Promise<string> {
  if (!/\.[cm]?ts$/.test(self)) return self;
  try {
    const { pipelineVersion } = await import("./run.ts");
    const dir = join(dirname(self), "..", "node_modules", ".cache", "fazhi-pipeline");
    const outdir = join(dir, `worker-${await pipelineVersion()}`);
    const entry = join(outdir, `${basename(self).replace(/\.[cm]?ts$/, "")}.mjs`);
    if (existsSync(entry)) return entry;
    const { build } = await import("esbuild");
    await mkdir(dir, { recursive: true });
    const tmp = `${outdir}.${process.pid}-${Date.now()}.tmp`;
    await build({
      entryPoints: [self], outdir: tmp, splitting: true, outExtension: { ".js": ".mjs" }, bundle: true, platform: "node",
      format: "esm", target: "node20", packages: "external", logLevel: "silent",
    });
    // another run may have built the same version meanwhile: then its copy is used and this one dropped
    await rename(tmp, outdir).catch(() => rm(tmp, { recursive: true, force: true }));
    // bundles of earlier versions, once no run that was started with them can still be starting workers
    for (const f of await readdir(dir)) {
      const p = join(dir, f);
      if (p !== outdir && Date.now() - (await stat(p)).mtimeMs > 3_600_000) await rm(p, { recursive: true, force: true });
    }
    return existsSync(entry) ? entry : self;
  } catch {
    return self;
  }
}

/** V8's cumulative inlining budget, in bytecode bytes, while workers run (V8's default is 920). */
const INLINING_BUDGET = 200;

/** A sensible default: one worker per core, leaving one core for the main thread's loading when there are >2. */
export function defaultWorkers(): number {
  const n = availableParallelism();
  return n <= 2 ? n : n - 1;
}

/**
 * Processes `files` in `workers` worker threads; `onResult` is called once per file, in input order, and may be async
 * (the pool waits for it before delivering the next result, so a slow consumer applies back-pressure).
 * `workers <= 0` means defaultWorkers().
 */
export async function processInWorkers(
  files: string[],
  workers: number,
  onResult: (r: WorkerResult) => void | Promise<void>,
  opts: PoolOptions = {},
): Promise<PoolStats> {
  const t0 = performance.now();
  const n = Math.max(1, Math.min(workers > 0 ? workers : defaultWorkers(), files.length || 1));
  const window = Math.max(1, opts.window ?? 8);
  const ahead = Math.max(window * n, opts.ahead ?? 512);
  const budgets: Budgets = { ...DEFAULT_BUDGETS, ...opts.budgets };
  const cwd = opts.cwd ?? process.cwd();
  // runPipeline's rule: relative to cwd when inside it, else absolute
  const sourcePathOf = (file: string) => {
    const rel = relative(cwd, file);
    return rel && !rel.startsWith("..") ? rel : resolve(file);
  };
  const supported = opts.supported ?? (await import("./read/index.ts")).SUPPORTED_EXTENSIONS;
  const stats: PoolStats = { workers: n, documents: 0, stageMs: {}, busyMs: 0, wallMs: 0 };
  if (!files.length) return stats;

  const code = bootstrap(await workerModule(fileURLToPath(import.meta.url)));
  const ownCache = !opts.cacheIndex && opts.cacheDir ? CacheIndex.open(opts.cacheDir) : null;
  const cache = opts.cacheIndex ?? ownCache;
  // Each worker is a fresh V8 isolate that optimizes every hot function of the pipeline anew, and V8's default inlining
  // budget made those compiles cost ≈10 CPU-s per 10,000 reports on this 2-core machine, taken from the workers
  // themselves. A smaller budget (process-wide: V8 flags are) roughly halves that and the optimized code runs as fast
  // (docs/benchmarks.md, "Compile time"). It changes no result.
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);

  /** A worker and the jobs sent to it, in the order it runs them (the first is running once it said "started"). */
  interface Slot {
    worker: Worker;
    jobs: Job[];
    /** the job it said it started and has not answered, and when it started */
    running: number | null;
    startedAt: number;
    timer: NodeJS.Timeout | null;
    dead: boolean;
  }
  /** workers in a row that died before running anything: a worker that cannot start is the run's failure */
  let stillborn = 0;
  const jobOf = (index: number): Job => {
    const file = files[index]!;
    return {
      index, file, sourcePath: sourcePathOf(file), process: supported.includes(extname(file).toLowerCase()),
      task: opts.task ?? "process", source: opts.source?.(file) ?? null,
    };
  };
  const pending = new Map<number, WorkerResult>();
  let pendingChars = 0;
  const charsOf = (r: WorkerResult) => {
    const f = r.finished;
    const text = f?.text ?? r.analyzed?.text ?? r.result?.text ?? null;
    return (text?.length ?? 0) + (f ? f.load.length + f.csv.length : 0);
  };
  /** documents to run again, in input order: those queued behind one that was stopped */
  const retry: number[] = [];
  let nextToSend = 0;
  let nextToDeliver = 0;
  let delivering = false;
  let closing = false;
  let failed: Error | null = null;
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const done = new Promise<void>((res, rej) => ((finish = res), (fail = rej)));
  done.catch(() => {}); // (awaited below; a failure before that is not an unhandled rejection)
  const stop = (e: Error) => {
    if (failed) return;
    failed = e;
    fail(e);
  };

  const slots: Slot[] = [];
  const spawn = (w: number): Slot => {
    const shared = {
      [MARK]: true, corrections: opts.corrections ?? [], limits: opts.limits ?? {},
      cache: cache && { dir: cache.dir, entries: cache.entries },
    };
    const worker = new Worker(code, { eval: true, workerData: shared, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: budgets.memoryMb } });
    const slot: Slot = { worker, jobs: [], running: null, startedAt: 0, timer: null, dead: false };
    worker.on("message", (msg: Reply) => {
      if (slot.dead) return;
      if ("fatal" in msg) return stop(new Error(`worker ${w}: ${msg.fatal}`));
      if ("stageMs" in msg) return;
      if ("started" in msg) {
        stillborn = 0;
        slot.running = msg.started;
        slot.startedAt = performance.now();
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = setTimeout(() => casualty(w, slot, budgetReason.time(budgets)), budgets.timeMs);
        return;
      }
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.running = null;
      const job = slot.jobs.shift();
      if (!job || job.index !== msg.index) return stop(new Error(`worker ${w}: answered ${msg.index}, expected ${job?.index}`));
      stats.busyMs += msg.out.ms;
      if (msg.out.cacheEntry) cache?.add(msg.out.cacheKey ?? msg.out.docId, msg.out.cacheEntry);
      settle({ index: msg.index, file: job.file, sourcePath: job.sourcePath, ...msg.out });
      send(slot);
    });
    worker.on("error", (e) => {
      const oom = (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
      casualty(w, slot, oom ? budgetReason.memory(budgets) : budgetReason.crash(e.message.split("\n")[0]!));
    });
    worker.on("exit", (code) => {
      if (!closing) casualty(w, slot, budgetReason.crash(`exit code ${code}`));
    });
    return slot;
  };

  const settle = (r: WorkerResult) => {
    pending.set(r.index, r);
    pendingChars += charsOf(r);
    void deliver();
  };

  /**
   * The worker of `slot` is stopped: the document it was running is quarantined with `reason`, the ones queued behind
   * it go to a new worker.
   */
  const casualty = (w: number, slot: Slot, reason: string) => {
    if (slot.dead || closing || failed) return;
    slot.dead = true;
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const running = slot.running !== null && slot.jobs[0]?.index === slot.running ? slot.jobs[0] : null;
    retry.push(...slot.jobs.filter((j) => j !== running).map((j) => j.index));
    retry.sort((a, b) => a - b);
    slot.jobs = [];
    if (!running && ++stillborn >= 3) return stop(new Error(`worker ${w} could not start: ${reason}`));
    slots[w] = spawn(w);
    if (running) settle(stopped(running, reason, performance.now() - slot.startedAt));
    refill();
  };

  /** The result of a document whose worker was stopped: its identity read here, its reason the budget's. */
  const stopped = (job: Job, reason: string, ms: number): WorkerResult => {
    const base = { result: null, analyzed: null, finished: null, cacheHit: false, textHash: null, ms };
    let docId: string;
    let bytes = 0;
    try {
      const input = readInput(job.file);
      bytes = input.size ?? 0;
      docId = "bytes" in input ? docIdOf(input.bytes) : refusedDocId(job.sourcePath, input.size);
    } catch {
      docId = refusedDocId(job.sourcePath, null);
    }
    return { ...base, index: job.index, file: job.file, sourcePath: job.sourcePath, bytes, docId, quarantine: reason };
  };

  const send = (slot: Slot) => {
    if (slot.dead) return;
    // keep each worker's queue short; never run more than `ahead` documents past delivery, nor hold too much text
    while (slot.jobs.length < window) {
      let index: number;
      if (retry.length) index = retry.shift()!;
      else if (nextToSend < files.length && nextToSend - nextToDeliver < ahead && (pendingChars < PENDING_MAX_CHARS || nextToSend === nextToDeliver)) {
        index = nextToSend++;
      } else break;
      const job = jobOf(index);
      slot.jobs.push(job);
      slot.worker.postMessage(job);
    }
  };
  const refill = () => slots.forEach((s) => send(s));

  const deliver = async () => {
    if (delivering) return;
    delivering = true;
    try {
      while (!failed && pending.has(nextToDeliver)) {
        const r = pending.get(nextToDeliver)!;
        pending.delete(nextToDeliver);
        pendingChars -= charsOf(r);
        await onResult(r);
        stats.documents++;
        nextToDeliver++;
        refill();
      }
      if (nextToDeliver === files.length) finish();
    } catch (e) {
      stop(e as Error);
    } finally {
      delivering = false;
    }
  };

  const onAbort = () => stop(new Error("stopped by the caller"));
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  // (the read helpers the stopped documents need, loaded before the first worker can stop)
  const { readInputFile: readInput } = await import("./read/index.ts");
  const { docIdOf, refusedDocId } = await import("./run.ts");
  for (let w = 0; w < n; w++) slots.push(spawn(w));
  refill();
  try {
    await done;
    closing = true;
    const stageParts: Promise<Record<string, number>>[] = [];
    for (const { worker } of slots) {
      stageParts.push(
        new Promise((res) => {
          const on = (msg: Reply) => {
            if ("stageMs" in msg) (worker.off("message", on), res(msg.stageMs));
          };
          worker.on("message", on);
          worker.postMessage({ done: true });
          setTimeout(() => res({}), 2000).unref();
        }),
      );
    }
    for (const part of await Promise.all(stageParts)) {
      for (const [k, v] of Object.entries(part)) stats.stageMs[k] = (stats.stageMs[k] ?? 0) + v;
    }
  } finally {
    closing = true;
    opts.signal?.removeEventListener("abort", onAbort);
    for (const s of slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
    // after the workers are gone: what they stored stays usable even when the run failed
    ownCache?.save();
  }
  stats.wallMs = performance.now() - t0;
  return stats;
}
