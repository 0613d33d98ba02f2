import { type Lang, type T2, tr } from './types.js';

type Kind = 'pain-point' | 'idea' | 'requirement' | 'case';
type Status = 'new' | 'planned' | 'in-progress' | 'done' | 'rejected';

export const CATEGORIES = {
  billing: ['Billing', 'Abrechnung'],
  communication: ['Communication', 'Kommunikation'],
  selfservice: ['Self-service', 'Self-Service'],
  field: ['Field service', 'Außendienst'],
  it: ['IT systems', 'IT-Systeme'],
  process: ['Process', 'Prozess'],
} as const satisfies Record<string, T2>;

/**
 * Teams that own insights or change their status, in both languages (the
 * German names follow the journeys' departments and lanes). People keep their
 * names; an owner that is not listed here is a person.
 */
export const TEAMS: Record<string, T2> = {
  'CX team': ['CX team', 'CX-Team'],
  Claims: ['Claims', 'Schadenmanagement'],
  'Digital sales': ['Digital sales', 'Digitaler Vertrieb'],
  'Digital services': ['Digital services', 'Digitale Services'],
  'Field service': ['Field service', 'Außendienst'],
  'Group 1': ['Group 1', 'Gruppe 1'],
  'Group 2': ['Group 2', 'Gruppe 2'],
  'Group 3': ['Group 3', 'Gruppe 3'],
  'Group 4': ['Group 4', 'Gruppe 4'],
  'IT Billing': ['IT Billing', 'IT Abrechnung'],
  'IT Digital': ['IT Digital', 'IT Digitalkanäle'],
  'IT Grid': ['IT Grid', 'IT Netz'],
  Logistics: ['Logistics', 'Logistik'],
  Marketing: ['Marketing', 'Marketing'],
  'Metering service': ['Metering service', 'Messstellenbetrieb'],
  'Process office': ['Process office', 'Prozessbüro'],
};

/** An owner (or the `by` of a status change) in `lang`: a team's name translated, a person's as it is. */
export const ownerIn = (owner: string, lang: Lang): string => (Object.hasOwn(TEAMS, owner) ? tr(TEAMS[owner]!, lang) : owner);

export interface InsightDef {
  id: string;
  title: T2;
  description: T2;
  kind: Kind;
  category: keyof typeof CATEGORIES;
  difficulty: number;
  impact: number;
  reach: number;
  status: Status;
  owner: string;
  journey: string;
  touchpoints: string[];
}

const i = (
  id: string, journey: string, touchpoints: string[], kind: Kind, category: keyof typeof CATEGORIES, status: Status,
  difficulty: number, impact: number, reach: number, owner: string, title: T2, description: T2,
): InsightDef => ({ id, journey, touchpoints, kind, category, status, difficulty, impact, reach, owner, title, description });

export const INSIGHTS: InsightDef[] = [
  // move-in
  i('ins-001', 'move-in', ['mi-contract-confirm', 'mi-status-call'], 'pain-point', 'communication', 'in-progress', 2, 4.5, 13200, 'Jana Weber',
    ['No status between order and start date', 'Kein Status zwischen Bestellung und Lieferbeginn'],
    ['Customers hear nothing for up to three weeks while the grid operator answers; a quarter call the hotline.', 'Kunden hören bis zu drei Wochen nichts, während der Netzbetreiber antwortet; ein Viertel ruft an.']),
  i('ins-002', 'move-in', ['mi-contract-confirm'], 'idea', 'communication', 'planned', 1.5, 4, 13200, 'Jana Weber',
    ['Status tracker "Your move-in" in app and e-mail', 'Status-Tracker „Ihr Einzug“ in App und E-Mail'],
    ['Parcel-style tracker with the three steps: order received, grid operator confirmed, power on.', 'Tracker wie beim Paket mit drei Schritten: Bestellung erhalten, Netzbetreiber bestätigt, Strom fließt.']),
  i('ins-003', 'move-in', ['mi-first-bill', 'mi-bill-hotline'], 'pain-point', 'billing', 'in-progress', 3.5, 5, 12300, 'Thomas Brandt',
    ['First bill not understood', 'Erste Rechnung wird nicht verstanden'],
    ['Partial-month proration and estimated readings on three pages; 37 % of new customers call about their first bill.', 'Anteilige Abrechnung und Schätzwerte auf drei Seiten; 37 % der Neukunden rufen wegen der ersten Rechnung an.']),
  i('ins-004', 'move-in', ['mi-first-bill'], 'idea', 'billing', 'planned', 2.5, 4.5, 12300, 'Thomas Brandt',
    ['One-page first bill with "what you pay per month"', 'Einseitige erste Rechnung mit „Das zahlen Sie monatlich“'],
    ['A simplified layout for the first bill, with the proration explained in one sentence.', 'Ein vereinfachtes Layout für die erste Rechnung, die Anteilsberechnung in einem Satz erklärt.']),
  i('ins-005', 'move-in', ['mi-bill-run', 'mi-first-bill'], 'requirement', 'it', 'done', 4, 4, 12300, 'IT Billing',
    ['Billing system: bills within 10 days of the reading', 'Abrechnungssystem: Rechnung binnen 10 Tagen nach Ablesung'],
    ['Backlog after the billing go-live delayed first bills by up to 14 days.', 'Rückstau nach dem Go-live der Abrechnung verzögerte erste Rechnungen um bis zu 14 Tage.']),
  i('ins-006', 'move-in', ['mi-meter-submit'], 'pain-point', 'selfservice', 'done', 3, 3.5, 9900, 'Lea Hoffmann',
    ['Photo recognition fails on Ferraris meters', 'Fotoerkennung scheitert an Ferraris-Zählern'],
    ['The OCR model was trained on digital meters only.', 'Das OCR-Modell wurde nur mit digitalen Zählern trainiert.']),
  i('ins-007', 'move-in', ['mi-meter-estimate', 'mi-first-bill'], 'pain-point', 'process', 'planned', 3, 4, 2850, 'Markus Klein',
    ['Estimated readings are too high', 'Geschätzte Zählerstände sind zu hoch'],
    ['Estimates use the previous tenant\'s consumption; they are 18 % too high on average.', 'Schätzungen nutzen den Verbrauch des Vormieters; im Mittel 18 % zu hoch.']),
  i('ins-008', 'move-in', ['mi-meter-request'], 'idea', 'communication', 'new', 1, 3, 12750, 'Lea Hoffmann',
    ['Reminder SMS on moving day for the meter reading', 'Erinnerungs-SMS am Umzugstag für den Zählerstand'],
    ['Ask for the reading when the customer stands next to the meter.', 'Nach dem Zählerstand fragen, wenn die Kundin neben dem Zähler steht.']),
  i('ins-009', 'move-in', ['mi-app-register'], 'pain-point', 'selfservice', 'in-progress', 2.5, 4, 7800, 'Lea Hoffmann',
    ['Activation code by post', 'Aktivierungscode per Post'],
    ['Five working days for a letter; 35 % of registrations are never finished.', 'Fünf Werktage für einen Brief; 35 % der Registrierungen werden nie abgeschlossen.']),
  i('ins-010', 'move-in', ['mi-app-register'], 'requirement', 'it', 'planned', 3.5, 4, 7800, 'IT Digital',
    ['Identity check with contract number + IBAN', 'Identitätsprüfung mit Vertragsnummer + IBAN'],
    ['Replace the postal code with an instant check of data only the customer knows.', 'Den Brief-Code durch eine Sofortprüfung mit Daten ersetzen, die nur der Kunde kennt.']),
  i('ins-011', 'move-in', ['mi-bill-hotline'], 'case', 'process', 'done', 2, 3, 4500, 'Sandra Yilmaz',
    ['Case: 2,300 calls in the week after the March bill run', 'Fall: 2.300 Anrufe in der Woche nach dem März-Abrechnungslauf'],
    ['Root cause: bills with 0.00 € sent twice by the new billing system.', 'Ursache: Rechnungen über 0,00 € wurden vom neuen System doppelt versendet.']),
  i('ins-012', 'move-in', ['mi-bill-hotline'], 'idea', 'process', 'rejected', 4.5, 2, 4500, 'Sandra Yilmaz',
    ['Outsource billing calls during bill runs', 'Rechnungsanrufe während der Läufe auslagern'],
    ['Rejected: external agents cannot see meter readings (GDPR).', 'Abgelehnt: externe Agenten dürfen Zählerstände nicht sehen (DSGVO).']),
  i('ins-013', 'move-in', ['mi-welcome-letter'], 'idea', 'communication', 'done', 1, 2, 12600, 'Marketing',
    ['Send the welcome letter before the first bill', 'Willkommensbrief vor der ersten Rechnung senden'],
    ['Trigger the letter with the contract confirmation instead of the first bill run.', 'Den Brief mit der Vertragsbestätigung auslösen statt mit dem ersten Abrechnungslauf.']),
  i('ins-014', 'move-in', ['mi-signup-online'], 'idea', 'selfservice', 'new', 2, 2.5, 11700, 'Digital sales',
    ['Sign up without the meter number', 'Abschluss ohne Zählernummer'],
    ['Let customers add the meter number on moving day.', 'Die Zählernummer am Umzugstag nachreichen lassen.']),
  i('ins-015', 'move-in', ['mi-smart-meter'], 'requirement', 'field', 'new', 4, 2.5, 1260, 'Metering service',
    ['Online booking of smart-meter slots', 'Online-Buchung von Smart-Meter-Terminen'],
    ['Two-hour slots bookable in the app, synchronised with the workforce system.', 'Zwei-Stunden-Fenster in der App buchbar, synchron mit der Einsatzplanung.']),
  i('ins-016', 'move-in', ['mi-instalment'], 'idea', 'billing', 'in-progress', 2, 3, 2700, 'Thomas Brandt',
    ['Suggest the right instalment after the first reading', 'Passenden Abschlag nach der ersten Ablesung vorschlagen'],
    ['Avoids back-payments at the annual bill.', 'Vermeidet Nachzahlungen bei der Jahresrechnung.']),
  // fault-report
  i('ins-017', 'fault-report', ['fr-eta-sms', 'fr-status-call'], 'pain-point', 'communication', 'in-progress', 3, 5, 5500, 'Dirk Albers',
    ['No reliable restoration time', 'Keine verlässliche Wiederversorgungszeit'],
    ['ETA missing in 40 % of outages and never updated; repeat calls follow.', 'Prognose fehlt bei 40 % der Ausfälle und wird nie aktualisiert; Wiederholungsanrufe folgen.']),
  i('ins-018', 'fault-report', ['fr-eta-sms'], 'idea', 'communication', 'planned', 2.5, 4.5, 5500, 'Dirk Albers',
    ['ETA updates every 60 minutes by SMS', 'Stündliche Prognose-Updates per SMS'],
    ['Send an update every hour, even "no change", until power is back.', 'Jede Stunde ein Update, auch „keine Änderung“, bis der Strom wieder da ist.']),
  i('ins-019', 'fault-report', ['fr-outage-map'], 'pain-point', 'it', 'planned', 3.5, 4, 4200, 'IT Grid',
    ['Outage map lags 34 minutes behind', 'Störungskarte hinkt 34 Minuten hinterher'],
    ['The map only shows confirmed faults; customer reports are not used.', 'Die Karte zeigt nur bestätigte Störungen; Kundenmeldungen fließen nicht ein.']),
  i('ins-020', 'fault-report', ['fr-outage-map', 'fr-ticket'], 'requirement', 'it', 'new', 4, 4, 4200, 'IT Grid',
    ['Show suspected outages from ≥ 3 reports in one street', 'Verdachtsstörung ab ≥ 3 Meldungen in einer Straße anzeigen'],
    ['Cluster tickets by street and show them as "suspected" on the map.', 'Tickets nach Straße bündeln und als „Verdacht“ auf der Karte zeigen.']),
  i('ins-021', 'fault-report', ['fr-hotline-ivr'], 'pain-point', 'process', 'done', 1.5, 3.5, 4500, 'Sandra Yilmaz',
    ['Five-level voice menu for fault calls', 'Fünfstufiges Sprachmenü bei Störungsanrufen'],
    ['Callers during outages have to pass the sales menu first.', 'Anrufer bei Störungen müssen zuerst das Vertriebsmenü durchlaufen.']),
  i('ins-022', 'fault-report', ['fr-hotline-ivr'], 'idea', 'process', 'done', 1, 3, 4500, 'Sandra Yilmaz',
    ['Known outage announced at the start of the call', 'Bekannte Störung zu Beginn des Anrufs ansagen'],
    ['Callers from an affected postcode hear the status first.', 'Anrufer aus einem betroffenen PLZ-Gebiet hören zuerst den Status.']),
  i('ins-023', 'fault-report', ['fr-status-call'], 'case', 'communication', 'done', 2, 3.5, 2300, 'Dirk Albers',
    ['Case: storm "Xaver II" – 11,000 repeat calls', 'Fall: Sturm „Xaver II“ – 11.000 Wiederholungsanrufe'],
    ['Post-incident review of the January 2025 storm.', 'Nachbetrachtung des Sturms im Januar 2025.']),
  i('ins-024', 'fault-report', ['fr-spare-parts'], 'pain-point', 'field', 'in-progress', 3.5, 3, 720, 'Logistics',
    ['Crews wait for cable joints', 'Trupps warten auf Kabelmuffen'],
    ['Spare parts are stocked in one central depot.', 'Ersatzteile liegen in einem Zentrallager.']),
  i('ins-025', 'fault-report', ['fr-spare-parts', 'fr-repair-work'], 'idea', 'field', 'planned', 3, 3.5, 720, 'Logistics',
    ['Standard kit of joints in every crew van', 'Standardset Muffen in jedem Einsatzfahrzeug'],
    ['Stock the ten most used parts in the vans.', 'Die zehn häufigsten Teile im Fahrzeug vorhalten.']),
  i('ins-026', 'fault-report', ['fr-damage-claim'], 'pain-point', 'process', 'new', 2, 3, 285, 'Claims',
    ['Claims form asks for invoices', 'Schadenformular verlangt Rechnungen'],
    ['Old appliances rarely have invoices; customers abandon the claim.', 'Für alte Geräte gibt es selten Rechnungen; Kunden brechen ab.']),
  i('ins-027', 'fault-report', ['fr-damage-claim', 'fr-claim-review'], 'idea', 'process', 'new', 2.5, 2.5, 285, 'Claims',
    ['Flat-rate compensation up to €300', 'Pauschale Entschädigung bis 300 €'],
    ['Pay small claims without proof, based on the outage duration.', 'Kleine Schäden ohne Beleg nach Ausfalldauer erstatten.']),
  i('ins-028', 'fault-report', ['fr-claim-review'], 'pain-point', 'process', 'rejected', 4.5, 1.5, 285, 'Claims',
    ['Claim review takes 14 days', 'Schadenprüfung dauert 14 Tage'],
    ['Rejected as separate topic: merged into "Flat-rate compensation".', 'Als eigenes Thema abgelehnt: in „Pauschale Entschädigung“ aufgegangen.']),
  i('ins-029', 'fault-report', ['fr-restore-sms'], 'idea', 'communication', 'done', 1, 3, 4950, 'Digital services',
    ['Restoration SMS with a short survey link', 'SMS zur Wiederversorgung mit kurzem Umfragelink'],
    ['One question (0–10) right after restoration.', 'Eine Frage (0–10) direkt nach der Wiederversorgung.']),
  i('ins-030', 'fault-report', ['fr-app-report'], 'idea', 'selfservice', 'in-progress', 2, 3.5, 1260, 'Digital services',
    ['Push notifications for the fault status', 'Push-Benachrichtigungen zum Störungsstatus'],
    ['Customers who reported in the app get status pushes instead of SMS.', 'Wer in der App meldet, bekommt Status-Pushs statt SMS.']),
  i('ins-031', 'fault-report', ['fr-scada-alarm', 'fr-triage'], 'requirement', 'it', 'planned', 5, 4, 2700, 'IT Grid',
    ['Low-voltage monitoring via smart meters', 'Niederspannungsüberwachung über Smart Meter'],
    ['Use smart-meter "last gasp" messages to detect low-voltage faults.', '„Last gasp“-Meldungen der Smart Meter zur Erkennung von Niederspannungsfehlern nutzen.']),
  i('ins-032', 'fault-report', ['fr-crew-arrives'], 'case', 'field', 'done', 2, 2, 90, 'Field service',
    ['Case: crew at the wrong address (house no. 12a vs 12)', 'Fall: Trupp an falscher Adresse (Hausnr. 12a statt 12)'],
    ['Address matching in dispatch ignored suffixes.', 'Die Adresszuordnung in der Disposition ignorierte Zusätze.']),
  // receipt
  i('ins-033', 'receipt', ['rc-t02-check-confirmation-of-receipt', 'rc-t03-adjust-confirmation-of-receipt'], 'pain-point', 'process', 'new', 2.5, 3.5, 440, 'Group 4',
    ['Rework loop between check and adjust', 'Nacharbeitsschleife zwischen Prüfen und Anpassen'],
    ['37 applications went back and forth between T02 and T03, some for weeks (see P90).', '37 Anträge pendelten zwischen T02 und T03, teils wochenlang (siehe P90).']),
  i('ins-034', 'receipt', ['rc-t05-print-and-send-confirmation-of-receipt'], 'pain-point', 'communication', 'planned', 2, 4.5, 15600, 'Group 2',
    ['Applicants wait days for the receipt letter', 'Antragsteller warten tagelang auf die Eingangsbestätigung'],
    ['Printed and posted in batches; the applicant has no status meanwhile.', 'Gedruckt und in Stapeln versandt; der Antragsteller hat solange keinen Status.']),
  i('ins-035', 'receipt', ['rc-t05-print-and-send-confirmation-of-receipt'], 'idea', 'selfservice', 'new', 1.5, 4, 15600, 'Group 2',
    ['Digital confirmation of receipt for online applications', 'Digitale Eingangsbestätigung für Online-Anträge'],
    ['87 % of events come from Internet applications; send the confirmation by e-mail at once.', '87 % der Ereignisse stammen aus Internet-Anträgen; die Bestätigung sofort per E-Mail senden.']),
  i('ins-036', 'receipt', ['rc-confirmation-of-receipt'], 'pain-point', 'process', 'in-progress', 3, 3, 1390, 'Process office',
    ['8 % of applications stop after registration', '8 % der Anträge enden nach der Registrierung'],
    ['116 of 1,434 cases have no further step in the log.', '116 von 1.434 Fällen haben im Log keinen weiteren Schritt.']),
  i('ins-037', 'receipt', ['rc-t06-determine-necessity-of-stop-advice', 'rc-t10-determine-necessity-to-stop-indication'], 'idea', 'process', 'planned', 3.5, 3, 15600, 'Group 1',
    ['Merge T06 and T10 into one decision', 'T06 und T10 zu einer Entscheidung zusammenlegen'],
    ['T10 follows T06 within minutes in 1,165 cases; one screen could do both.', 'T10 folgt in 1.165 Fällen binnen Minuten auf T06; eine Maske könnte beides.']),
  i('ins-038', 'receipt', ['rc-t08-draft-and-send-request-for-advice'], 'requirement', 'it', 'new', 4, 2, 180, 'Group 1',
    ['Track external advice requests with due dates', 'Externe Stellungnahmen mit Fristen verfolgen'],
    ['Requests to external parties leave the system; replies are not tracked.', 'Anfragen an externe Stellen verlassen das System; Antworten werden nicht verfolgt.']),
  i('ins-039', 'receipt', ['rc-t04-determine-confirmation-of-receipt'], 'case', 'process', 'done', 1, 2, 60, 'Group 3',
    ['Case: receipt confirmed for the wrong permit type', 'Fall: Eingang für den falschen Genehmigungstyp bestätigt'],
    ['Corrected; checklist extended.', 'Korrigiert; Checkliste ergänzt.']),
  i('ins-040', 'receipt', ['rc-t14-determine-document-x-request-unlicensed', 'rc-t15-print-document-x-request-unlicensed'], 'pain-point', 'communication', 'rejected', 3, 1.5, 470, 'Group 3',
    ['Document X printed days after the decision', 'Dokument X wird Tage nach der Entscheidung gedruckt'],
    ['Rejected: legal requirement for a signed paper document.', 'Abgelehnt: Gesetzliche Pflicht zum unterschriebenen Papierdokument.']),
];
