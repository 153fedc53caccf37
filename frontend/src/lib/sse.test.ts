import { describe, expect, it } from "vitest";

import { SseParser } from "./sse";

describe("SseParser", () => {
  it("parses events split across chunks, with ids and types", () => {
    const p = new SseParser();
    expect(p.feed("id: 1\nevent: progress\nda")).toEqual([]);
    expect(p.feed('ta: {"a":1}\n\n: heartbeat\n\n')).toEqual([{ event: "progress", data: '{"a":1}', id: "1" }]);
  });
  it("joins multi-line data, handles CRLF and a CR split across chunks", () => {
    const p = new SseParser();
    expect(p.feed("data: one\r\ndata: two\r")).toEqual([]);
    expect(p.feed("\n\r\n")).toEqual([{ event: "message", data: "one\ntwo", id: null }]);
  });
  it("ignores comments and events without data, keeps the last id", () => {
    const p = new SseParser();
    expect(p.feed(": hi\n\nid: 7\n\nevent: done\ndata:x\n\n")).toEqual([{ event: "done", data: "x", id: "7" }]);
    expect(p.lastEventId).toBe("7");
  });
});
