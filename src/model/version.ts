/**
 * The model's version. Raise it by one whenever a change to the model changes the numbers a link shows
 * (the pinned reference numbers change): links carry it (`mv`), and a link made with an older model version
 * opens with a note that the model has changed since. Independent of the link format's version (`v`).
 */
export const MODEL_VERSION = 3;
