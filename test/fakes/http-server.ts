/**
 * A small real HTTP server on 127.0.0.1 for tests: register routes, record every request,
 * close. Feeds, pages and platform fakes are served through it so that the code under test
 * talks to a real socket (and, for sources, through the real fetch guard).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path including the query string, as sent (e.g. "/feed.xml?x=1"). */
  url: string;
  /** Path without the query string. */
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Receives the request (body already read, as `body`) and writes the response. */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
) => void | Promise<void>;

export interface FakeHttpServer {
  /** Base URL, e.g. "http://127.0.0.1:43567" (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Every request received, in arrival order, including unrouted ones (answered 404). */
  readonly requests: RecordedRequest[];
  /** Registers a handler for a method ("*" for any) and an exact path (no query string). */
  route(method: string, path: string, handler: RouteHandler): void;
  /** Shorthand: answers `path` (any method) with a fixed status, headers and body. */
  serve(
    path: string,
    response: { status?: number; headers?: Record<string, string>; body?: string | Buffer },
  ): void;
  /** Closes the server and destroys open connections (slow or hanging responses included). */
  close(): Promise<void>;
}

export async function startHttpServer(): Promise<FakeHttpServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const path = decodeURIComponent(url.split('?')[0] ?? '/');
      const method = req.method ?? 'GET';
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method, url, path, headers: req.headers, body });
      const handler = routes.get(`${method} ${path}`) ?? routes.get(`* ${path}`);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      Promise.resolve(handler(req, res, body)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    route(method, path, handler) {
      routes.set(`${method.toUpperCase()} ${path}`, handler);
    },
    serve(path, response) {
      routes.set(`* ${path}`, (_req, res) => {
        res.writeHead(response.status ?? 200, response.headers ?? {});
        res.end(response.body ?? '');
      });
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
