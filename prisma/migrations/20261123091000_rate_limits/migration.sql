-- Shared throttling counters (rate-limiter-flexible), in their own schema so Prisma, which
-- manages only "public", sees no drift. Every app instance counts in the same rows.
CREATE SCHEMA IF NOT EXISTS "ratelimit";
CREATE TABLE IF NOT EXISTS "ratelimit"."limits" (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
CREATE INDEX IF NOT EXISTS "limits_expire" ON "ratelimit"."limits" (expire);
