// The session cookie's name: `__Host-` prefixed when the portal is served over HTTPS (Secure,
// Path=/, no Domain, so no sibling host can set or read it). Dependency-free for proxy.ts.
export const SESSION_COOKIE_NAMES = { secure: "__Host-portal.session", plain: "portal.session" } as const;
