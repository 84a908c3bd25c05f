# One Stackboard server node: the API, Socket.IO and the built web app.
# docker-compose.yml runs two of these behind a load balancer, sharing one Redis.
# Two stages: `build` has every dependency and builds the web app; `runtime` has the
# production dependencies only (no Vite, TypeScript, Biome or test runner), the built app,
# and runs the server's TypeScript sources on plain node (type stripping, no transpiler).

FROM node:24-slim AS build
WORKDIR /app

# Manifests first, so that `npm ci` is cached until a dependency changes.
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY apps/cli/package.json apps/cli/
COPY packages/core/package.json packages/core/
COPY packages/contracts/package.json packages/contracts/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund

# Everything, docs/counting.md included: the web build renders it as the counting help page.
COPY . .
RUN npm run build


FROM node:24-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

# npm ci checks the lock against every workspace's manifest, so all of them come along;
# only the server's production dependencies (and the packages it uses) are installed.
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY apps/cli/package.json apps/cli/
COPY packages/core/package.json packages/core/
COPY packages/contracts/package.json packages/contracts/
COPY bench/package.json bench/
RUN npm ci --omit=dev --workspace=@stackboard/server --no-audit --no-fund \
  && npm cache clean --force

COPY packages/core/src packages/core/src
COPY packages/contracts/src packages/contracts/src
COPY apps/server/src apps/server/src
COPY --from=build /app/apps/web/dist apps/web/dist

# Only used without REDIS_URL (the embedded store); writable by the unprivileged user.
RUN mkdir -p /app/data && chown node:node /app/data

ENV PORT=3000 \
    HOST=0.0.0.0
EXPOSE 3000
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains (see apps/server/src/server.ts) within SHUTDOWN_TIMEOUT_MS (8 s), inside
# Docker's default 10 s stop grace period.
CMD ["node", "apps/server/src/main.ts"]
