/** Flights: "Malaysia Airlines Flight MH370" names an airline, and the flight is no name. */
import type { Token } from './tokens.js';

/**
 * A flight number: the airline's code (two letters, or a letter and a digit) and digits
 * ("MH370", "4U9525"); not "G20".
 */
const FLIGHT_CODE = /^(?:[A-Z]{2}\d{1,4}|\d[A-Z]\d{1,4}|[A-Z]\d{4,5})$/;

/** Where in a run of name tokens a flight starts ("Flight" or its number), or -1. */
export function flightStart(tokens: readonly Token[], idx: readonly number[]): number {
  return idx.findIndex((k) => {
    const word = tokens[k]?.text ?? '';
    return word === 'Flight' || FLIGHT_CODE.test(word);
  });
}
