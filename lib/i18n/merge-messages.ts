type Messages = { [key: string]: string | Messages };

/** Deep-merges a partial catalogue over the complete English one. */
export function mergeMessages(base: Messages, override: Messages): Messages {
  const result: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] =
      typeof value === "object" && typeof current === "object"
        ? mergeMessages(current, value)
        : value;
  }
  return result;
}

/** The dotted keys `base` has and `override` lacks: what a merge fills in from `base`. */
export function missingKeys(base: Messages, override: Messages | undefined, prefix = ""): string[] {
  return Object.entries(base).flatMap(([key, value]) => {
    const other = override?.[key];
    if (typeof value === "string") return typeof other === "string" ? [] : [`${prefix}${key}`];
    return missingKeys(value, typeof other === "object" ? other : undefined, `${prefix}${key}.`);
  });
}

/** Every message as [dotted key, text], in the catalogue's order. */
export function messageEntries(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : messageEntries(value, `${prefix}${key}.`),
  );
}
