import { describe, expect, it } from 'vitest';
import { loadEnvironment } from '../../src/config/environment.js';

describe('environment', () => {
  it('runs on the embedded defaults with no variables set', () => {
    const env = loadEnvironment({});
    expect(env.NEWSDIGEST_DB).toBe('./data/newsdigest.db');
    expect(env.NEWSDIGEST_ALLOW_LOOPBACK).toBe(false);
    expect(env.DISCORD_TOKEN).toBeUndefined();
  });

  it('names the variable of a bad value without echoing the value', () => {
    expect(() => loadEnvironment({ PORT: 'seventy-thousand' })).toThrow(/PORT/);
    expect(() => loadEnvironment({ NEWSDIGEST_ALLOW_LOOPBACK: 'sure' })).toThrow(
      /NEWSDIGEST_ALLOW_LOOPBACK/,
    );
    try {
      loadEnvironment({ SLACK_BOT_TOKEN: 'xoxb-secret-value' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/SLACK_SIGNING_SECRET/);
      expect((error as Error).message).not.toContain('xoxb-secret-value');
    }
  });

  it('accepts Slack in Socket Mode with an app-level token', () => {
    const env = loadEnvironment({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(env.SLACK_APP_TOKEN).toBe('xapp-1');
  });
});
