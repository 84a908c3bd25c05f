// B0/B1: a bare Socket.IO relay with the app's Socket.IO version and options, run as its
// own process like an app node. Env: PORT, HOST, REDIS_URL (two nodes: the Redis adapter,
// as the app uses for cross-node broadcast), RELAY_REDIS_WRITE=1 (B1: the app's Redis
// write per command). /healthz and /metrics (the same heap gauge as the app's) for the bench.
import { createServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Redis } from "ioredis";
import { Server } from "socket.io";
import { type RelayServer, registerRelayHandlers } from "./relay-handlers.ts";
import { createRelayWrite } from "./relay-write.ts";

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? "127.0.0.1";
const redisUrl = process.env.REDIS_URL ?? null;
const write = redisUrl && process.env.RELAY_REDIS_WRITE === "1" ? createRelayWrite(redisUrl) : null;

const http = createServer((request, response) => {
  if (request.url === "/healthz") {
    response.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
  } else if (request.url === "/metrics") {
    // Same name and source (process.memoryUsage) as prom-client's default gauge in the app.
    const body = `nodejs_heap_size_used_bytes ${process.memoryUsage().heapUsed}\n`;
    response.writeHead(200, { "content-type": "text/plain" }).end(body);
  } else {
    response.writeHead(404).end();
  }
});

// The app's Socket.IO options (apps/server/src/realtime/socket-server.ts), minus its
// origin check, which a CLI client without Origin passes anyway.
const io: RelayServer = new Server(http, {
  maxHttpBufferSize: 64 * 1024,
  serveClient: false,
  pingInterval: 25_000,
  pingTimeout: 20_000,
});
const redisClients: Redis[] = [];
if (redisUrl) {
  const pub = new Redis(redisUrl);
  const sub = pub.duplicate();
  redisClients.push(pub, sub);
  io.adapter(createAdapter(pub, sub));
}
io.on("connection", (socket) => registerRelayHandlers(io, socket, write));

http.listen(port, host);

const stop = () => {
  io.close(() => {
    void Promise.allSettled([write?.close(), ...redisClients.map((client) => client.quit())]).then(
      () => process.exit(0),
    );
  });
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
