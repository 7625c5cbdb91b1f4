import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable } from "@/lib/ops/database-errors";

// The shapes one outage takes on its way up (pg → @prisma/adapter-pg → Prisma client → caller),
// and database errors that are no outage at all.

const socketError = (code: string, message = `connect ${code} 127.0.0.1:5432`) =>
  Object.assign(new Error(message), { code, errno: -111, syscall: "connect", address: "127.0.0.1" });

const postgresError = (code: string, message: string) =>
  Object.assign(new Error(message), { code, severity: "FATAL" });

/** @prisma/adapter-pg's DriverAdapterError: the mapped error is its `cause`. */
const adapterError = (cause: Record<string, unknown>) =>
  Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause });

/** A Prisma client error: a code, and the adapter's error in meta. */
const prismaError = (code: string, message: string, meta?: Record<string, unknown>) =>
  Object.assign(new Error(message), {
    name: "PrismaClientKnownRequestError",
    code,
    meta,
    clientVersion: "6.19.3",
  });

describe("isDatabaseUnreachable", () => {
  it.each([
    ["connection refused", socketError("ECONNREFUSED")],
    ["connection reset", socketError("ECONNRESET", "read ECONNRESET")],
    ["host unknown", socketError("ENOTFOUND", "getaddrinfo ENOTFOUND db.internal")],
    ["timed out", socketError("ETIMEDOUT")],
    ["pg: connection closed", new Error("Connection terminated unexpectedly")],
    ["pg: connect timeout", new Error("timeout exceeded when trying to connect")],
    // A hung server: pg's own timeouts, unchanged by the adapter and the Prisma client.
    ["pg: query timeout", new Error("Query read timeout")],
    [
      "pg-pool: new connection not ready in time",
      new Error("Connection terminated due to connection timeout", {
        cause: new Error("Connection terminated unexpectedly"),
      }),
    ],
    ["server shutting down", postgresError("57P01", "terminating connection due to administrator command")],
    ["server starting up", postgresError("57P03", "the database system is starting up")],
    ["connection exception", postgresError("08006", "connection failure")],
    ["adapter: not reachable", adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["adapter: connection closed", adapterError({ kind: "ConnectionClosed" })],
    ["adapter: admin shutdown", adapterError({ kind: "postgres", code: "57P01", originalCode: "57P01" })],
    ["prisma P1001", prismaError("P1001", "Can't reach database server at `127.0.0.1:5432`")],
    ["prisma P1017", prismaError("P1017", "Server has closed the connection.")],
    [
      "prisma with the adapter's error in meta",
      prismaError("P2010", "Raw query failed", {
        driverAdapterError: adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1" }),
      }),
    ],
    ["wrapped as a cause", new Error("registration failed", { cause: socketError("ECONNREFUSED") })],
    [
      "both addresses refused",
      new AggregateError([socketError("ECONNREFUSED"), socketError("ECONNREFUSED")]),
    ],
    ["a plain message", "Error: Connection terminated unexpectedly"],
  ])("%s: yes", (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ["unique violation", prismaError("P2002", "Unique constraint failed on the fields: (`email`)")],
    ["record not found", prismaError("P2025", "No record was found for an update.")],
    ["postgres unique violation", postgresError("23505", "duplicate key value violates unique constraint")],
    ["too many connections", adapterError({ kind: "TooManyConnections", cause: "sorry, too many clients" })],
    ["wrong password", adapterError({ kind: "AuthenticationFailed", user: "portal" })],
    ["a syntax error", postgresError("42601", 'syntax error at or near "SELEC"')],
    // The server answered: it cancelled a statement that ran past statement_timeout.
    [
      "statement timeout (adapter)",
      Object.assign(new Error("canceling statement due to statement timeout"), {
        name: "DriverAdapterError",
        cause: { kind: "postgres", code: "57014", originalCode: "57014", severity: "ERROR" },
      }),
    ],
    [
      "statement timeout (raw query)",
      prismaError(
        "P2010",
        "Raw query failed. Code: `57014`. Message: `canceling statement due to statement timeout`",
        {
          driverAdapterError: adapterError({ kind: "postgres", code: "57014", originalCode: "57014" }),
        },
      ),
    ],
    ["any other error", new Error("Cannot read properties of undefined (reading 'id')")],
    ["a string", "boom"],
    ["nothing", undefined],
    ["null", null],
    ["a number", 42],
  ])("%s: no", (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });

  it("stops on a cause chain that loops", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    Object.assign(a, { cause: b });
    expect(isDatabaseUnreachable(a)).toBe(false);
  });

  it("looks only a few causes deep", () => {
    let error: unknown = socketError("ECONNREFUSED");
    for (let i = 0; i < 20; i++) error = new Error(`layer ${i}`, { cause: error });
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
