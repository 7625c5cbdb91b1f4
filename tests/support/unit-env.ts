import { TEST_ENV } from "./test-env";

// Unit tests never touch a database, but modules validate configuration on import.
Object.assign(process.env, TEST_ENV, { DATABASE_URL: "postgresql://unused:unused@127.0.0.1:1/unused" });
