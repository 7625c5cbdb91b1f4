# syntax=docker/dockerfile:1
# The portal as a container: `docker build -t portal .` gives the app image (last stage);
# `docker build --target tools -t portal-tools .` the image for the release step and one-off
# commands (`npm run db:migrate`, `npm run admin:create`). See docs/operations.md.
ARG NODE_IMAGE=node:20.20-bookworm-slim

# Dependencies. `npm install` honours the lockfile; `npm ci` would reject it, because the lockfile
# lists the native optional packages (SWC, Tailwind) for linux only. The postinstall step runs
# `prisma generate`, which needs the schema and prisma.config.ts with what it imports.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/local-database-url.ts ./scripts/
RUN npm install --no-audit --no-fund

# The build needs no configuration: one image for every environment.
FROM deps AS build
COPY . .
RUN npm run build

# Full source and dependencies for one-off commands; by default the release step.
FROM build AS tools
USER node
CMD ["npm", "run", "db:migrate"]

# The app: only the standalone server (traced node_modules, migrations it checks at start) and
# the static files, owned by root and run as the unprivileged node user.
FROM ${NODE_IMAGE} AS app
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
# Next.js's cache (image optimisation) is the only place the server writes to.
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The server finishes requests and e-mail deliveries in flight on SIGTERM, then exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
