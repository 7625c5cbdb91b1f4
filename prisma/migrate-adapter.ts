// A PrismaPg that the Prisma CLI can use under the WebAssembly schema engine. Used only by
// prisma.config.ts; the app's own client uses the stock adapter (see lib/db.ts).
//
// @prisma/adapter-pg 6.19.3 has four defects on this path (each reproduced and fixed here):
// 1. Catalog columns of types the adapter does not map (`"char"`, `name`, `regclass`, …) make
//    introspection fail with "Column type 'name' could not be deserialized" (prisma/orm#27403).
//    The client below reports them as text / text[].
// 2. The shadow database is dropped while its own pool is still connected, and with a
//    connectionString pg ignores the `database` override, so the "shadow" would be the main
//    database. We connect to it with discrete settings and end that pool before dropping it.
// 3. `executeScript` splits scripts on every `;`, breaking `$$` function bodies. We send the
//    whole script as one simple-protocol query.
// 4. Idle pool timers keep the CLI alive for up to a minute: `allowExitOnIdle`.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const UNMAPPED_SCALARS = new Set([18, 19, 24, 28, 194, 2205, 2206]);
const UNMAPPED_ARRAYS = new Set([1002, 1003]);

type Result = { fields?: { dataTypeID: number }[] };

function reportAsText(result: Result | Result[] | undefined) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) {
      if (UNMAPPED_SCALARS.has(field.dataTypeID)) field.dataTypeID = TEXT;
      else if (UNMAPPED_ARRAYS.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY;
    }
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg calls query() both with a callback (Pool.query) and as a promise (transactions).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: Result) => last(err, reportAsText(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(reportAsText) : out;
  }
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    Client: CatalogSafeClient,
    allowExitOnIdle: true,
    max: 4,
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function wholeScripts(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

export class MigrationSafePrismaPg extends PrismaPg {
  private readonly pool: pg.Pool;

  constructor(private readonly url: string) {
    const pool = new pg.Pool(poolConfig(url));
    super(pool);
    this.pool = pool;
  }

  override async connect() {
    return wholeScripts(await super.connect(), this.pool);
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await this.pool.query(`CREATE DATABASE "${name}"`);
    const shadowPool = new pg.Pool(poolConfig(this.url, name));
    const adapter = wholeScripts(await new PrismaPg(shadowPool).connect(), shadowPool);
    adapter.dispose = async () => {
      await shadowPool.end();
      await this.pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}
