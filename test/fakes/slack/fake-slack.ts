/**
 * A loopback fake of Slack for tests: the Web API (`/api/<method>`, form or JSON bodies),
 * response_url endpoints (`/response/<id>`), and the Socket Mode WebSocket (`/socket`). It
 * records every call and lets a test script failures (a 429, `channel_not_found`, ...).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SlackApiCall {
  method: string;
  params: Record<string, unknown>;
  /** The bearer token the call carried (header or `token` field). */
  token: string | undefined;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface FakeWorkspace {
  teamId: string;
  token: string;
  botUserId: string;
  botId: string;
}

export interface FakeSlack {
  readonly url: string;
  /** Pass as `clientOptions.slackApiUrl`. */
  readonly apiUrl: string;
  readonly calls: SlackApiCall[];
  readonly responses: ResponseUrlPost[];
  /** A response_url the fake records (use a fresh id per command). */
  responseUrl(id: string): string;
  addWorkspace(workspace: FakeWorkspace): void;
  /** users.info answers; unknown users are plain members. */
  setUser(userId: string, user: { is_admin?: boolean; is_owner?: boolean }): void;
  /** The next call(s) of `method` get these responses, in order, before the defaults resume. */
  script(method: string, ...responses: ScriptedResponse[]): void;
  /** What oauth.v2.access answers for a code. */
  setOAuthGrant(code: string, grant: Record<string, unknown>): void;
  /** Resolves with the first recorded call matching, waiting for it if needed. */
  waitForCall(method: string, match?: (call: SlackApiCall) => boolean): Promise<SlackApiCall>;
  waitForResponse(id: string): Promise<ResponseUrlPost>;
  callsOf(method: string): SlackApiCall[];
  /** Socket Mode: resolves once a client has connected (and got `hello`). */
  socketConnected(): Promise<void>;
  /** Sends an envelope over the socket and resolves with the client's ack. */
  sendEnvelope(envelope: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const workspaces = new Map<string, FakeWorkspace>();
  const users = new Map<string, { is_admin?: boolean; is_owner?: boolean }>();
  const scripts = new Map<string, ScriptedResponse[]>();
  const grants = new Map<string, Record<string, unknown>>();
  const events = new EventEmitter();
  const sockets = new Set<WebSocket>();
  let ts = 1_700_000_000;
  let url = '';

  function defaultAnswer(call: SlackApiCall): Record<string, unknown> {
    const workspace = [...workspaces.values()].find((w) => w.token === call.token);
    switch (call.method) {
      case 'auth.test':
        return workspace === undefined
          ? { ok: false, error: 'invalid_auth' }
          : {
              ok: true,
              team_id: workspace.teamId,
              user_id: workspace.botUserId,
              bot_id: workspace.botId,
              team: workspace.teamId,
              user: 'newsdigest',
              url: `${url}/`,
            };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        if (workspace === undefined) return { ok: false, error: 'invalid_auth' };
        ts += 1;
        return { ok: true, channel: call.params.channel, ts: `${ts}.000100` };
      case 'users.info': {
        const id = String(call.params.user);
        return { ok: true, user: { id, team_id: workspace?.teamId, ...users.get(id) } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${url.replace('http', 'ws')}/socket` };
      case 'oauth.v2.access': {
        const grant = grants.get(String(call.params.code));
        return grant === undefined ? { ok: false, error: 'invalid_code' } : { ok: true, ...grant };
      }
      default:
        return { ok: true };
    }
  }

  function answer(res: ServerResponse, response: ScriptedResponse): void {
    res.writeHead(response.status ?? 200, {
      'content-type': 'application/json',
      ...response.headers,
    });
    res.end(JSON.stringify(response.body));
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const params = parseBody(req, body);
      if (path.startsWith('/response/')) {
        const post = { id: path.slice('/response/'.length), body: params };
        responses.push(post);
        events.emit('response', post);
        answer(res, { body: { ok: true } });
        return;
      }
      if (!path.startsWith('/api/')) {
        answer(res, { status: 404, body: { ok: false, error: 'unknown_path' } });
        return;
      }
      const method = path.slice('/api/'.length);
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const token = bearer ?? (typeof params.token === 'string' ? params.token : undefined);
      const call = { method, params, token };
      calls.push(call);
      events.emit('call', call);
      const scripted = scripts.get(method)?.shift();
      answer(res, scripted ?? { body: defaultAnswer(call) });
    });
  });

  // Longer than any client's idle keep-alive, so a reused connection is never closed under it.
  server.keepAliveTimeout = 60_000;
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!(req.url ?? '').startsWith('/socket')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
        events.emit('ack', message);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: {} }));
      events.emit('socket');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function waitFor<T>(find: () => T | undefined, event: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => {
      const check = () => {
        const value = find();
        if (value === undefined) return;
        events.off(event, check);
        resolve(value);
      };
      events.on(event, check);
    });
  }

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    responses,
    responseUrl: (id) => `${url}/response/${id}`,
    addWorkspace: (workspace) => workspaces.set(workspace.teamId, workspace),
    setUser: (userId, user) => users.set(userId, user),
    script: (method, ...scripted) =>
      scripts.set(method, [...(scripts.get(method) ?? []), ...scripted]),
    setOAuthGrant: (code, grant) => grants.set(code, grant),
    callsOf: (method) => calls.filter((call) => call.method === method),
    waitForCall: (method, match = () => true) =>
      waitFor(() => calls.find((call) => call.method === method && match(call)), 'call'),
    waitForResponse: (id) => waitFor(() => responses.find((post) => post.id === id), 'response'),
    socketConnected: () =>
      waitFor(() => (sockets.size > 0 ? true : undefined), 'socket').then(() => undefined),
    sendEnvelope(envelope) {
      return new Promise((resolve) => {
        const onAck = (message: Record<string, unknown>) => {
          if (message.envelope_id !== envelope.envelope_id) return;
          events.off('ack', onAck);
          resolve(message);
        };
        events.on('ack', onAck);
        for (const socket of sockets) socket.send(JSON.stringify(envelope));
      });
    },
    close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Web API bodies are form-encoded with JSON-encoded nested values; response_url posts are JSON. */
function parseBody(req: IncomingMessage, body: string): Record<string, unknown> {
  if (body === '') return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    return JSON.parse(body) as Record<string, unknown>;
  }
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    params[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return params;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
