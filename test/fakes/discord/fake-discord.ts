/**
 * A loopback fake of Discord that the real discord.js Client talks to: REST under
 * `http://127.0.0.1:PORT/api/v10/...` and the gateway over WebSocket on the same port.
 * It records every REST call so tests assert on exactly what Discord would receive, and lets
 * a test script responses (a 429, a 403) for chosen routes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreatePayload, readyPayload, type FakeGuild } from './payloads.js';

export interface RecordedRequest {
  method: string;
  /** Decoded path after `/api/v10`, e.g. `/webhooks/APP/TOKEN/messages/@original`. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** Held by a `'hold'` script: never answered, so never posted (as if it never arrived). */
  held?: boolean;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Script {
  method: string;
  path: RegExp;
  remaining: number;
  respond: (request: RecordedRequest) => ScriptedResponse | 'hold';
}

export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  guilds?: FakeGuild[];
  heartbeatIntervalMs?: number;
  /** Bot token the fake accepts; any other gets 401 on /gateway/bot. */
  token?: string;
}

export interface FakeDiscord {
  readonly restApi: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly requests: RecordedRequest[];
  /** Gateway payloads the client sent (IDENTIFY, heartbeats...). */
  readonly gatewayReceived: { op: number; d: unknown }[];
  heartbeatAcks(): number;
  /** Sends a dispatch (op 0) to every connected client. */
  dispatch(type: string, data: unknown): void;
  /**
   * The next `times` requests matching method and path get this response instead; `'hold'`
   * leaves them unanswered until the client goes away (a post that never reached Discord).
   */
  script(
    method: string,
    path: RegExp,
    respond: ScriptedResponse | 'hold' | ((request: RecordedRequest) => ScriptedResponse | 'hold'),
    times?: number,
  ): void;
  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(
    match: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = options.applicationId ?? '900000000000000001';
  const botUserId = options.botUserId ?? applicationId;
  const token = options.token ?? 'test-token';
  const guilds = options.guilds ?? [];
  const requests: RecordedRequest[] = [];
  const waiters: {
    match: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }[] = [];
  const scripts: Script[] = [];
  const gatewayReceived: { op: number; d: unknown }[] = [];
  const sockets = new Set<WebSocket>();
  const interactionChannels = new Map<string, string>();
  let acks = 0;
  let sequence = 0;
  let nextId = 1n;
  const snowflake = () => String(1_200_000_000_000_000_000n + nextId++);

  const server: Server = createServer((req, res) => {
    void handleHttp(req, res);
  });
  const gateway = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const raw = await readBody(req);
    const prefix = '/api/v10';
    const rawPath = url.pathname.startsWith(prefix)
      ? url.pathname.slice(prefix.length)
      : url.pathname;
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(rawPath),
      query: url.searchParams,
      authorization: req.headers.authorization,
      body:
        raw.length > 0 && req.headers['content-type']?.includes('json')
          ? JSON.parse(raw)
          : undefined,
    };
    const scripted = scripts.find(
      (script) =>
        script.remaining > 0 && script.method === request.method && script.path.test(request.path),
    );
    if (scripted !== undefined) scripted.remaining -= 1;
    const response = scripted?.respond(request) ?? defaultResponse(request);
    if (response === 'hold') request.held = true;
    requests.push(request);
    for (const waiter of [...waiters]) {
      if (waiter.match(request)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
    if (response !== 'hold') send(res, response);
  }

  function defaultResponse(request: RecordedRequest): ScriptedResponse {
    const { method, path } = request;
    // Like Discord: a bot token other than the fake's is refused on every route.
    if (request.authorization?.startsWith('Bot ') && request.authorization !== `Bot ${token}`) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    if (method === 'GET' && path === '/gateway/bot') {
      if (request.authorization !== `Bot ${token}`) {
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      }
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${port}`,
          shards: 1,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 0,
            max_concurrency: 1,
          },
        },
      };
    }
    if (method === 'GET' && path === '/applications/@me') {
      return { status: 200, body: { id: applicationId, name: 'newsdigest', flags: 0 } };
    }
    // Interaction callbacks: 204 with no body (a JSON-labelled empty body makes the client throw).
    if (method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
      return { status: 204 };
    }
    const webhookMessage = /^\/webhooks\/[^/]+\/[^/]+(?:\/messages\/[^/]+)?$/;
    if ((method === 'PATCH' || method === 'POST') && webhookMessage.test(path)) {
      return { status: 200, body: messageObject(request, channelOfInteraction(path)) };
    }
    const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelMessages !== null) {
      return { status: 200, body: messageObject(request, channelMessages[1] ?? '0') };
    }
    const commands = /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/;
    if (method === 'PUT' && commands.test(path) && Array.isArray(request.body)) {
      return {
        status: 200,
        body: (request.body as Record<string, unknown>[]).map((command) => ({
          ...command,
          id: snowflake(),
          application_id: applicationId,
          version: snowflake(),
        })),
      };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  /** Interaction webhooks answer with a message in the channel the interaction came from. */
  function channelOfInteraction(path: string): string {
    const token = path.split('/')[3] ?? '';
    return interactionChannels.get(token) ?? '0';
  }

  function messageObject(request: RecordedRequest, channelId: string): Record<string, unknown> {
    const body = (request.body ?? {}) as Record<string, unknown>;
    return {
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      author: {
        id: botUserId,
        username: 'newsdigest',
        discriminator: '0',
        avatar: null,
        bot: true,
      },
      content: body['content'] ?? '',
      embeds: body['embeds'] ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
      flags: body['flags'] ?? 0,
      components: [],
    };
  }

  gateway.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.send(
      JSON.stringify({ op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 1000 } }),
    );
    socket.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { op: number; d: unknown };
      gatewayReceived.push(payload);
      if (payload.op === 1) {
        acks += 1;
        socket.send(JSON.stringify({ op: 11 }));
      } else if (payload.op === 2) {
        const resumeUrl = `ws://127.0.0.1:${port}`;
        sendDispatch(
          socket,
          'READY',
          readyPayload({ applicationId, botUserId, guilds, resumeUrl }),
        );
        for (const guild of guilds) sendDispatch(socket, 'GUILD_CREATE', guildCreatePayload(guild));
      }
    });
  });

  function sendDispatch(socket: WebSocket, type: string, data: unknown): void {
    sequence += 1;
    socket.send(JSON.stringify({ op: 0, t: type, s: sequence, d: data }));
  }

  return {
    restApi: `${base}/api`,
    applicationId,
    botUserId,
    requests,
    gatewayReceived,
    heartbeatAcks: () => acks,
    dispatch(type, data) {
      const interaction = data as { token?: string; channel_id?: string };
      if (type === 'INTERACTION_CREATE' && interaction.token !== undefined) {
        interactionChannels.set(interaction.token, interaction.channel_id ?? '0');
      }
      for (const socket of sockets) sendDispatch(socket, type, data);
    },
    script(method, path, respond, times = 1) {
      scripts.push({
        method,
        path,
        remaining: times,
        respond: typeof respond === 'function' ? respond : () => respond,
      });
    },
    waitForRequest(match, timeoutMs = 15_000) {
      const found = requests.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (request: RecordedRequest) => {
            clearTimeout(timer);
            resolve(request);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, response: ScriptedResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json';
  res.writeHead(response.status, headers).end(JSON.stringify(response.body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
