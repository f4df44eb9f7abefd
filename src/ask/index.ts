/** Questions answered with sentences from stored articles. */
export {
  answerQuestion,
  noAnswerMessage,
  type Answer,
  type AnswerItem,
  type AskDeps,
  type AskOptions,
} from './answer-question.js';
export { AnalysisCache } from './analysis.js';
export { parseQuestion, topicKey } from './question.js';
