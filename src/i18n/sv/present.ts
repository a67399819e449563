/** Swedish: present mode (stages, play, predict-then-reveal) and the default story's captions. */
export const present = {
  label: 'Presentation',
  stageOf: (n: number, total: number) => `Steg ${n} av ${total}`,
  prev: 'Föregående steg',
  next: 'Nästa steg',
  play: 'Spela upp åren',
  pause: 'Pausa',
  reveal: 'Visa resultatet',
  guess: 'Gissa först! Vad tror ni? Tryck → eller Enter för att visa.',
  keys: '→ / PageDown nästa, ← / PageUp föregående, mellanslag spelar upp åren, Enter visar resultatet.',
  year: (y: number) => `År ${y}`,
  noPlan: (pct: string) => `Utan plan: ${pct}`,
  noPlanUnknown: 'Chansen utan plan visas när modellen räknar ut den.',
  storyFallback: 'Berättelsen gick inte att läsa; standardberättelsen visas.',
  captions: [
    'I dag lämnar ett 20-tal av Hedemoras cirka 150 barn per årskull grundskolan utan behörighet till gymnasiet.',
    'Visionen: halvera det inom tio år. Så ser en årskull ut i dag, ett barn per tecken.',
    'Hedemoras plan: 4,5 miljoner kronor på tre år i tre områden. Vad bidrar varje område med?',
    'Vad krävs? Chansen och barnen i riskzonen vid varje nivå av årlig satsning, jämnt fördelad på fyra områden i tio år.',
    'Chansen att nå visionen med Hedemoras plan, och utan plan.',
    'När lönar det sig? Kostnader och undvikna kostnader över tid.',
  ],
};
