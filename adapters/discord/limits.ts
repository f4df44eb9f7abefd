/** Discord's message and embed limits (characters are UTF-16 code units, as Discord counts). */
export const discordLimits = {
  content: 2000,
  embedsPerMessage: 10,
  /** Sum of every embed's title, description, field names and values, footer and author. */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
} as const;
