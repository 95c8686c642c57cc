// The per-document analysis cache (analyze()'s output by doc_id, valid for one pipeline version): entries are
// appended to pack files, one per writer and run, found through an index, instead of one small file per document.
// Creating 10,000 small files right after deleting the previous run's 10,000 cost seconds of system time on this
// machine's ext4 (online discard); appending to one file costs milliseconds.
//
// Layout of a cache folder: index.json ({ entries: { doc_id: [pack, offset, length] } }) and pack-*.jsonl files
// (one JSON document per line, in UTF-16LE: V8 holds Chinese text as UTF-16, so writing and reading it back is a copy
// rather than a UTF-8 transcoding — which took as long as the write itself — and for Chinese it is also smaller).
// Only the lock holder (pipeline/lock.ts) writes; writers may be worker threads, each with its own pack, and the
// thread that owns the index records what they report.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Where one entry is: pack file name, byte offset, byte length. */
export type CacheEntry = [pack: string, offset: number, length: number];
export type CacheEntries = Record<string, CacheEntry>;

const INDEX = "index.json";
const PACK = /^pack-.*\.jsonl$/;

/** Reads entries from the packs of a folder (any thread). */
export class CacheReader {
  private readonly fds = new Map<string, number>();

  constructor(
    private readonly dir: string,
    private readonly entries: CacheEntries,
  ) {}

  /** The entry's JSON text, or null when absent or unreadable (a cache miss, never an error). */
  get(docId: string): string | null {
    const e = this.entries[docId];
    if (!e) return null;
    try {
      let fd = this.fds.get(e[0]);
      if (fd === undefined) this.fds.set(e[0], (fd = openSync(join(this.dir, e[0]), "r")));
      const buf = Buffer.allocUnsafe(e[2]);
      if (readSync(fd, buf, 0, e[2], e[1]) !== e[2]) return null;
      return buf.toString("utf16le");
    } catch {
      return null;
    }
  }

  /** The entry parsed, or null when absent, unreadable or not JSON (a miss). */
  parsed<T>(docId: string): T | null {
    try {
      return JSON.parse(this.get(docId) ?? "null") as T | null;
    } catch {
      return null;
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}

/** Appends entries to one new pack file (any thread); the pack is created on the first put. */
export class PackWriter {
  private fd: number | null = null;
  private offset = 0;
  readonly name: string;

  constructor(
    private readonly dir: string,
    tag: string,
  ) {
    this.name = `pack-${Date.now().toString(36)}-${process.pid}-${tag}.utf16.jsonl`;
  }

  put(json: string): CacheEntry {
    if (this.fd === null) this.fd = openSync(join(this.dir, this.name), "a");
    const bytes = 2 * json.length; // UTF-16 code units
    if (writeSync(this.fd, `${json}\n`, null, "utf16le") !== bytes + 2) throw new Error(`${this.name}: short write (disk full?)`);
    const entry: CacheEntry = [this.name, this.offset, bytes];
    this.offset += bytes + 2;
    return entry;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** The index of a cache folder, owned by one thread per run: load, record new entries, save. */
export class CacheIndex {
  private constructor(
    readonly dir: string,
    readonly entries: CacheEntries,
  ) {}

  /** Loads the index (an unreadable one counts as empty) and removes packs it does not name: left by killed runs. */
  static open(dir: string): CacheIndex {
    mkdirSync(dir, { recursive: true });
    let entries: CacheEntries = {};
    try {
      const parsed = JSON.parse(readFileSync(join(dir, INDEX), "utf8")) as { entries?: CacheEntries };
      if (parsed && typeof parsed.entries === "object") entries = parsed.entries;
    } catch {
      entries = {};
    }
    const named = new Set(Object.values(entries).map((e) => e[0]));
    const packs = new Set(readdirSync(dir).filter((f) => PACK.test(f)));
    for (const f of packs) if (!named.has(f)) rmSync(join(dir, f), { force: true });
    for (const [id, e] of Object.entries(entries)) if (!packs.has(e[0])) delete entries[id];
    return new CacheIndex(dir, entries);
  }

  reader(): CacheReader {
    return new CacheReader(this.dir, this.entries);
  }

  add(docId: string, entry: CacheEntry): void {
    this.entries[docId] = entry;
  }

  /** Written to a temporary file and renamed: a run killed meanwhile leaves the previous index. */
  save(): void {
    const tmp = join(this.dir, `${INDEX}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify({ entries: this.entries }));
    renameSync(tmp, join(this.dir, INDEX));
  }
}
