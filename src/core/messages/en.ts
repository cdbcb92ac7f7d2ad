import { rulesEn } from './rules.en.js';
import { storeEn } from './store.en.js';
import { simulatorEn } from './simulator.en.js';
import { uiEn } from './ui.en.js';

/** The English catalog: the source every other locale translates. */
export const en = { ...rulesEn, ...storeEn, ...simulatorEn, ...uiEn } as const;
export type MessageKey = keyof typeof en;
