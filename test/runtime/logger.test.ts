import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/runtime/logger.js';

function capture(): { stream: Writable; lines: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream, lines: () => text };
}

describe('logger', () => {
  it('never writes a token, a signing secret or an authorization header', () => {
    const out = capture();
    const logger = createLogger('info', out.stream);
    logger.info({ token: 'discord-token-123', slack: { signingSecret: 'sig-456' } }, 'starting');
    logger.info({ request: { headers: { authorization: 'Bot discord-token-123' } } }, 'request');
    logger.info({ env: { SLACK_BOT_TOKEN: 'xoxb-789', LOG_LEVEL: 'info' } }, 'config');
    const written = out.lines();
    expect(written).toContain('starting');
    expect(written).not.toContain('discord-token-123');
    expect(written).not.toContain('sig-456');
    expect(written).not.toContain('xoxb-789');
    expect(written).toContain('[redacted]');
  });
});
