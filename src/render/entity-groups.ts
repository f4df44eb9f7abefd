import type { Entity, EntityType } from '../model.js';

const labels: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
};

/** Entities grouped by type, in the order readers scan them: people, organizations, places. */
export function groupEntities(entities: readonly Entity[]): { label: string; names: string[] }[] {
  return (Object.keys(labels) as EntityType[])
    .map((type) => ({
      label: labels[type],
      names: entities.filter((entity) => entity.type === type).map((entity) => entity.name),
    }))
    .filter((group) => group.names.length > 0);
}
