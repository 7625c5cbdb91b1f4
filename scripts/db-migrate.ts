// `npm run db:migrate`: the release step. Applies committed migrations to DATABASE_URL (or, when it
// is unset, to the embedded development database). Run once per deployment, never from every instance.
import { startEmbeddedDatabase } from "./embedded-db";
import { LOCAL_DB } from "./local-database-url";
import { migrateDeploy } from "./run";

const external = process.env.DATABASE_URL;
const local = external ? null : await startEmbeddedDatabase({ dir: ".data/pg", port: LOCAL_DB.port });
try {
  await migrateDeploy(external ?? local!.url, false);
} finally {
  await local?.stop();
}
