/** English messages of the ui. */
export const uiEn = {
} as const;
