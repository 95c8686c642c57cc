// Zip files written by hand for the hostile-input tests: a DOCX bomb (a small file whose document.xml unzips to
// hundreds of MB) built in milliseconds — one compressed block of a repeated paragraph, repeated — rather than by
// compressing the hundreds of MB.
import { crc32, deflateRawSync, constants } from "node:zlib";

export interface ZipPart {
  name: string;
  /** the compressed bytes (raw deflate), or the stored bytes */
  data: Uint8Array;
  deflated: boolean;
  size: number;
  crc: number;
}

export const stored = (name: string, text: string): ZipPart => {
  const data = Buffer.from(text, "utf8");
  return { name, data, deflated: false, size: data.length, crc: crc32(data) };
};

/** A zip of the parts (no ZIP64, no comment). `declare` overrides the uncompressed sizes the central directory states. */
export function zip(parts: ZipPart[], declare?: (p: ZipPart) => number): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(p.deflated ? 8 : 0, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(Math.min(p.size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, Buffer.from(p.data));
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(p.deflated ? 8 : 0, 10);
    c.writeUInt32LE(p.crc >>> 0, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(Math.min(declare ? declare(p) : p.size, 0xfffffffe), 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, end]));
}

/** A part of `head` + `unit` repeated to about `bytes` + `tail`, deflated as one block of units repeated. */
export function repeatedPart(name: string, head: string, unit: string, bytes: number, tail: string): ZipPart {
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(unit)))), "utf8");
  const times = Math.max(1, Math.ceil(bytes / block.length));
  const h = Buffer.from(head, "utf8");
  const t = Buffer.from(tail, "utf8");
  // Full flushes end each piece on a byte boundary with the dictionary reset: the pieces concatenate into one stream.
  const flushed = (b: Buffer) => deflateRawSync(b, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const z = flushed(block);
  const data = Buffer.concat([flushed(h), ...Array(times).fill(z), deflateRawSync(t, { level: 9 })]);
  let crc = crc32(h);
  for (let i = 0; i < times; i++) crc = crc32(block, crc);
  crc = crc32(t, crc);
  return { name, data, deflated: true, size: h.length + times * block.length + t.length, crc };
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A DOCX whose word/document.xml unzips to about `mb` MB; `lie`: its central directory says every part is 1 byte. */
export function docxBomb(mb: number, lie = false): Uint8Array {
  return zip(
    [
      stored("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`),
      stored("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
      repeatedPart(
        "word/document.xml",
        `<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body>`,
        "<w:p><w:r><w:t>受理行政复议案件340件。</w:t></w:r></w:p>",
        mb * 1024 * 1024,
        "</w:body></w:document>",
      ),
    ],
    lie ? () => 1 : undefined,
  );
}
