// Where the embedded development database listens (see scripts/embedded-db.ts).
export const LOCAL_DB = {
  port: Number(process.env.EMBEDDED_PG_PORT ?? 5433),
  user: "portal",
  password: "portal",
  database: "portal",
};

export function localDatabaseUrl(database = LOCAL_DB.database, port = LOCAL_DB.port) {
  return `postgresql://${LOCAL_DB.user}:${LOCAL_DB.password}@127.0.0.1:${port}/${database}`;
}
