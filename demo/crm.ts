/** The demo CRM's own data: what a host already knows about its customers. */
export interface CustomerRecord {
  name: string;
  account: string;
  tier: string;
  since: string;
  openCases: number;
  lastOrder: string;
}

const records: CustomerRecord[] = [
  { name: 'Ada Lovelace', account: 'AC-100201', tier: 'Gold', since: '2019', openCases: 1, lastOrder: '#48007 · analytical engine parts' },
  { name: 'Grace Hopper', account: 'AC-100202', tier: 'Platinum', since: '2016', openCases: 0, lastOrder: '#48014 · compiler licence' },
  { name: 'Alan Turing', account: 'AC-100203', tier: 'Standard', since: '2021', openCases: 2, lastOrder: '#48021 · bombe maintenance' },
  { name: 'Katherine Johnson', account: 'AC-100204', tier: 'Gold', since: '2018', openCases: 0, lastOrder: '#48028 · trajectory tables' },
  { name: 'Hedy Lamarr', account: 'AC-100205', tier: 'Standard', since: '2022', openCases: 1, lastOrder: '#48035 · frequency hopper' },
  { name: 'Margaret Hamilton', account: 'AC-100206', tier: 'Platinum', since: '2015', openCases: 0, lastOrder: '#48042 · flight software' },
  { name: 'Tim Berners-Lee', account: 'AC-100207', tier: 'Gold', since: '2020', openCases: 3, lastOrder: '#48049 · hypertext server' },
];

/** The screen pop's lookup: by name, as the number may be masked (only its last four digits known). */
export function lookUp(name: string | undefined): CustomerRecord | undefined {
  return records.find((r) => r.name === name);
}
