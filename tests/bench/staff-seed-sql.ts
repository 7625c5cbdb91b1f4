// Bulk data for tests/bench/staff-queries.ts, written with generate_series so 100,000 users take
// seconds. Deterministic: the same run gives the same rows.

const list = (values: string[]) => `(ARRAY[${values.map((v) => `'${v}'`).join(",")}])`;

const FIRST = list(
  "Anna Ben Carla David Elena Felix Greta Hugo Ines Jonas Karin Lucia Marco Nina Oscar Paula Quentin Rosa Stefan Tina Ulrich Vera Walter Ximena Yusuf Zoe Chris Sam Lena Pablo Sofia Jan Marta Tobias Alba Mateo Julia Lukas Carmen Emil".split(
    " ",
  ),
);
const LAST = list(
  "Weber Schneider Fischer Meyer Wagner Becker Schulz Hoffmann Koch Richter Garcia Martinez Lopez Sanchez Perez Gomez Fernandez Ruiz Diaz Moreno Smith Jones Taylor Brown Wilson Evans Thomas Roberts Walker Wright Huber Bauer Wolf Neumann Zimmermann Kruger Navarro Romero Torres Vargas".split(
    " ",
  ),
);
const WORD1 = list(
  "Nordwerk Voltaic Sudstrom Alpina Iberica Rhein Danubia Atlas Helios Borea Meridian Castilla Baltic Alpen Sierra Orion Vega Polaris Lumen Ferro".split(
    " ",
  ),
);
const WORD2 = list(
  "Energie Grid Power Netz Redes Utilities Kraftwerke Electrica Systems Services Stadtwerke Transmission Distribution Solar Wind Hydro Kabel Anlagen Industrie Technik".split(
    " ",
  ),
);
const REASONS = list([
  "serial_unknown",
  "serial_without_company",
  "free_mail_provider",
  "serial_other_company",
  "unknown_domain",
]);
const COUNTRIES = list("DE AT CH ES FR IT GB US MX AR CL CO PL NL BE SE NO DK PT CZ".split(" "));
const ACTIONS = list([
  "signin.success",
  "signin.failure",
  "signin.blocked",
  "password.reset_requested",
  "password.reset_completed",
  "staff.user.email_changed",
  "staff.registration.approved",
]);

export const SEED_SQL = `
INSERT INTO "Company" (id, name, "createdAt")
SELECT 'benchco-' || i, ${WORD1}[1 + i % 20] || ' ' || ${WORD2}[1 + (i / 20) % 20] || ' ' || i, now()
FROM generate_series(0, 1999) i;

INSERT INTO "CompanyDomain" ("companyId", domain)
SELECT 'benchco-' || i, 'company' || i || '.example' FROM generate_series(0, 1999) i;

INSERT INTO "Device" (id, serial, "productId", "companyId", "createdAt", "updatedAt")
SELECT 'benchdev-' || g,
       chr(65 + ((g - 1) / 1000) / 26) || chr(65 + ((g - 1) / 1000) % 26) || lpad(((g - 1) % 1000)::text, 3, '0') || 'Q',
       (SELECT array_agg(id ORDER BY slug) FROM "Product")[1 + g % 3],
       CASE WHEN g % 50 = 0 THEN NULL ELSE 'benchco-' || (g % 2000) END,
       now(), now()
FROM generate_series(1, ${100_000}) g;

INSERT INTO "User" (id, email, username, status, role, locale, "firstName", "lastName", company, country,
                    "emailVerified", "reviewReason", "statusChangedAt", "activatedAt", "createdAt", "updatedAt")
SELECT 'bench-' || g,
       translate(lower(f || '.' || l || '.' || g), 'áéíóúüñ', 'aeiouun') || '@' ||
         CASE WHEN g % 10 = 0 THEN 'gmail.com' ELSE 'company' || (g % 2000) || '.example' END,
       'user' || g,
       st::"UserStatus",
       'CUSTOMER',
       (ARRAY['en','de','es'])[1 + g % 3],
       f, l,
       ${WORD1}[1 + (g % 2000) % 20] || ' ' || ${WORD2}[1 + ((g % 2000) / 20) % 20] || ' ' || (g % 2000),
       ${COUNTRIES}[1 + (g / 7) % 20],
       CASE WHEN st = 'PENDING_EMAIL' THEN NULL ELSE now() - interval '90 days' END,
       CASE WHEN st = 'PENDING_REVIEW' THEN ${REASONS}[1 + (g / 20) % 5] END,
       now() - ((g::bigint * 7919) % (60 * 86400)) * interval '1 second',
       CASE WHEN st = 'ACTIVE' THEN now() - interval '60 days' END,
       now() - ((g::bigint * 104729) % (365 * 86400)) * interval '1 second',
       now()
FROM generate_series(1, ${100_000}) g,
LATERAL (SELECT ${FIRST}[1 + g % 40] f, ${LAST}[1 + (g / 40) % 40] l,
                CASE WHEN g % 20 = 0 THEN 'PENDING_REVIEW' WHEN g % 33 = 1 THEN 'PENDING_EMAIL'
                     WHEN g % 97 = 2 THEN 'REJECTED' WHEN g % 101 = 3 THEN 'DISABLED' ELSE 'ACTIVE' END st) x;

INSERT INTO "UserDevice" ("userId", "deviceId", "addedAt")
SELECT 'bench-' || g, 'benchdev-' || g, now() FROM generate_series(1, ${100_000}) g;

INSERT INTO "AuditLog" (at, action, "actorId", "targetId", ip, details)
SELECT now() - (${200_000} - g) * interval '13 seconds',
       ${ACTIONS}[1 + g % 7],
       NULL,
       'bench-' || (1 + (g * 31) % ${100_000}),
       '10.0.' || (g % 250) || '.' || (g % 200),
       jsonb_build_object('n', g)
FROM generate_series(1, ${200_000}) g;
`;

/** What the measurement shows free-text search needs (ILIKE '%word%' on five columns). */
export const TRIGRAM_INDEXES = [
  "CREATE EXTENSION IF NOT EXISTS pg_trgm",
  `CREATE INDEX "User_email_trgm_idx" ON "User" USING gin ("email" gin_trgm_ops)`,
  `CREATE INDEX "User_username_trgm_idx" ON "User" USING gin ("username" gin_trgm_ops)`,
  `CREATE INDEX "User_firstName_trgm_idx" ON "User" USING gin ("firstName" gin_trgm_ops)`,
  `CREATE INDEX "User_lastName_trgm_idx" ON "User" USING gin ("lastName" gin_trgm_ops)`,
  `CREATE INDEX "User_company_trgm_idx" ON "User" USING gin ("company" gin_trgm_ops)`,
];
