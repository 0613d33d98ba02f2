import type { Touchpoint, Transition } from '../../src/data/schemas/index.js';
import { activityStats, type Case, directlyFollows, dominant, HOUR_MS, quantileSorted } from '../../src/analytics/index.js';
import type { JourneyDef, LaneDef, T2, TouchpointDef } from './types.js';

/** German names of the log's activities (the log itself is in English). */
const DE: Record<string, string> = {
  'Confirmation of receipt': 'Eingangsbestätigung (Antrag registriert)',
  'T02 Check confirmation of receipt': 'T02 Eingangsbestätigung prüfen',
  'T03 Adjust confirmation of receipt': 'T03 Eingangsbestätigung anpassen',
  'T04 Determine confirmation of receipt': 'T04 Eingangsbestätigung festlegen',
  'T05 Print and send confirmation of receipt': 'T05 Eingangsbestätigung drucken und versenden',
  'T06 Determine necessity of stop advice': 'T06 Notwendigkeit einer Stopp-Empfehlung bestimmen',
  'T07-1 Draft intern advice aspect 1': 'T07-1 Interne Stellungnahme Aspekt 1 entwerfen',
  'T07-2 Draft intern advice aspect 2': 'T07-2 Interne Stellungnahme Aspekt 2 entwerfen',
  'T07-3 Draft intern advice hold for aspect 3': 'T07-3 Interne Stellungnahme zum Zurückstellen, Aspekt 3',
  'T07-4 Draft internal advice to hold for type 4': 'T07-4 Interne Stellungnahme zum Zurückstellen, Typ 4',
  'T07-5 Draft intern advice aspect 5': 'T07-5 Interne Stellungnahme Aspekt 5 entwerfen',
  'T08 Draft and send request for advice': 'T08 Anfrage zur Stellungnahme entwerfen und senden',
  'T09-1 Process or receive external advice from party 1': 'T09-1 Externe Stellungnahme von Stelle 1 bearbeiten',
  'T09-2 Process or receive external advice from party 2': 'T09-2 Externe Stellungnahme von Stelle 2 bearbeiten',
  'T09-3 Process or receive external advice from party 3': 'T09-3 Externe Stellungnahme von Stelle 3 bearbeiten',
  'T09-4 Process or receive external advice from party 4': 'T09-4 Externe Stellungnahme von Stelle 4 bearbeiten',
  'T10 Determine necessity to stop indication': 'T10 Notwendigkeit eines Stopp-Hinweises bestimmen',
  'T11 Create document X request unlicensed': 'T11 Dokument X (nicht genehmigungspflichtig) erstellen',
  'T12 Check document X request unlicensed': 'T12 Dokument X (nicht genehmigungspflichtig) prüfen',
  'T13 Adjust document X request unlicensed': 'T13 Dokument X (nicht genehmigungspflichtig) anpassen',
  'T14 Determine document X request unlicensed': 'T14 Dokument X (nicht genehmigungspflichtig) festlegen',
  'T15 Print document X request unlicensed': 'T15 Dokument X (nicht genehmigungspflichtig) drucken',
  'T16 Report reasons to hold request': 'T16 Gründe für das Zurückstellen melden',
  'T17 Check report Y to stop indication': 'T17 Bericht Y zum Stopp-Hinweis prüfen',
  'T18 Adjust report Y to stop indicition': 'T18 Bericht Y zum Stopp-Hinweis anpassen',
  'T19 Determine report Y to stop indication': 'T19 Bericht Y zum Stopp-Hinweis festlegen',
  'T20 Print report Y to stop indication': 'T20 Bericht Y zum Stopp-Hinweis drucken',
};

export const slug = (activity: string) => `rc-${activity.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

function stageOf(activity: string): string {
  const n = /^T(\d+)/.exec(activity)?.[1];
  if (!n) return 'rc-intake';
  const k = Number(n);
  if (k <= 5) return 'rc-confirm';
  if (k <= 9) return 'rc-advice';
  if (k === 10 || k >= 16) return 'rc-stop';
  return 'rc-document';
}

/** Activities the applicant sees: the registration and the letters sent out. */
const CUSTOMER_FACING: Record<string, { response: number; emotion: number; mtm?: boolean }> = {
  'Confirmation of receipt': { response: 0.22, emotion: 0, mtm: true },
  'T05 Print and send confirmation of receipt': { response: 0.2, emotion: -1, mtm: true },
  'T15 Print document X request unlicensed': { response: 0.45, emotion: 1 },
  'T20 Print report Y to stop indication': { response: 0.45, emotion: -2 },
};

/** The log's `case:channel` values in the kit's channel vocabulary. */
export const CHANNELS: Record<string, string> = { Internet: 'web', Desk: 'branch', Post: 'letter', 'e-mail': 'email', Intern: 'system' };

const fmtInt = (n: number, lang: 'en' | 'de') => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE').format(n);
const fmtH = (h: number, lang: 'en' | 'de') => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 }).format(h);

export interface ReceiptJourney {
  def: JourneyDef;
  process: Map<string, NonNullable<Touchpoint['process']>>;
  transitions: Transition[];
  period: { start: string; end: string };
}

/** Builds the permit-receipt journey from the real log: touchpoints, lanes, volumes, times and hand-overs are mined. */
export function receiptJourney(cases: readonly Case[]): ReceiptJourney {
  const stats = activityStats(cases);
  const pairs = directlyFollows(cases);
  const groupOf = dominant(cases, (e) => e.group);
  const channelOf = dominant(cases, (e) => e.channel);
  const first = cases.map((c) => c.events[0]).sort((a, b) => a.ms - b.ms)[0];
  const last = cases.flatMap((c) => c.events.slice(-1)).sort((a, b) => b.ms - a.ms)[0];
  const spanMonths = (last.ms - first.ms) / (30.44 * 24 * HOUR_MS);
  const laneOf = (activity: string) => {
    const g = groupOf.get(activity);
    if (activity === 'Confirmation of receipt' || !g || g === 'EMPTY') return 'rc-l-applicant';
    if (['Group 12', 'Group 13', 'Group 14', 'Group 15', 'Group 7'].includes(g)) return 'rc-l-advice';
    return `rc-l-${g.toLowerCase().replace(/\s+/g, '-')}`;
  };
  const groups = [...new Set(stats.map((s) => laneOf(s.activity)))];
  const lanes: LaneDef[] = [
    { id: 'rc-l-applicant', name: ['Applicant (channel of the case)', 'Antragsteller (Kanal des Falls)'], kind: 'customer' },
    ...['rc-l-group-1', 'rc-l-group-4', 'rc-l-group-3', 'rc-l-group-2']
      .filter((id) => groups.includes(id))
      .map((id): LaneDef => {
        const n = id.slice(-1);
        return { id, name: [`Group ${n}`, `Gruppe ${n}`], kind: 'department' };
      }),
    ...(groups.includes('rc-l-advice') ? [{ id: 'rc-l-advice', name: ['Advisory groups 7, 12–15', 'Beratende Gruppen 7, 12–15'] as T2, kind: 'backstage' as const }] : []),
  ];
  // Time from each activity to the next event of the case, for the SLA share.
  const nextHours = new Map<string, number[]>();
  for (const c of cases)
    c.events.forEach((e, i) => {
      const next = c.events[i + 1];
      if (!next) return;
      let list = nextHours.get(e.activity);
      if (!list) nextHours.set(e.activity, (list = []));
      list.push((next.ms - e.ms) / HOUR_MS);
    });
  const terminal = new Set(['T05 Print and send confirmation of receipt', 'T10 Determine necessity to stop indication', 'T15 Print document X request unlicensed', 'T20 Print report Y to stop indication']);
  const SLA = 72;
  const process = new Map<string, NonNullable<Touchpoint['process']>>();
  const touchpoints: TouchpointDef[] = stats.map((s) => {
    const face = CUSTOMER_FACING[s.activity];
    const next = (nextHours.get(s.activity) ?? []).sort((a, b) => a - b);
    const p: NonNullable<Touchpoint['process']> = { volume: s.events };
    if (!terminal.has(s.activity)) p.dropOff = Math.round((s.ends / s.cases) * 1000) / 1000;
    if (next.length >= 20) {
      p.slaHours = SLA;
      p.slaBreachShare = Math.round((next.filter((h) => h > SLA).length / next.length) * 1000) / 1000;
    }
    process.set(slug(s.activity), p);
    const group = groupOf.get(s.activity) ?? 'EMPTY';
    const median = quantileSorted(next, 0.5);
    const desc = (lang: 'en' | 'de') =>
      lang === 'en'
        ? `${fmtInt(s.events, lang)} events in ${fmtInt(s.cases, lang)} cases; performed mostly by ${group === 'EMPTY' ? 'no recorded group' : group}${next.length ? `; median ${fmtH(median, lang)} h to the next step` : ''} (real log).`
        : `${fmtInt(s.events, lang)} Ereignisse in ${fmtInt(s.cases, lang)} Fällen; meist ausgeführt von ${group === 'EMPTY' ? 'keiner erfassten Gruppe' : group.replace('Group', 'Gruppe')}${next.length ? `; Median ${fmtH(median, lang)} h bis zum nächsten Schritt` : ''} (reales Log).`;
    return {
      id: slug(s.activity),
      stage: stageOf(s.activity),
      lane: laneOf(s.activity),
      name: [s.activity, DE[s.activity] ?? s.activity],
      description: [desc('en'), desc('de')],
      channel: s.activity === 'Confirmation of receipt' ? (CHANNELS[channelOf.get(s.activity) ?? ''] ?? 'web') : face ? 'letter' : 'system',
      owner: group === 'EMPTY' ? ['Intake (no group recorded)', 'Eingang (keine Gruppe erfasst)'] : [group, group.replace('Group', 'Gruppe')],
      emotion: face?.emotion ?? 0,
      mtm: face?.mtm,
      volume: s.events / spanMonths,
      response: face?.response ?? 0,
      ...(s.activity === 'T05 Print and send confirmation of receipt'
        ? {
            pain: [
              'The applicant waits for a printed letter; the time from registration to the letter has a long tail (see P90 of the transitions).',
              'Der Antragsteller wartet auf einen gedruckten Brief; die Zeit von der Registrierung bis zum Brief hat einen langen Ausläufer (siehe P90 der Übergänge).',
            ] as T2,
            target: { value: 20, warnBelow: 25 },
          }
        : {}),
    };
  });
  const domGroup = (a: string) => groupOf.get(a) ?? 'EMPTY';
  const transitions: Transition[] = pairs
    // Steps seen at least 10 times; repeats of one activity (T06 → T06) are no transition between touchpoints.
    .filter((p) => p.count >= 10 && p.from !== p.to)
    .map((p) => {
      const handover = domGroup(p.from) !== domGroup(p.to);
      const t: Transition = {
        from: slug(p.from),
        to: slug(p.to),
        volume: p.count,
        medianHours: Math.round(p.medianHours * 1000) / 1000,
        p90Hours: Math.round(p.p90Hours * 1000) / 1000,
        handover,
      };
      if (handover) t.waitingHours = Math.round(p.medianHours * 1000) / 1000;
      return t;
    });
  const def: JourneyDef = {
    id: 'receipt',
    name: ['Permit application: receipt phase', 'Bauantrag: Eingangsphase'],
    description: [
      `Receipt phase of building-permit applications in a Dutch municipality, mined from the real BPIC 2012 "receipt" event log (${fmtInt(cases.length, 'en')} cases, ${fmtInt(stats.reduce((a, s) => a + s.events, 0), 'en')} events, ${first.time.slice(0, 10)} – ${last.time.slice(0, 10)}): touchpoints, volumes, times between touchpoints (directly-follows steps seen at least 10 times) and hand-overs between groups are real. VoC figures (NPS, CSAT, CES, emotions, segments) are SYNTHESIZED sample data.`,
      `Eingangsphase von Bauanträgen einer niederländischen Gemeinde, ermittelt aus dem realen BPIC-2012-Ereignislog „receipt“ (${fmtInt(cases.length, 'de')} Fälle, ${fmtInt(stats.reduce((a, s) => a + s.events, 0), 'de')} Ereignisse, ${first.time.slice(0, 10)} – ${last.time.slice(0, 10)}): Touchpoints, Volumen, Zeiten zwischen Touchpoints (direkte Folgen, mindestens 10-mal beobachtet) und Übergaben zwischen Gruppen sind echt. VoC-Werte (NPS, CSAT, CES, Emotionen, Segmente) sind SYNTHETISCHE Beispieldaten.`,
    ],
    stages: [
      { id: 'rc-intake', name: ['Application received', 'Antrag eingegangen'] },
      { id: 'rc-confirm', name: ['Check & confirm receipt', 'Eingang prüfen & bestätigen'] },
      { id: 'rc-advice', name: ['Stop advice & internal advice', 'Stopp-Empfehlung & Stellungnahmen'] },
      { id: 'rc-stop', name: ['Stop indication', 'Stopp-Hinweis'] },
      { id: 'rc-document', name: ['Document X (unlicensed)', 'Dokument X (genehmigungsfrei)'] },
    ],
    lanes,
    touchpoints,
    steps: [],
    dailyResponses: 3,
    baseNps: -4,
    annotations: [],
    target: 10,
    benchmark: { value: 0, label: ['Municipal services (synthetic)', 'Kommunale Dienste (synthetisch)'] },
  };
  return { def, process, transitions, period: { start: first.time.slice(0, 10), end: last.time.slice(0, 10) } };
}
