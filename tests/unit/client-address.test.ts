import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "@/lib/security/client-address";

const resolve = (
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
) => resolveClientAddress({ socketAddress, forwardedFor, trustedHops });

describe("resolveClientAddress", () => {
  it("without trusted proxies takes the socket's peer and ignores X-Forwarded-For", () => {
    expect(resolve("198.51.100.7", "203.0.113.1", 0)).toBe("198.51.100.7");
    expect(resolve("::ffff:198.51.100.7", undefined, 0)).toBe("198.51.100.7");
    expect(resolve("2001:db8::1", "203.0.113.1", 0)).toBe("2001:db8::1");
  });

  it("behind one proxy takes the address that proxy appended, whatever the client put before it", () => {
    expect(resolve("10.0.0.2", "203.0.113.1", 1)).toBe("203.0.113.1");
    expect(resolve("10.0.0.2", "6.6.6.6, 203.0.113.1", 1)).toBe("203.0.113.1");
    expect(resolve("10.0.0.2", ["6.6.6.6", "203.0.113.1"], 1)).toBe("203.0.113.1");
  });

  it("behind two proxies skips both of their entries", () => {
    expect(resolve("10.0.0.3", "6.6.6.6, 203.0.113.1, 10.0.0.2", 2)).toBe("203.0.113.1");
  });

  it("falls back to the leftmost entry when the chain is shorter than the proxies configured", () => {
    expect(resolve("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolve("10.0.0.3", "203.0.113.1", 2)).toBe("203.0.113.1");
  });

  it("drops ports and brackets, and refuses anything that is not an address", () => {
    expect(resolve("10.0.0.2", "203.0.113.1:5123", 1)).toBe("203.0.113.1");
    expect(resolve("10.0.0.2", "[2001:db8::5]:443", 1)).toBe("2001:db8::5");
    expect(resolve("10.0.0.2", "<script>", 1)).toBe("10.0.0.2");
    expect(resolve("10.0.0.2", "1.2.3.4\r\nx-evil: 1", 1)).toBe("10.0.0.2");
    expect(resolve(undefined, undefined, 0)).toBe("unknown");
  });
});
