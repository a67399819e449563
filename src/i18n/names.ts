/**
 * Whether a plan's display name already names the municipality ("Hedemoras plan: …" in Hedemora, "Torshällas
 * Team Samagera" in "Eskilstuna (med Torshälla)"): then a headline says the plan alone, not "… i Hedemora" again.
 * A word of the municipality's name (four letters or more) found in the plan's name counts.
 */
export function namesPlace(plan: string, municipality: string): boolean {
  const p = String(plan).toLocaleLowerCase();
  return (String(municipality).match(/\p{L}{4,}/gu) ?? []).some((w) => p.includes(w.toLocaleLowerCase()));
}
