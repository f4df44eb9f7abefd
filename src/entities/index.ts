/** Entity extraction: people, organizations and places, aliases merged, ranked by salience. */
export { extractEntities, type ExtractOptions } from './extract.js';
export { mergeEntitiesAcross } from './merge-across.js';
export { entityMatches } from './match.js';
export { familyNameOf } from './surname.js';
