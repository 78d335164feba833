# syntax=docker/dockerfile:1
# The support desk in one image: the GraphQL API, its WebSocket subscriptions and the web app it serves.
# Build: docker build -t support-desk .   Run: see compose.yaml and the README's "Deployment" section.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary matches the platform.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# Manifests first: the dependency layer is reused until they change.
COPY package.json package-lock.json ./
COPY patches ./patches
COPY server/package.json ./server/
COPY web/package.json ./web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server ./server
COPY --from=build /app/web/dist ./web/dist
# SQLite's file (when DATABASE_URL is not PostgreSQL) and nothing else lives in /data.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The flags of `npm start` (server/package.json); node as PID 1 receives SIGTERM and drains connections.
CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=192", "server/dist/main.js"]
