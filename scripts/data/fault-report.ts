import type { JourneyDef } from './types.js';

/** Helios Energie's fault-report service journey: from "the power is off" to compensation. */
export const faultReport: JourneyDef = {
  id: 'fault-report',
  name: ['Fault report & power outage', 'Störungsmeldung & Stromausfall'],
  description: [
    'What customers experience when the power goes off: reporting the fault, waiting for the crew, restoration and compensation. VoC from the follow-up survey and touchpoint surveys (sample data).',
    'Was Kunden erleben, wenn der Strom ausfällt: Störung melden, auf den Entstörtrupp warten, Wiederversorgung und Entschädigung. VoC aus Nachbefragung und Touchpoint-Befragungen (Beispieldaten).',
  ],
  stages: [
    { id: 'fr-notice', name: ['Noticing the fault', 'Störung bemerken'] },
    { id: 'fr-report', name: ['Reporting', 'Störung melden'] },
    { id: 'fr-diagnose', name: ['Diagnosis & dispatch', 'Diagnose & Disposition'] },
    { id: 'fr-repair', name: ['Repair on site', 'Reparatur vor Ort'] },
    { id: 'fr-restore', name: ['Restoration & follow-up', 'Wiederversorgung & Nachbereitung'] },
    { id: 'fr-compensate', name: ['Compensation & feedback', 'Entschädigung & Feedback'] },
  ],
  lanes: [
    { id: 'fr-l-customer', name: ['Customer', 'Kundin / Kunde'], kind: 'customer' },
    { id: 'fr-l-front', name: ['Front stage', 'Vorderbühne'], kind: 'frontstage' },
    { id: 'fr-l-back', name: ['Back office & dispatch', 'Hinterbühne & Disposition'], kind: 'backstage' },
    { id: 'fr-l-system', name: ['Systems', 'Systeme'], kind: 'system' },
    { id: 'fr-l-field', name: ['Field service', 'Außendienst'], kind: 'department' },
    { id: 'fr-l-grid', name: ['Grid operations', 'Netzbetrieb'], kind: 'department' },
  ],
  touchpoints: [
    {
      id: 'fr-power-off', stage: 'fr-notice', lane: 'fr-l-customer', channel: 'field', owner: ['Grid operations', 'Netzbetrieb'],
      name: ['The power goes off', 'Der Strom fällt aus'], emotion: -2, mtm: true, volume: 2300, response: 0.05,
      expectation: ['Know immediately whether it is just me or the whole street.', 'Sofort wissen, ob nur ich betroffen bin oder die ganze Straße.'],
    },
    {
      id: 'fr-outage-map', stage: 'fr-notice', lane: 'fr-l-customer', channel: 'web', owner: ['Digital services', 'Digitale Services'],
      name: ['Checks the outage map', 'Schaut auf die Störungskarte'], emotion: -1, volume: 1400, response: 0.04,
      pain: ['The map shows an outage only after the dispatcher confirms it, on average 34 minutes later.', 'Die Karte zeigt eine Störung erst, wenn die Disposition sie bestätigt – im Mittel 34 Minuten später.'],
      verbatims: [
        { text: ['Map said "no known faults" while the whole block was dark.', 'Karte sagte „keine bekannten Störungen“, während der ganze Block dunkel war.'], score: 2, monthsAgo: 0, channel: 'web' },
      ],
    },
    {
      id: 'fr-social', stage: 'fr-notice', lane: 'fr-l-customer', channel: 'social', owner: ['Corporate communications', 'Unternehmenskommunikation'],
      name: ['Asks neighbours & social media', 'Fragt Nachbarn & soziale Medien'], emotion: -1, volume: 600, response: 0,
    },
    {
      id: 'fr-scada-alarm', stage: 'fr-notice', lane: 'fr-l-system', channel: 'system', owner: ['Grid control centre', 'Netzleitstelle'],
      name: ['Grid control alarm (SCADA)', 'Alarm in der Netzleitstelle (SCADA)'], emotion: 0, volume: 900, response: 0, slaHours: 0.1, slaBreach: 0.03,
      description: ['Medium-voltage faults raise an alarm; low-voltage faults are only known from customer calls.', 'Mittelspannungsfehler lösen einen Alarm aus; Niederspannungsfehler sind nur aus Kundenanrufen bekannt.'],
    },
    {
      id: 'fr-hotline-ivr', stage: 'fr-report', lane: 'fr-l-front', channel: 'phone', owner: ['Customer service', 'Kundenservice'],
      name: ['Fault hotline: voice menu', 'Störungshotline: Sprachmenü'], emotion: -1, volume: 1500, response: 0.06, dropOff: 0.12,
      pain: ['Five menu levels before a human; 12 % hang up.', 'Fünf Menüebenen bis zum Menschen; 12 % legen auf.'],
    },
    {
      id: 'fr-hotline-agent', stage: 'fr-report', lane: 'fr-l-front', channel: 'phone', owner: ['Customer service', 'Kundenservice'],
      name: ['Hotline agent takes the report', 'Hotline nimmt die Meldung auf'], emotion: 0, mtm: true, volume: 1320, response: 0.1, slaHours: 0.05, slaBreach: 0.38,
      expectation: ['Someone who says what is going on and when it will be fixed.', 'Jemand, der sagt, was los ist und wann es behoben ist.'],
      target: { value: 20, warnBelow: 25 },
      audit: { value: 42, note: ['Mystery calls Q2 2026: script followed in 9 of 10 calls.', 'Testanrufe Q2 2026: Gesprächsleitfaden in 9 von 10 Anrufen eingehalten.'] },
      verbatims: [
        { text: ['Friendly, but "we do not know yet" is not an answer when my freezer is thawing.', 'Freundlich, aber „wissen wir noch nicht“ ist keine Antwort, wenn die Tiefkühltruhe auftaut.'], score: 4, monthsAgo: 0, channel: 'phone' },
        { text: ['Got through in 1 minute, clear info, crew was there in an hour.', 'In 1 Minute durchgekommen, klare Info, Trupp war nach einer Stunde da.'], score: 10, monthsAgo: 1, channel: 'phone' },
      ],
    },
    {
      id: 'fr-app-report', stage: 'fr-report', lane: 'fr-l-customer', channel: 'app', owner: ['Digital services', 'Digitale Services'],
      name: ['Reports the fault in the app', 'Meldet die Störung in der App'], emotion: 1, volume: 420, response: 0.12,
      verbatims: [
        { text: ['3 taps, location was pre-filled. Nice.', '3 Klicks, Standort war vorausgefüllt. Schön.'], score: 9, monthsAgo: 0, channel: 'app' },
      ],
    },
    {
      id: 'fr-web-form', stage: 'fr-report', lane: 'fr-l-customer', channel: 'web', owner: ['Digital services', 'Digitale Services'],
      name: ['Web fault form', 'Störungsformular im Web'], emotion: 0, volume: 260, response: 0.08,
    },
    {
      id: 'fr-ticket', stage: 'fr-report', lane: 'fr-l-system', channel: 'system', owner: ['IT – CRM', 'IT – CRM'],
      name: ['Fault ticket in the CRM', 'Störungsticket im CRM'], emotion: 0, volume: 2000, response: 0, slaHours: 0.1, slaBreach: 0.01,
    },
    {
      id: 'fr-ack-sms', stage: 'fr-report', lane: 'fr-l-system', channel: 'sms', owner: ['Digital services', 'Digitale Services'],
      name: ['Acknowledgement SMS with ticket number', 'Bestätigungs-SMS mit Ticketnummer'], emotion: 1, volume: 1700, response: 0.03,
    },
    {
      id: 'fr-triage', stage: 'fr-diagnose', lane: 'fr-l-back', channel: 'system', owner: ['Dispatch', 'Disposition'],
      name: ['Triage & fault localisation', 'Triage & Fehlerortung'], emotion: 0, volume: 2000, response: 0, slaHours: 0.5, slaBreach: 0.14,
    },
    {
      id: 'fr-dispatch', stage: 'fr-diagnose', lane: 'fr-l-back', channel: 'system', owner: ['Dispatch', 'Disposition'],
      name: ['Dispatch of the field crew', 'Disposition des Entstörtrupps'], emotion: 0, volume: 1850, response: 0, slaHours: 1, slaBreach: 0.19,
    },
    {
      id: 'fr-eta-sms', stage: 'fr-diagnose', lane: 'fr-l-front', channel: 'sms', owner: ['Dispatch', 'Disposition'],
      name: ['Estimated restoration time', 'Voraussichtliche Wiederversorgung'], emotion: -1, mtm: true, volume: 1850, response: 0.08,
      expectation: ['A reliable time, updated when it changes.', 'Eine verlässliche Uhrzeit, aktualisiert, wenn sie sich ändert.'],
      pain: ['The ETA is missing in 40 % of cases and is never updated; customers call again.', 'Die Prognose fehlt in 40 % der Fälle und wird nie aktualisiert; Kunden rufen erneut an.'],
      target: { value: 10, warnBelow: 15 },
      verbatims: [
        { text: ['"Restored by 14:00" – at 17:30 still nothing, and no new message.', '„Wiederversorgung bis 14:00“ – um 17:30 immer noch nichts und keine neue Nachricht.'], score: 1, monthsAgo: 0, channel: 'sms' },
        { text: ['Status updates every hour, that is how it should be.', 'Stündlich ein Status-Update, so muss das sein.'], score: 9, monthsAgo: 2, channel: 'sms' },
      ],
    },
    {
      id: 'fr-status-call', stage: 'fr-diagnose', lane: 'fr-l-customer', channel: 'phone', owner: ['Customer service', 'Kundenservice'],
      name: ['Calls again for the status', 'Ruft erneut wegen des Status an'], emotion: -2, volume: 780, response: 0.09,
      pain: ['Repeat calls make up 38 % of hotline volume during outages; average wait 12 minutes.', 'Wiederholungsanrufe machen bei Störungen 38 % des Hotline-Volumens aus; Wartezeit im Mittel 12 Minuten.'],
      verbatims: [
        { text: ['Third call, third person, nobody knows anything. Unacceptable!!', 'Dritter Anruf, dritte Person, keiner weiß etwas. Inakzeptabel!!'], score: 0, monthsAgo: 0, channel: 'phone' },
      ],
    },
    {
      id: 'fr-crew-arrives', stage: 'fr-repair', lane: 'fr-l-field', channel: 'field', owner: ['Field service', 'Außendienst'],
      name: ['The crew arrives', 'Der Entstörtrupp kommt'], emotion: 1, volume: 1700, response: 0.05, slaHours: 2, slaBreach: 0.21,
    },
    {
      id: 'fr-repair-work', stage: 'fr-repair', lane: 'fr-l-field', channel: 'field', owner: ['Field service', 'Außendienst'],
      name: ['Repair', 'Reparatur'], emotion: 0, volume: 1700, response: 0.04,
    },
    {
      id: 'fr-spare-parts', stage: 'fr-repair', lane: 'fr-l-field', channel: 'field', owner: ['Logistics', 'Logistik'],
      name: ['Spare parts from the depot', 'Ersatzteile aus dem Lager'], emotion: -1, volume: 240, response: 0, slaHours: 4, slaBreach: 0.35,
      pain: ['Cable joints are stocked in one central depot; crews wait up to 3 hours.', 'Kabelmuffen liegen in einem Zentrallager; Trupps warten bis zu 3 Stunden.'],
    },
    {
      id: 'fr-grid-switch', stage: 'fr-repair', lane: 'fr-l-grid', channel: 'system', owner: ['Grid control centre', 'Netzleitstelle'],
      name: ['Switching & temporary supply', 'Umschaltung & Notstromversorgung'], emotion: 0, volume: 520, response: 0,
    },
    {
      id: 'fr-restored', stage: 'fr-restore', lane: 'fr-l-customer', channel: 'field', owner: ['Grid operations', 'Netzbetrieb'],
      name: ['Power is back', 'Der Strom ist wieder da'], emotion: 2, mtm: true, volume: 2250, response: 0.06,
      target: { value: 40, warnBelow: 45 },
    },
    {
      id: 'fr-restore-sms', stage: 'fr-restore', lane: 'fr-l-system', channel: 'sms', owner: ['Digital services', 'Digitale Services'],
      name: ['Restoration SMS', 'SMS zur Wiederversorgung'], emotion: 1, volume: 1650, response: 0.03,
    },
    {
      id: 'fr-regulator-report', stage: 'fr-restore', lane: 'fr-l-back', channel: 'system', owner: ['Grid operations', 'Netzbetrieb'],
      name: ['Outage report to the regulator', 'Störungsmeldung an die Bundesnetzagentur'], emotion: 0, volume: 700, response: 0, slaHours: 720, slaBreach: 0,
    },
    {
      id: 'fr-root-cause', stage: 'fr-restore', lane: 'fr-l-grid', channel: 'system', owner: ['Asset management', 'Asset-Management'],
      name: ['Root cause analysis', 'Ursachenanalyse'], emotion: 0, volume: 700, response: 0,
    },
    {
      id: 'fr-damage-claim', stage: 'fr-compensate', lane: 'fr-l-customer', channel: 'web', owner: ['Claims', 'Schadenmanagement'],
      name: ['Claims damaged appliances', 'Meldet beschädigte Geräte'], emotion: -1, volume: 95, response: 0.2,
      pain: ['The form asks for invoices of old appliances that nobody keeps.', 'Das Formular verlangt Rechnungen für alte Geräte, die niemand aufhebt.'],
      verbatims: [
        { text: ['Receipt for a 9-year-old fridge? Seriously?', 'Kassenbon für einen 9 Jahre alten Kühlschrank? Im Ernst?'], score: 2, monthsAgo: 1, channel: 'web' },
      ],
    },
    {
      id: 'fr-claim-review', stage: 'fr-compensate', lane: 'fr-l-back', channel: 'letter', owner: ['Claims', 'Schadenmanagement'],
      name: ['Claim review', 'Schadenprüfung'], emotion: -1, volume: 95, response: 0.15, slaHours: 336, slaBreach: 0.41,
    },
    {
      id: 'fr-compensation', stage: 'fr-compensate', lane: 'fr-l-front', channel: 'letter', owner: ['Claims', 'Schadenmanagement'],
      name: ['Compensation letter', 'Entschädigungsschreiben'], emotion: 0, volume: 80, response: 0.2,
    },
    {
      id: 'fr-followup-survey', stage: 'fr-compensate', lane: 'fr-l-front', channel: 'email', owner: ['Customer experience', 'Customer Experience'],
      name: ['Follow-up survey', 'Nachbefragung'], emotion: 0, volume: 1600, response: 0.16,
    },
  ],
  steps: [
    { from: 'fr-power-off', to: 'fr-outage-map', share: 0.6, median: 0.1, p90: 0.4 },
    { from: 'fr-power-off', to: 'fr-hotline-ivr', share: 0.65, median: 0.2, p90: 1.1 },
    { from: 'fr-power-off', to: 'fr-app-report', share: 0.18, median: 0.15, p90: 0.8 },
    { from: 'fr-power-off', to: 'fr-web-form', share: 0.11, median: 0.3, p90: 1.5 },
    { from: 'fr-outage-map', to: 'fr-hotline-ivr', share: 0.4, median: 0.1, p90: 0.6 },
    { from: 'fr-hotline-ivr', to: 'fr-hotline-agent', share: 0.88, median: 0.07, p90: 0.25 },
    { from: 'fr-hotline-agent', to: 'fr-ticket', share: 1, median: 0.03, p90: 0.1 },
    { from: 'fr-app-report', to: 'fr-ticket', share: 1, median: 0.001, p90: 0.01 },
    { from: 'fr-web-form', to: 'fr-ticket', share: 1, median: 0.2, p90: 2.5, waiting: 0.2 },
    { from: 'fr-scada-alarm', to: 'fr-triage', share: 1, median: 0.05, p90: 0.2 },
    { from: 'fr-ticket', to: 'fr-ack-sms', share: 0.85, median: 0.01, p90: 0.05 },
    { from: 'fr-ticket', to: 'fr-triage', share: 1, median: 0.25, p90: 1.2, waiting: 0.2 },
    { from: 'fr-triage', to: 'fr-dispatch', share: 0.92, median: 0.3, p90: 1.4 },
    { from: 'fr-dispatch', to: 'fr-eta-sms', share: 0.6, median: 0.4, p90: 2 },
    { from: 'fr-eta-sms', to: 'fr-status-call', share: 0.42, median: 1.6, p90: 4.5 },
    { from: 'fr-dispatch', to: 'fr-crew-arrives', share: 0.92, median: 1.1, p90: 2.6, waiting: 0.9 },
    { from: 'fr-crew-arrives', to: 'fr-repair-work', share: 1, median: 0.3, p90: 0.9 },
    { from: 'fr-repair-work', to: 'fr-spare-parts', share: 0.14, median: 0.5, p90: 1.5 },
    { from: 'fr-spare-parts', to: 'fr-repair-work', share: 1, median: 1.8, p90: 3.2, waiting: 1.6 },
    { from: 'fr-repair-work', to: 'fr-grid-switch', share: 0.3, median: 0.4, p90: 1.2 },
    { from: 'fr-repair-work', to: 'fr-restored', share: 0.7, median: 1.5, p90: 5 },
    { from: 'fr-grid-switch', to: 'fr-restored', share: 1, median: 0.2, p90: 0.7 },
    { from: 'fr-restored', to: 'fr-restore-sms', share: 0.73, median: 0.5, p90: 3 },
    { from: 'fr-restored', to: 'fr-regulator-report', share: 0.31, median: 170, p90: 500, waiting: 150 },
    { from: 'fr-regulator-report', to: 'fr-root-cause', share: 1, median: 120, p90: 400, waiting: 90 },
    { from: 'fr-restored', to: 'fr-followup-survey', share: 0.71, median: 24, p90: 50 },
    { from: 'fr-restored', to: 'fr-damage-claim', share: 0.04, median: 60, p90: 300 },
    { from: 'fr-damage-claim', to: 'fr-claim-review', share: 1, median: 48, p90: 200, waiting: 40 },
    { from: 'fr-claim-review', to: 'fr-compensation', share: 0.84, median: 310, p90: 720, waiting: 200 },
  ],
  dailyResponses: 14,
  baseNps: 8,
  annotations: [
    {
      date: '2025-01-20', label: ['Storm "Xaver II"', 'Sturm „Xaver II“'], effect: -22, fade: 1.2,
      description: ['Storm with 38,000 households without power for up to 19 hours.', 'Sturm, 38.000 Haushalte bis zu 19 Stunden ohne Strom.'],
      touchpoints: ['fr-power-off', 'fr-hotline-ivr', 'fr-hotline-agent', 'fr-eta-sms', 'fr-status-call'],
    },
    {
      date: '2025-09-01', label: ['SMS status updates', 'SMS-Statusmeldungen'], effect: 9,
      description: ['Acknowledgement and restoration SMS for every reported fault.', 'Bestätigungs- und Wiederversorgungs-SMS für jede gemeldete Störung.'],
      touchpoints: ['fr-ack-sms', 'fr-restore-sms', 'fr-eta-sms', 'fr-hotline-agent'],
    },
    {
      date: '2026-07-08', label: ['Heatwave outages', 'Ausfälle in der Hitzewelle'], effect: -12, fade: 0.8,
      description: ['Cable faults in three districts during the heatwave.', 'Kabelfehler in drei Stadtteilen während der Hitzewelle.'],
      touchpoints: ['fr-power-off', 'fr-eta-sms', 'fr-status-call', 'fr-spare-parts'],
    },
  ],
  target: 15,
  benchmark: { value: 5, label: ['Industry benchmark (grid service, DE)', 'Branchenbenchmark (Netzservice, DE)'] },
};
