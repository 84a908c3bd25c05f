# One Stackboard server node: the API, Socket.IO and the built web app.
# docker-compose.yml runs two of these behind a load balancer, sharing one Redis.
FROM node:24-slim

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

COPY . .
# Builds the web app; the server runs its TypeScript sources on plain node (type stripping).
RUN npm run build

# Only used without REDIS_URL (the embedded store); writable by the unprivileged user.
RUN mkdir -p /app/data && chown node:node /app/data

ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
EXPOSE 3000
USER node
CMD ["node", "apps/server/src/main.ts"]
