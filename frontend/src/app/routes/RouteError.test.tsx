import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { renderApp } from "@/testing/render";

import { RouteError } from "./RouteError";

function Broken(): never {
  throw new Error("page exploded");
}

describe("RouteError", () => {
  it("shows an apology and a way back when a page breaks", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp("/broken", {
      routes: [{ path: "/broken", element: <Broken />, errorElement: <RouteError /> }],
    });
    expect(await screen.findByRole("heading", { name: "Oops, this page tripped over" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to your dashboard" })).toHaveAttribute("href", "/");
  });
});
