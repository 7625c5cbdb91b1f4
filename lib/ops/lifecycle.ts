// Whether this instance is shutting down (readiness answers 503 from then on). On globalThis
// because the signal handler and the route handlers live in different server bundles.
const state = globalThis as unknown as { portalShuttingDown?: boolean };

export function isShuttingDown() {
  return state.portalShuttingDown === true;
}

export function markShuttingDown() {
  state.portalShuttingDown = true;
}
