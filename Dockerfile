# syntax=docker/dockerfile:1
# Build: compile TypeScript and the SQLite addon. The RUN steps are scripts that CI also runs
# (scripts/image/check.sh), so the recipe is tested on machines without a Docker engine.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/image/install.sh scripts/image/
RUN sh scripts/image/install.sh
COPY . .
RUN sh scripts/image/build.sh

# Runtime: production dependencies and compiled code only, run as the unprivileged `node` user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEWSDIGEST_DB=/data/newsdigest.db
WORKDIR /app
COPY --from=build /app/package.json /app/LICENSE ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/seeds ./seeds
COPY --from=build /app/digests ./digests
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
ENTRYPOINT ["npm", "start", "--silent"]
