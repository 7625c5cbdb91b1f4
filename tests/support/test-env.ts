// The configuration every test process runs with (the database URL comes from the harness).
export const TEST_ENV = {
  APP_ENV: "test",
  AUTH_SECRET: "test-secret-that-is-at-least-32-characters-long",
  TOTP_ENCRYPTION_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  TOTP_ENCRYPTION_KEY_ID: "test1",
  APP_BASE_URL: "http://localhost:3100",
  AUTH_TRUST_HOST: "true",
  PORTAL_NAME: "Customer Portal",
  COMPANY_NAME: "Example Instruments",
  SUPPORT_EMAIL: "support@example.com",
  OUTBOX_WORKER: "off",
  // The test harness plays the reverse proxy: its X-Forwarded-For names the simulated client.
  TRUSTED_PROXY_HOPS: "1",
} as const;
