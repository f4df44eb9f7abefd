import { answerQuestion, type AnalysisCache } from '../../../src/ask/index.js';
import type { RequestContext } from '../bot-deps.js';
import type { SlackMessagePayload } from '../render-blocks.js';
import { answerReply } from '../replies.js';

/** `ask <question>` and questions in DMs or mentions: answered from stored articles. */
export async function askCommand(
  context: RequestContext,
  question: string,
  cache?: AnalysisCache,
): Promise<SlackMessagePayload[]> {
  const answer = await answerQuestion(question, {
    store: context.deps.store,
    clock: context.deps.clock,
    userKey: `slack:${context.teamId}:${context.userId}`,
    ...(cache !== undefined && { cache }),
  });
  return answerReply(answer);
}
