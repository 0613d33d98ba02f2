import type { T2 } from './types.js';

export interface SegmentDef {
  id: string;
  name: T2;
  kind: 'segment' | 'persona';
  description: T2;
  /** Share of the answers (segments) or of the private answers (personas). */
  share: number;
  /** NPS offset by channel (default for all others under '*'). */
  offset: Record<string, number>;
  /** Extra offset on single touchpoints. */
  touchpoint?: Record<string, number>;
}

export const BASE_SEGMENTS: SegmentDef[] = [
  {
    id: 'private', name: ['Private customers', 'Privatkunden'], kind: 'segment', share: 0.86, offset: { '*': 1 },
    description: ['Households with a standard-load-profile contract.', 'Haushalte mit Standardlastprofil-Vertrag.'],
  },
  {
    id: 'business', name: ['Business customers', 'Geschäftskunden'], kind: 'segment', share: 0.14, offset: { '*': -6, phone: 2 },
    description: ['Small and medium businesses up to 100,000 kWh a year.', 'Kleine und mittlere Unternehmen bis 100.000 kWh im Jahr.'],
  },
];

export const PERSONAS: Record<string, SegmentDef[]> = {
  'move-in': [
    {
      id: 'p-first-flat', name: ['Lena, 24 – first own flat', 'Lena, 24 – erste eigene Wohnung'], kind: 'persona', share: 0.26,
      offset: { '*': -2, app: 8, web: 6, letter: -8, phone: -6 }, touchpoint: { 'mi-first-bill': -8 },
      description: ['Student, mobile-only, has never had an energy contract; wants everything in the app.', 'Studentin, nur mobil, hatte noch nie einen Energievertrag; will alles in der App erledigen.'],
    },
    {
      id: 'p-family', name: ['The Beckers – family moving house', 'Familie Becker – zieht ins Eigenheim'], kind: 'persona', share: 0.21,
      offset: { '*': 2, phone: 4 }, touchpoint: { 'mi-contract-confirm': -10, 'mi-smart-meter': -6 },
      description: ['Two adults, two children, moving into a house; needs certainty on the start date.', 'Zwei Erwachsene, zwei Kinder, ziehen ins eigene Haus; brauchen Sicherheit beim Lieferbeginn.'],
    },
  ],
  'fault-report': [
    {
      id: 'p-home-office', name: ['Ahmet, 41 – works from home', 'Ahmet, 41 – arbeitet im Homeoffice'], kind: 'persona', share: 0.24,
      offset: { '*': -4, app: 6, sms: 4 }, touchpoint: { 'fr-eta-sms': -10 },
      description: ['Loses working time with every outage; wants a reliable restoration time.', 'Verliert mit jedem Ausfall Arbeitszeit; will eine verlässliche Wiederversorgungszeit.'],
    },
    {
      id: 'p-senior', name: ['Gisela, 78 – lives alone', 'Gisela, 78 – lebt allein'], kind: 'persona', share: 0.12,
      offset: { '*': 0, phone: 6, app: -15, web: -12 }, touchpoint: { 'fr-hotline-ivr': -14 },
      description: ['Uses a home-care alarm that needs power; calls the hotline, no smartphone.', 'Nutzt einen Hausnotruf, der Strom braucht; ruft die Hotline an, kein Smartphone.'],
    },
  ],
  receipt: [
    {
      id: 'p-desk-visitor', name: ['Desk applicant', 'Antragsteller am Schalter'], kind: 'persona', share: 0.08,
      offset: { '*': 4 },
      description: ['Hands in the application at the municipal desk (channel "Desk" in the log).', 'Gibt den Antrag am Schalter ab (Kanal „Desk“ im Log).'],
    },
  ],
};

export function offsetFor(seg: SegmentDef, channel: string, touchpointId: string): number {
  return (seg.offset[channel] ?? seg.offset['*'] ?? 0) + (seg.touchpoint?.[touchpointId] ?? 0);
}
