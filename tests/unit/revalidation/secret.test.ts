import { describe, expect, it } from "vitest";

import { checkBearerSecret, MIN_SECRET_LENGTH } from "@/lib/revalidation/secret";

const SECRET = "s".repeat(MIN_SECRET_LENGTH);

describe("checkBearerSecret", () => {
  it("accepts the configured secret as a bearer token", () => {
    expect(checkBearerSecret(`Bearer ${SECRET}`, SECRET)).toBe("ok");
  });

  it("tells a missing token from a wrong one, whatever its length", () => {
    expect(checkBearerSecret(undefined, SECRET)).toBe("missing");
    expect(checkBearerSecret(SECRET, SECRET)).toBe("missing");
    expect(checkBearerSecret("Bearer x", SECRET)).toBe("wrong");
    expect(checkBearerSecret(`Bearer ${SECRET}x`, SECRET)).toBe("wrong");
    expect(checkBearerSecret(`Bearer ${SECRET.slice(1)}`, SECRET)).toBe("wrong");
  });

  it("is off when the server has no secret, or one short enough to guess", () => {
    expect(checkBearerSecret(`Bearer ${SECRET}`, undefined)).toBe("not-configured");
    expect(checkBearerSecret("Bearer ", "")).toBe("not-configured");
    expect(checkBearerSecret("Bearer short", "short")).toBe("not-configured");
  });
});
