// `npm run admin:create -- --email ada@example.com [--first Ada] [--last Lovelace] [--locale de]
// [--country AT]`: the first administrator of a production installation (there are no default
// accounts). Creates the account without a password and e-mails a single-use link to set one;
// the running instances' outbox workers deliver it.
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    first: { type: "string" },
    last: { type: "string" },
    locale: { type: "string" },
    country: { type: "string" },
  },
});

if (!values.email) {
  console.error(
    "usage: npm run admin:create -- --email <address> [--first <name>] [--last <name>] [--locale en|de|es] [--country XX]",
  );
  process.exit(2);
}

const { env, isProduction } = await import("../lib/env");
if (isProduction && !env.RESEND_API_KEY) {
  console.error("RESEND_API_KEY is not set: the link to set the password could not be e-mailed.");
  process.exit(1);
}
const { createAdmin, SET_PASSWORD_TTL_HOURS } = await import("../lib/ops/create-admin");
const { db } = await import("../lib/db");
const { maskEmail } = await import("../lib/observability/sanitize");

const problems = {
  "invalid-email": "that is not a valid e-mail address",
  exists: "an account with this e-mail address exists already",
  "invalid-locale": "--locale must be en, de or es",
  "invalid-country": "--country must be a two-letter country code such as DE",
} as const;

try {
  const result = await createAdmin({
    email: values.email,
    firstName: values.first,
    lastName: values.last,
    locale: values.locale,
    country: values.country?.toUpperCase(),
  });
  if (!result.ok) {
    console.error(`Not created: ${problems[result.problem]}.`);
    process.exitCode = 1;
  } else {
    console.log(
      `Administrator "${result.username}" created for ${maskEmail(values.email.trim())}. A link to set the ` +
        `password (single use, valid for ${SET_PASSWORD_TTL_HOURS} hours) is queued for e-mail; a running ` +
        "instance delivers it within seconds.",
    );
  }
} finally {
  await db.$disconnect();
}
