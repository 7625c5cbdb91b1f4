// "The database cannot be reached" as this instance currently sees it. Set and cleared by
// lib/ops/database-watch.ts (which probes the server), read by proxy.ts, which answers every page,
// server action and API request with 503 while it holds. Dependency-free, and on globalThis
// because proxy.ts, the route handlers and instrumentation.ts live in different server bundles of
// one process.

type State = { since: number | null };
const globalForOutage = globalThis as unknown as { portalDatabaseOutage?: State };
const state: State = (globalForOutage.portalDatabaseOutage ??= { since: null });

/** Whether the database is currently unreachable for this instance. */
export function databaseOutage() {
  return state.since !== null;
}

/** When the outage began (ms since epoch), or null. */
export function databaseOutageSince() {
  return state.since;
}

/** Returns true when this starts an outage (it was not already noted). */
export function noteDatabaseUnreachable(at = Date.now()) {
  if (state.since !== null) return false;
  state.since = at;
  return true;
}

/** Returns how long the outage lasted (ms) when this ends one, else null. */
export function noteDatabaseReachable(at = Date.now()) {
  if (state.since === null) return null;
  const lasted = at - state.since;
  state.since = null;
  return lasted;
}
