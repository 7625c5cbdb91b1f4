// Nothing to start. Without this file the build would take the repository's own instrumentation.
export function register() {}
