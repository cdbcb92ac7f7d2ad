import { rulesEn } from './rules.en.js';
import { storeEn } from './store.en.js';
import { simulatorEn } from './simulator.en.js';
import { sipEn } from './sip.en.js';
import { uiEn } from './ui.en.js';

/** The English catalog: the source every other locale translates. */
export const en = { ...rulesEn, ...storeEn, ...simulatorEn, ...sipEn, ...uiEn } as const;
export type MessageKey = keyof typeof en;
