/**
 * An incremental Server-Sent Events parser (the WHATWG "event stream" rules): feed it
 * text as it arrives, in chunks of any size, and it returns the events completed so far.
 * Hand-written because the job stream needs a bearer header, which EventSource can't send.
 */
export interface SseEvent {
  /** The `event:` field, "message" when absent. */
  event: string;
  data: string;
  /** The last `id:` seen (it persists across events, as in EventSource). */
  id: string | null;
}

export class SseParser {
  private buffer = "";
  private data: string[] = [];
  private eventType = "";
  private lastId: string | null = null;
  private sawData = false;

  get lastEventId(): string | null {
    return this.lastId;
  }

  feed(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const events: SseEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (!match) break;
      // A lone \r at the very end may be the first half of \r\n: wait for more.
      if (match[0] === "\r" && match.index === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      const event = this.line(line);
      if (event) events.push(event);
    }
    return events;
  }

  private line(line: string): SseEvent | null {
    if (line === "") return this.dispatch();
    if (line.startsWith(":")) return null; // a comment (heartbeat)
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "data":
        this.data.push(value);
        this.sawData = true;
        break;
      case "event":
        this.eventType = value;
        break;
      case "id":
        if (!value.includes("\0")) this.lastId = value;
        break;
      default:
        break; // "retry" and unknown fields are ignored
    }
    return null;
  }

  private dispatch(): SseEvent | null {
    const event = this.sawData
      ? { event: this.eventType || "message", data: this.data.join("\n"), id: this.lastId }
      : null;
    this.data = [];
    this.eventType = "";
    this.sawData = false;
    return event;
  }
}
