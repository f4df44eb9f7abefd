/** Story grouping: which articles report the same event, and the story they make together. */
export { clusterArticles, type ClusterInput } from './cluster.js';
export { buildStory, rankStories, type BuildStoryOptions } from './build-story.js';
