/** English messages of the simulator. */
export const simulatorEn = {
} as const;
