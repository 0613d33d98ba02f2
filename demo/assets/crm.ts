import { currentLang, onLangChange, registerStrings, start } from './demo.js';

registerStrings({
  en: {
    title: 'Sonnenkorn Bakery Ltd | Account | Helios CRM',
    kind: 'Account · Business customer',
    'a.case': 'New case', 'a.call': 'Log a call',
    'f.no': 'Customer no.', 'f.tariff': 'Tariff', 'f.start': 'Supply start', 'f.start.v': '1 Oct 2026',
    'f.meter': 'Meter', 'f.usage': 'Annual use', 'f.owner': 'Account owner',
    chips: "Experience at this customer's touchpoints",
    'chips.label': 'Touchpoint NPS (all customers)',
    'c.contract': 'Contract confirmation', 'c.bill': 'First bill', 'c.app': 'App registration', 'c.hotline': 'Fault hotline',
    tl: 'Activity',
    t1: 'Call: question about the first bill',
    't1.d': 'Back-payment of € 412.80 after an estimated reading. Reading corrected to 10,214 kWh; correction requested.',
    t2: 'Case 00231877: bill correction', 't2.d': 'Status: in progress · Owner: Billing · SLA 10 days',
    t3: 'Survey answer: "First bill" – 3 / 10', 't3.d': '"Three pages for half a month & I still do not know what I pay per month."',
    t4: 'E-mail: your first bill', 't4.d': 'Partial-month bill for October 2026, sent from the billing system.',
    t5: 'Welcome call (business customers)', 't5.d': 'Introduced the personal contact; three shops, one meter each.',
    t6: 'Contract confirmation with start date', 't6.d': 'Supply start 1 Oct 2026 confirmed by the grid operator after 16 days.',
    rel: 'Touchpoints of this account', 'rel.tp': 'Touchpoint', 'rel.journey': 'Journey', 'rel.last': 'Last contact', 'rel.nps': 'NPS (all customers)',
    'rel.meter': 'Meter reading (photo)', 'rel.meter.d': '2 Oct 2026', 'rel.bill.d': '14 Nov 2026', 'rel.eta': 'Restoration time by text message', 'rel.eta.d': '–',
    'j.movein': 'Move-in', 'j.fault': 'Fault report',
    kpi: 'First bill · customer experience',
    note: 'This page ships aggressive global CSS (universal box-sizing, !important on buttons, tables, svg, text and paths). The widgets are not affected: they render in shadow DOM.',
    threshold: 'Closed loop: KPI below target',
  },
  de: {
    title: 'Bäckerei Sonnenkorn GmbH | Account | Helios CRM',
    kind: 'Account · Geschäftskunde',
    'a.case': 'Neuer Fall', 'a.call': 'Anruf erfassen',
    'f.no': 'Kundennummer', 'f.tariff': 'Tarif', 'f.start': 'Lieferbeginn', 'f.start.v': '1. Okt. 2026',
    'f.meter': 'Zähler', 'f.usage': 'Jahresverbrauch', 'f.owner': 'Kundenbetreuung',
    chips: 'Erlebnis an den Touchpoints dieses Kunden',
    'chips.label': 'Touchpoint-NPS (alle Kunden)',
    'c.contract': 'Vertragsbestätigung', 'c.bill': 'Erste Rechnung', 'c.app': 'App-Registrierung', 'c.hotline': 'Störungshotline',
    tl: 'Aktivitäten',
    t1: 'Anruf: Frage zur ersten Rechnung',
    't1.d': 'Nachzahlung 412,80 € nach geschätztem Zählerstand. Stand auf 10.214 kWh korrigiert; Korrektur beauftragt.',
    t2: 'Fall 00231877: Rechnungskorrektur', 't2.d': 'Status: in Bearbeitung · Zuständig: Abrechnung · SLA 10 Tage',
    t3: 'Befragung: „Erste Rechnung“ – 3 / 10', 't3.d': '„Drei Seiten für einen halben Monat & ich weiß immer noch nicht, was ich im Monat zahle.“',
    t4: 'E-Mail: Ihre erste Rechnung', 't4.d': 'Anteilige Rechnung für Oktober 2026, aus dem Abrechnungssystem versandt.',
    t5: 'Willkommensanruf (Geschäftskunden)', 't5.d': 'Persönliche Ansprechpartnerin vorgestellt; drei Filialen, je ein Zähler.',
    t6: 'Vertragsbestätigung mit Lieferbeginn', 't6.d': 'Lieferbeginn 1. Okt. 2026 nach 16 Tagen vom Netzbetreiber bestätigt.',
    rel: 'Touchpoints dieses Kunden', 'rel.tp': 'Touchpoint', 'rel.journey': 'Journey', 'rel.last': 'Letzter Kontakt', 'rel.nps': 'NPS (alle Kunden)',
    'rel.meter': 'Zählerstand (Foto)', 'rel.meter.d': '2. Okt. 2026', 'rel.bill.d': '14. Nov. 2026', 'rel.eta': 'Wiederversorgungszeit per SMS', 'rel.eta.d': '–',
    'j.movein': 'Einzug', 'j.fault': 'Störungsmeldung',
    kpi: 'Erste Rechnung · Kundenerlebnis',
    note: 'Diese Seite bringt aggressives globales CSS mit (box-sizing für alles, !important auf Buttons, Tabellen, svg, text und path). Die Widgets bleiben unberührt: Sie rendern im Shadow DOM.',
    threshold: 'Closed Loop: Kennzahl unter Ziel',
  },
});

/** The activity dates in the page's language (the widgets format their own). */
function formatDates(): void {
  const fmt = new Intl.DateTimeFormat(currentLang() === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  for (const el of document.querySelectorAll<HTMLTimeElement>('time[datetime]')) el.textContent = fmt.format(new Date(`${el.dateTime}T12:00:00`));
}
onLangChange(formatDates);

start();
formatDates();
