import { describe, expect, it } from "vitest";
import { param, segment } from "@/lib/dal/staff/search-params";

// Console addresses are read leniently: what cannot be a filter or a record is ignored, never
// passed on to the database (which refuses NUL with an error).
describe("console address values", () => {
  it("ignores filters with control characters", () => {
    expect(param({ q: "Northwind" }, "q")).toBe("Northwind");
    expect(param({ q: "North\u0000wind" }, "q")).toBeUndefined();
    expect(param({ q: ["x\u001b[31m", "y"] }, "q")).toBeUndefined();
  });

  it("reads a route segment as typed, and as nothing when it holds control characters", () => {
    expect(segment("NW100A")).toBe("NW100A");
    expect(segment("%E0%A4%A")).toBe("%E0%A4%A");
    expect(segment("a%00b")).toBe("");
    expect(segment("x".repeat(100))).toHaveLength(64);
  });
});
