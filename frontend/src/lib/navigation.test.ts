import { describe, expect, it } from "vitest";

import { loginPath, safeNext, setNavigator } from "./navigation";

describe("safeNext", () => {
  it.each(["/account", "/stories/12?page=3", "/account#sessions"])("follows %s", (next) => {
    expect(safeNext(next)).toBe(next);
  });

  it.each([
    null,
    "",
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "/login",
    "/login?next=/account",
    "/register",
  ])("refuses %s", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it("does not mistake a path that merely starts with login", () => {
    expect(safeNext("/loginhelp")).toBe("/loginhelp");
  });
});

describe("loginPath", () => {
  it("comes back to the current page", () => {
    setNavigator({ go: () => undefined, current: () => "/account?tab=1" });
    expect(loginPath()).toBe("/login?next=%2Faccount%3Ftab%3D1");
  });

  it("is plain /login from the dashboard", () => {
    expect(loginPath("/")).toBe("/login");
  });
});
