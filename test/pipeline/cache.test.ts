import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CacheIndex, PackWriter } from "../../pipeline/cache.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "fazhi-cache-"));

describe("analysis cache (packs + index)", () => {
  it("gives back each entry exactly, multi-byte text included, after the index is saved and reopened", () => {
    const dir = fresh();
    const index = CacheIndex.open(dir);
    const a = new PackWriter(dir, "a");
    const b = new PackWriter(dir, "b");
    const docs = { d1: JSON.stringify({ text: "全市共收到行政复议申请1,234件\n第二行" }), d2: JSON.stringify({ x: 1 }), d3: JSON.stringify({ text: "𠀀 surrogate、引号\"" }) };
    index.add("d1", a.put(docs.d1));
    index.add("d2", b.put(docs.d2));
    index.add("d3", a.put(docs.d3));
    a.close();
    b.close();
    index.save();
    const reader = CacheIndex.open(dir).reader();
    expect(reader.get("d1")).toBe(docs.d1);
    expect(reader.get("d2")).toBe(docs.d2);
    expect(reader.get("d3")).toBe(docs.d3);
    expect(reader.get("nope")).toBeNull();
    reader.close();
  });

  it("removes packs the index does not name (a killed run's) and forgets entries whose pack is gone", () => {
    const dir = fresh();
    const index = CacheIndex.open(dir);
    const kept = new PackWriter(dir, "kept");
    index.add("d1", kept.put("{}"));
    kept.close();
    index.save();
    const orphan = new PackWriter(dir, "orphan");
    orphan.put("{}"); // never recorded in the index
    orphan.close();
    expect(readdirSync(dir).filter((f) => f.startsWith("pack-"))).toHaveLength(2);
    const reopened = CacheIndex.open(dir);
    expect(readdirSync(dir).filter((f) => f.startsWith("pack-"))).toEqual([kept.name]);
    expect(reopened.reader().get("d1")).toBe("{}");

    writeFileSync(join(dir, "index.json"), JSON.stringify({ entries: { d1: [kept.name, 0, 2], d9: ["pack-gone.jsonl", 0, 2] } }));
    expect(Object.keys(CacheIndex.open(dir).entries)).toEqual(["d1"]);
  });

  it("treats an unreadable index as an empty cache", () => {
    const dir = fresh();
    writeFileSync(join(dir, "index.json"), "{not json");
    const index = CacheIndex.open(dir);
    expect(index.entries).toEqual({});
    expect(existsSync(join(dir, "index.json"))).toBe(true);
  });
});
