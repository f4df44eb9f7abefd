import { InvalidInputError } from '../errors.js';

const unitMs = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/**
 * A reader's "since": a duration back from now ("90m", "24h", "7d", "2w") or an ISO time.
 * Returns an ISO time; anything else is refused with a message that shows the accepted forms.
 */
export function parseSince(value: string, now: Date): string {
  const relative = /^(\d{1,6})\s*([mhdw])$/i.exec(value.trim());
  if (relative !== null) {
    const unit = relative[2]!.toLowerCase() as keyof typeof unitMs;
    return new Date(now.getTime() - Number(relative[1]) * unitMs[unit]).toISOString();
  }
  const time = new Date(value.trim());
  if (value.trim() === '' || Number.isNaN(time.getTime())) {
    throw new InvalidInputError(
      `"${value.slice(0, 40)}" is not a time: use a duration like 24h or 7d, or an ISO date.`,
    );
  }
  return time.toISOString();
}
