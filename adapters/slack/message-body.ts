import type { SlackMessagePayload } from './render-blocks.js';

/** A payload as a Web API / response_url body: `blocks` only when there are some. */
export function messageBody(payload: SlackMessagePayload): {
  text: string;
  blocks?: SlackMessagePayload['blocks'];
} {
  return payload.blocks.length === 0
    ? { text: payload.text }
    : { text: payload.text, blocks: payload.blocks };
}
