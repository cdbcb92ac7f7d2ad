/** English messages of the rules. */
export const rulesEn = {
} as const;
