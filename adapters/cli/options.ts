import { InvalidOptionArgumentError } from 'commander';

/** Commander parsers that refuse bad numbers at the boundary, with the flag's own words. */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidOptionArgumentError('must be a whole number of at least 1.');
  }
  return number;
}

export function ratio(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > 1) {
    throw new InvalidOptionArgumentError('must be a number greater than 0 and at most 1.');
  }
  return number;
}
