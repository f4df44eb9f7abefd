/** Autocomplete for subscription ids (this guild's only), schedules and timezones. */
import type { AutocompleteInteraction } from 'discord.js';
import { describeSchedule, listSubscriptions } from '../../src/subscriptions/index.js';
import type { BotContext } from './bot-context.js';
import { shorten } from './embed-layout.js';
import { sendChoices } from './reply.js';

type Choice = { name: string; value: string };

const scheduleSuggestions: Choice[] = [
  { name: 'Every day at 08:00 — 0 8 * * *', value: '0 8 * * *' },
  { name: 'Every day at 18:00 — 0 18 * * *', value: '0 18 * * *' },
  { name: 'Twice a day, 08:00 and 18:00 — 0 8,18 * * *', value: '0 8,18 * * *' },
  { name: 'Weekdays at 09:00 — 0 9 * * 1-5', value: '0 9 * * 1-5' },
  { name: 'Every Monday at 08:00 — 0 8 * * 1', value: '0 8 * * 1' },
  { name: 'Every hour — 0 * * * *', value: '0 * * * *' },
  { name: 'Every 6 hours — 0 */6 * * *', value: '0 */6 * * *' },
];

const timezones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];

export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  context: BotContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = focused.value.trim().toLowerCase();
  let choices: Choice[] = [];
  if (focused.name === 'subscription') {
    choices = await subscriptionChoices(interaction, context, typed);
  } else if (focused.name === 'schedule') {
    choices = scheduleSuggestions.filter((choice) => choice.name.toLowerCase().includes(typed));
    // A cron typed by hand stays selectable; the service validates it on submit.
    if (typed !== '' && !choices.some((choice) => choice.value === focused.value.trim())) {
      const value = shorten(focused.value.trim(), 100);
      choices.unshift({ name: value, value });
    }
  } else if (focused.name === 'timezone') {
    choices = timezones
      .filter((zone) => zone.toLowerCase().includes(typed))
      .map((zone) => ({ name: zone, value: zone }));
  }
  await sendChoices(interaction, choices);
}

/** Only the subscriptions of the guild the member is in: the tenant boundary holds here too. */
async function subscriptionChoices(
  interaction: AutocompleteInteraction,
  context: BotContext,
  typed: string,
): Promise<Choice[]> {
  if (!interaction.inGuild()) return [];
  const subscriptions = await listSubscriptions(
    { store: context.store },
    { platform: 'discord', workspaceId: interaction.guildId },
  );
  return subscriptions
    .map((subscription) => {
      const channel = context.channelName(subscription.channelId) ?? subscription.channelId;
      const label = `#${channel} · ${subscription.sources.join(', ')} · ${describeSchedule(subscription)}`;
      return { name: shorten(label, 100), value: subscription.id, search: label.toLowerCase() };
    })
    .filter(
      (choice) => typed === '' || choice.search.includes(typed) || choice.value.includes(typed),
    )
    .map(({ name, value }) => ({ name, value }));
}
