import { describe, expect, it } from "vitest";

import { latest, linePath, niceMax, peak, total } from "./chart";
import { ago, capitalise, categoryLabel, componentName, duration, milliseconds, money, monthName } from "./format";

describe("chart arithmetic", () => {
  it("rounds the axis up to a round number", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(-3)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(18)).toBe(20);
    expect(niceMax(230)).toBe(250);
    expect(niceMax(0.042)).toBeCloseTo(0.05);
  });

  it("draws a line with 0 at the bottom, breaks at gaps and dots lone points", () => {
    expect(linePath([0, 5, 10], 10, 100, 50)).toBe("M0 50 L50 25 L100 0");
    expect(linePath([1, null, 2, 2], 2, 30, 10)).toBe("M0 5 h0.01 M20 0 L30 0");
    expect(linePath([4], 4, 100, 10)).toBe("M50 0 h0.01");
    expect(linePath([null, null], 1, 10, 10)).toBe("");
    expect(linePath([], 1, 10, 10)).toBe("");
  });

  it("sums, finds the peak and the latest value, skipping gaps", () => {
    expect(total([1, null, 2.5])).toBe(3.5);
    expect(peak([null, 3, 9, null])).toBe(9);
    expect(peak([null])).toBeNull();
    expect(latest([1, 2, null])).toBe(2);
    expect(latest([null])).toBeNull();
  });
});

describe("admin words", () => {
  it("names components and safety categories in everyday words", () => {
    expect(componentName("job_runner")).toBe("Job runner");
    expect(componentName("provider:images")).toBe("Provider: images");
    expect(componentName("something_new")).toBe("something new");
    expect(categoryLabel("drugs_alcohol")).toBe("Drugs or alcohol (drugs_alcohol)");
    expect(categoryLabel("unsafe")).toBe("Unsafe");
    expect(capitalise("")).toBe("");
  });

  it("formats durations, money, latency, months and ages", () => {
    expect(duration(40)).toBe("40 s");
    expect(duration(720)).toBe("12 min");
    expect(duration(3725)).toBe("1 h 2 min");
    expect(duration(3 * 86400)).toBe("3 days");
    expect(money(1.5)).toBe("$1.50");
    expect(money(0.0042)).toBe("$0.0042");
    expect(milliseconds(12.4)).toBe("12 ms");
    expect(milliseconds(1530)).toBe("1.5 s");
    expect(monthName("2025-03")).toBe("March 2025");
    expect(monthName("oops")).toBe("oops");
    const now = Date.parse("2025-03-01T12:00:00Z");
    expect(ago("2025-03-01T11:59:50Z", now)).toBe("just now");
    expect(ago("2025-03-01T11:55:00Z", now)).toBe("5 minutes ago");
    expect(ago("2025-03-01T09:00:00Z", now)).toBe("3 hours ago");
    expect(ago("2025-02-25T12:00:00Z", now)).toBe("4 days ago");
  });
});
