/**
 * Node's native zlib for the parts the package patcher rewrites: about twice as fast as deflate in
 * JavaScript on a 50.000-row sheet. A gzip member is a raw DEFLATE stream between a 10-byte header
 * and a trailer holding the CRC-32 and the size, so one native call gives both.
 */
import { gzipSync } from "zlib";
import type { Deflater } from "../hosts/xlsx/package/changes";

export const nodeDeflate: Deflater = (data) => {
  const gz = gzipSync(data, { level: 6 });
  const flags = gz[3];
  if (gz[0] !== 0x1f || gz[1] !== 0x8b || flags !== 0) throw new Error("unexpected gzip header");
  const end = gz.length - 8;
  const crc = (gz[end] | (gz[end + 1] << 8) | (gz[end + 2] << 16) | (gz[end + 3] << 24)) >>> 0;
  return { compressed: new Uint8Array(gz.buffer, gz.byteOffset + 10, end - 10), crc };
};
