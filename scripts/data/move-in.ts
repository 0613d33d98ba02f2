import type { JourneyDef } from './types.js';

/** Helios Energie's move-in / onboarding journey (fictional energy supplier). */
export const moveIn: JourneyDef = {
  id: 'move-in',
  name: ['Move-in & onboarding', 'Einzug & Onboarding'],
  description: [
    'From the tariff comparison to the first bill: how new household and business customers of Helios Energie sign up, move in and settle. VoC from touchpoint surveys (sample data).',
    'Vom Tarifvergleich bis zur ersten Rechnung: wie neue Privat- und Geschäftskunden von Helios Energie abschließen, einziehen und ankommen. VoC aus Touchpoint-Befragungen (Beispieldaten).',
  ],
  stages: [
    { id: 'mi-orient', name: ['Orientation & sign-up', 'Orientierung & Abschluss'], description: ['Compare tariffs, sign the contract.', 'Tarife vergleichen, Vertrag abschließen.'] },
    { id: 'mi-contract', name: ['Contract confirmation', 'Vertragsbestätigung'], description: ['Registration with the grid operator and confirmed start date.', 'Anmeldung beim Netzbetreiber und bestätigter Lieferbeginn.'] },
    { id: 'mi-movein', name: ['Moving in & meter reading', 'Einzug & Zählerstand'], description: ['Power on at moving day, first meter reading.', 'Strom am Umzugstag, erster Zählerstand.'] },
    { id: 'mi-welcome', name: ['Welcome & self-service', 'Willkommen & Self-Service'], description: ['Welcome letter, app and customer portal.', 'Willkommensbrief, App und Kundenportal.'] },
    { id: 'mi-firstbill', name: ['First bill', 'Erste Rechnung'], description: ['The first (often partial-month) bill and its questions.', 'Die erste (oft anteilige) Rechnung und die Fragen dazu.'] },
    { id: 'mi-settle', name: ['Settling in', 'Ankommen'], description: ['Instalments, recommendations, onboarding survey.', 'Abschläge, Weiterempfehlung, Onboarding-Befragung.'] },
  ],
  lanes: [
    { id: 'mi-l-customer', name: ['Customer', 'Kundin / Kunde'], kind: 'customer' },
    { id: 'mi-l-front', name: ['Front stage', 'Vorderbühne'], kind: 'frontstage' },
    { id: 'mi-l-back', name: ['Back office', 'Hinterbühne'], kind: 'backstage' },
    { id: 'mi-l-system', name: ['Systems', 'Systeme'], kind: 'system' },
    { id: 'mi-l-metering', name: ['Metering service', 'Messstellenbetrieb'], kind: 'department' },
    { id: 'mi-l-billing', name: ['Billing', 'Abrechnung'], kind: 'department' },
  ],
  touchpoints: [
    {
      id: 'mi-tariff-compare', stage: 'mi-orient', lane: 'mi-l-customer', channel: 'web', owner: ['Digital sales', 'Digitaler Vertrieb'],
      name: ['Compare tariffs', 'Tarife vergleichen'], emotion: 1, volume: 21000, response: 0.004,
      description: ['Visitors compare Helios tariffs with comparison portals.', 'Besucher vergleichen Helios-Tarife mit Vergleichsportalen.'],
      expectation: ['A clear price per kWh and month, no fine print.', 'Ein klarer Preis pro kWh und Monat, kein Kleingedrucktes.'],
    },
    {
      id: 'mi-tariff-calc', stage: 'mi-orient', lane: 'mi-l-front', channel: 'web', owner: ['Digital sales', 'Digitaler Vertrieb'],
      name: ['Tariff calculator', 'Tarifrechner'], emotion: 1, volume: 12500, response: 0.006,
      expectation: ['Price for my postcode in one step.', 'Preis für meine Postleitzahl in einem Schritt.'],
    },
    {
      id: 'mi-signup-online', stage: 'mi-orient', lane: 'mi-l-customer', channel: 'web', owner: ['Digital sales', 'Digitaler Vertrieb'],
      name: ['Sign up online', 'Online abschließen'], emotion: 1, mtm: true, volume: 3900, response: 0.08, dropOff: 0.18,
      description: ['Five-step order form with move-in date, meter number and bank details.', 'Fünfstufiges Bestellformular mit Einzugsdatum, Zählernummer und Bankverbindung.'],
      expectation: ['Done in five minutes, even without the meter number.', 'In fünf Minuten erledigt, auch ohne Zählernummer.'],
      target: { value: 30, warnBelow: 35 },
      verbatims: [
        { text: ['Quick and easy, took me 4 minutes.', 'Schnell und einfach, hat 4 Minuten gedauert.'], score: 10, monthsAgo: 0, channel: 'web' },
        { text: ['Why do I need the meter number before I even have the keys?', 'Warum brauche ich die Zählernummer, bevor ich überhaupt den Schlüssel habe?'], score: 5, monthsAgo: 1, channel: 'web' },
      ],
    },
    {
      id: 'mi-signup-hotline', stage: 'mi-orient', lane: 'mi-l-front', channel: 'phone', owner: ['Customer service', 'Kundenservice'],
      name: ['Sign up via hotline', 'Abschluss über die Hotline'], emotion: 0, volume: 650, response: 0.12,
      expectation: ['Someone who knows the tariffs and my address.', 'Jemand, der die Tarife und meine Adresse kennt.'],
    },
    {
      id: 'mi-address-check', stage: 'mi-orient', lane: 'mi-l-system', channel: 'system', owner: ['IT – CRM', 'IT – CRM'],
      name: ['Address & supply-point check', 'Adress- und Marktlokationsprüfung'], emotion: 0, volume: 4550, response: 0, slaHours: 1, slaBreach: 0.04,
      description: ['Automatic lookup of the market location (MaLo) and grid operator.', 'Automatische Ermittlung der Marktlokation (MaLo) und des Netzbetreibers.'],
    },
    {
      id: 'mi-credit-check', stage: 'mi-orient', lane: 'mi-l-system', channel: 'system', owner: ['Receivables management', 'Forderungsmanagement'],
      name: ['Credit check', 'Bonitätsprüfung'], emotion: 0, volume: 4550, response: 0, slaHours: 0.5, slaBreach: 0.02,
    },
    {
      id: 'mi-order-ack', stage: 'mi-contract', lane: 'mi-l-system', channel: 'email', owner: ['Digital sales', 'Digitaler Vertrieb'],
      name: ['Order acknowledgement e-mail', 'Eingangsbestätigung per E-Mail'], emotion: 1, volume: 4480, response: 0.02,
    },
    {
      id: 'mi-grid-registration', stage: 'mi-contract', lane: 'mi-l-back', channel: 'system', owner: ['Market communication', 'Marktkommunikation'],
      name: ['Registration with the grid operator', 'Anmeldung beim Netzbetreiber'], emotion: 0, volume: 4400, response: 0, slaHours: 72, slaBreach: 0.17,
      description: ['Supplier registration via the market communication (GPKE) process.', 'Lieferantenanmeldung über die Marktkommunikation (GPKE).'],
    },
    {
      id: 'mi-contract-confirm', stage: 'mi-contract', lane: 'mi-l-front', channel: 'email', owner: ['Customer service', 'Kundenservice'],
      name: ['Contract confirmation with start date', 'Vertragsbestätigung mit Lieferbeginn'], emotion: -1, mtm: true, volume: 4300, response: 0.07, slaHours: 120, slaBreach: 0.22,
      expectation: ['A confirmed start date before I move in.', 'Ein bestätigter Lieferbeginn vor dem Einzug.'],
      pain: [
        'Confirmation takes up to three weeks while the grid operator answers; customers do not know whether they will have power on moving day.',
        'Die Bestätigung dauert bis zu drei Wochen, bis der Netzbetreiber antwortet; Kunden wissen nicht, ob sie am Umzugstag Strom haben.',
      ],
      target: { value: 20, warnBelow: 25 },
      audit: { value: 35, note: ['Process audit: 94 % of confirmations within the 5-day SLA of market communication.', 'Prozessaudit: 94 % der Bestätigungen innerhalb der 5-Tage-SLA der Marktkommunikation.'] },
      verbatims: [
        { text: ['Moving in 3 days and still no confirmation. Do I have power or not?!', 'Einzug in 3 Tagen und immer noch keine Bestätigung. Habe ich nun Strom oder nicht?!'], score: 2, monthsAgo: 0, channel: 'email' },
        { text: ['The confirmation said "start: 01.04." – great, that is all I needed.', 'In der Bestätigung stand „Lieferbeginn: 01.04.“ – super, mehr brauchte ich nicht.'], score: 9, monthsAgo: 2, channel: 'email' },
        { text: ['Two e-mails, two different start dates. Which one is right?', 'Zwei E-Mails, zwei verschiedene Lieferdaten. Welches stimmt denn?'], score: 3, monthsAgo: 4, channel: 'email' },
      ],
    },
    {
      id: 'mi-status-call', stage: 'mi-contract', lane: 'mi-l-customer', channel: 'phone', owner: ['Customer service', 'Kundenservice'],
      name: ['Calls to ask about the status', 'Ruft wegen des Status an'], emotion: -2, volume: 1100, response: 0.1,
      pain: ['Avoidable contact: 25 % of new customers call before moving in because nobody tells them the status.', 'Vermeidbarer Kontakt: 25 % der Neukunden rufen vor dem Einzug an, weil ihnen niemand den Status mitteilt.'],
      verbatims: [
        { text: ['Waited 14 minutes on hold just to hear "it is being processed".', '14 Minuten Warteschleife, nur um zu hören: „Das ist in Bearbeitung.“'], score: 1, monthsAgo: 1, channel: 'phone' },
      ],
    },
    {
      id: 'mi-sepa', stage: 'mi-contract', lane: 'mi-l-customer', channel: 'web', owner: ['Receivables management', 'Forderungsmanagement'],
      name: ['Set up direct debit (SEPA)', 'Lastschrift einrichten (SEPA)'], emotion: 0, volume: 3600, response: 0.02,
    },
    {
      id: 'mi-moving-day', stage: 'mi-movein', lane: 'mi-l-customer', channel: 'field', owner: ['Grid operator', 'Netzbetreiber'],
      name: ['Moving day: the power is on', 'Umzugstag: der Strom ist da'], emotion: 1, mtm: true, volume: 4250, response: 0.05,
      target: { value: 30, warnBelow: 35 },
      expectation: ['Light switch works, nothing to do.', 'Lichtschalter funktioniert, nichts zu tun.'],
    },
    {
      id: 'mi-meter-request', stage: 'mi-movein', lane: 'mi-l-system', channel: 'email', owner: ['Metering service', 'Messstellenbetrieb'],
      name: ['Meter reading request', 'Aufforderung zum Zählerstand'], emotion: 0, volume: 4250, response: 0.02,
    },
    {
      id: 'mi-meter-submit', stage: 'mi-movein', lane: 'mi-l-customer', channel: 'app', owner: ['Metering service', 'Messstellenbetrieb'],
      name: ['Submit meter reading (photo)', 'Zählerstand melden (Foto)'], emotion: -1, volume: 3300, response: 0.09, dropOff: 0.22,
      pain: ['The photo recognition rejects older Ferraris meters; customers type the reading three times.', 'Die Fotoerkennung lehnt ältere Ferraris-Zähler ab; Kunden tippen den Stand dreimal ein.'],
      target: { value: 25, warnBelow: 30 },
      verbatims: [
        { text: ['"Reading not recognised" – four times. I gave up & typed it in.', '„Zählerstand nicht erkannt“ – viermal. Dann eben abgetippt.'], score: 4, monthsAgo: 0, channel: 'app' },
        { text: ['Photo, done. Love it.', 'Foto, fertig. Top.'], score: 10, monthsAgo: 3, channel: 'app' },
      ],
    },
    {
      id: 'mi-meter-plausi', stage: 'mi-movein', lane: 'mi-l-system', channel: 'system', owner: ['Metering service', 'Messstellenbetrieb'],
      name: ['Plausibility check of the reading', 'Plausibilitätsprüfung des Zählerstands'], emotion: 0, volume: 3300, response: 0, slaHours: 24, slaBreach: 0.06,
    },
    {
      id: 'mi-meter-estimate', stage: 'mi-movein', lane: 'mi-l-metering', channel: 'letter', owner: ['Metering service', 'Messstellenbetrieb'],
      name: ['Estimated reading when none arrives', 'Schätzung bei fehlendem Zählerstand'], emotion: -1, volume: 950, response: 0.06,
      pain: ['Estimates are on average 18 % too high and lead to disputes at the first bill.', 'Schätzungen liegen im Mittel 18 % zu hoch und führen zu Streit bei der ersten Rechnung.'],
    },
    {
      id: 'mi-smart-meter', stage: 'mi-movein', lane: 'mi-l-metering', channel: 'field', owner: ['Metering service', 'Messstellenbetrieb'],
      name: ['Smart meter appointment', 'Termin für den Smart Meter'], emotion: 0, volume: 420, response: 0.15, slaHours: 336, slaBreach: 0.31,
      expectation: ['A two-hour slot I can choose online.', 'Ein Zwei-Stunden-Fenster, online wählbar.'],
    },
    {
      id: 'mi-welcome-letter', stage: 'mi-welcome', lane: 'mi-l-front', channel: 'letter', owner: ['Marketing', 'Marketing'],
      name: ['Welcome letter', 'Willkommensbrief'], emotion: 1, volume: 4200, response: 0.03,
      verbatims: [
        { text: ['Nice letter, but it came after the first bill – a bit odd.', 'Netter Brief, kam aber erst nach der ersten Rechnung – etwas seltsam.'], score: 6, monthsAgo: 2, channel: 'letter' },
      ],
    },
    {
      id: 'mi-app-register', stage: 'mi-welcome', lane: 'mi-l-customer', channel: 'app', owner: ['Digital services', 'Digitale Services'],
      name: ['Register for the customer app', 'Registrierung in der Kunden-App'], emotion: -1, volume: 2600, response: 0.08, dropOff: 0.35,
      pain: ['The activation code comes by post and takes five working days; a third of customers never finish.', 'Der Aktivierungscode kommt per Post und braucht fünf Werktage; ein Drittel schließt nie ab.'],
      target: { value: 30, warnBelow: 35 },
      verbatims: [
        { text: ['An activation code BY LETTER? It is 2026…', 'Ein Aktivierungscode PER BRIEF? Wir haben 2026 …'], score: 3, monthsAgo: 0, channel: 'app' },
        { text: ['App is great once you are in. Getting in is the hard part.', 'Die App ist super, wenn man drin ist. Reinkommen ist das Problem.'], score: 7, monthsAgo: 2, channel: 'app' },
      ],
    },
    {
      id: 'mi-portal-login', stage: 'mi-welcome', lane: 'mi-l-front', channel: 'web', owner: ['Digital services', 'Digitale Services'],
      name: ['First login to the customer portal', 'Erster Login im Kundenportal'], emotion: 0, volume: 1900, response: 0.04,
    },
    {
      id: 'mi-welcome-call', stage: 'mi-welcome', lane: 'mi-l-front', channel: 'phone', owner: ['Business customer sales', 'Geschäftskundenvertrieb'],
      name: ['Welcome call (business customers)', 'Willkommensanruf (Geschäftskunden)'], emotion: 2, volume: 90, response: 0.25,
      verbatims: [
        { text: ['Personal contact person from day one – exactly what a bakery with 3 shops needs.', 'Persönlicher Ansprechpartner ab Tag eins – genau das, was eine Bäckerei mit 3 Filialen braucht.'], score: 10, monthsAgo: 1, channel: 'phone' },
      ],
    },
    {
      id: 'mi-green-offer', stage: 'mi-welcome', lane: 'mi-l-front', channel: 'email', owner: ['Marketing', 'Marketing'],
      name: ['Offer: green tariff & wallbox', 'Angebot: Ökotarif & Wallbox'], emotion: 0, volume: 3800, response: 0.01,
    },
    {
      id: 'mi-bill-run', stage: 'mi-firstbill', lane: 'mi-l-system', channel: 'system', owner: ['Billing', 'Abrechnung'],
      name: ['Billing run', 'Abrechnungslauf'], emotion: 0, volume: 4100, response: 0, slaHours: 48, slaBreach: 0.09,
      description: ['Monthly run in the new billing system (live since March 2025).', 'Monatlicher Lauf im neuen Abrechnungssystem (live seit März 2025).'],
    },
    {
      id: 'mi-first-bill', stage: 'mi-firstbill', lane: 'mi-l-customer', channel: 'letter', owner: ['Billing', 'Abrechnung'],
      name: ['First bill arrives', 'Die erste Rechnung kommt'], emotion: -2, mtm: true, volume: 4100, response: 0.09,
      expectation: ['A bill I understand, close to my instalment.', 'Eine verständliche Rechnung, nah an meinem Abschlag.'],
      pain: [
        'Partial-month proration and estimated readings are hard to follow; back-payments surprise customers.',
        'Anteilige Abrechnung und geschätzte Zählerstände sind schwer nachzuvollziehen; Nachzahlungen überraschen die Kunden.',
      ],
      target: { value: 10, warnBelow: 15 },
      audit: { value: 30, note: ['Expert review of the bill layout (Q3 2026): "clear and complete".', 'Expertenreview des Rechnungslayouts (Q3 2026): „klar und vollständig“.'] },
      verbatims: [
        { text: ['€ 412.80 back-payment after 6 weeks?! Based on an "estimate".', '412,80 € Nachzahlung nach 6 Wochen?! Auf Basis einer „Schätzung“.'], score: 0, monthsAgo: 0, channel: 'letter' },
        { text: ['Three pages for half a month & I still do not know what I pay per month.', 'Drei Seiten für einen halben Monat & ich weiß immer noch nicht, was ich im Monat zahle.'], score: 3, monthsAgo: 1, channel: 'email' },
        { text: ['Bill matched my instalment to the cent. Well done.', 'Rechnung passte auf den Cent zu meinem Abschlag. Gut gemacht.'], score: 9, monthsAgo: 5, channel: 'letter' },
        { text: ['Rechnung 2x bekommen, einmal mit 0,00 € – was gilt?', 'Rechnung 2x bekommen, einmal mit 0,00 € – was gilt?'], score: 2, monthsAgo: 19, channel: 'email' },
      ],
    },
    {
      id: 'mi-bill-explainer', stage: 'mi-firstbill', lane: 'mi-l-front', channel: 'app', owner: ['Digital services', 'Digitale Services'],
      name: ['Bill explainer in the app', 'Rechnungserklärer in der App'], emotion: 1, volume: 1200, response: 0.07,
    },
    {
      id: 'mi-bill-hotline', stage: 'mi-firstbill', lane: 'mi-l-front', channel: 'phone', owner: ['Customer service', 'Kundenservice'],
      name: ['Billing question at the hotline', 'Rechnungsfrage an der Hotline'], emotion: -2, volume: 1500, response: 0.11, slaHours: 0.05, slaBreach: 0.48,
      pain: ['After each billing run the waiting time rises to 12 minutes (target: 3).', 'Nach jedem Abrechnungslauf steigt die Wartezeit auf 12 Minuten (Ziel: 3).'],
      target: { value: 0, warnBelow: 5 },
      verbatims: [
        { text: ['The agent was friendly but could not see my meter reading in the system.', 'Die Mitarbeiterin war freundlich, konnte meinen Zählerstand aber im System nicht sehen.'], score: 5, monthsAgo: 0, channel: 'phone' },
      ],
    },
    {
      id: 'mi-bill-correction', stage: 'mi-firstbill', lane: 'mi-l-billing', channel: 'letter', owner: ['Billing', 'Abrechnung'],
      name: ['Bill correction', 'Rechnungskorrektur'], emotion: -1, volume: 520, response: 0.1, slaHours: 240, slaBreach: 0.27,
    },
    {
      id: 'mi-instalment', stage: 'mi-settle', lane: 'mi-l-customer', channel: 'app', owner: ['Digital services', 'Digitale Services'],
      name: ['Adjust the monthly instalment', 'Abschlag anpassen'], emotion: 1, volume: 900, response: 0.06,
      verbatims: [
        { text: ['Instalment from €120 → €85 in two taps. Finally!', 'Abschlag von 120 € → 85 € mit zwei Klicks. Endlich!'], score: 10, monthsAgo: 0, channel: 'app' },
      ],
    },
    {
      id: 'mi-referral', stage: 'mi-settle', lane: 'mi-l-customer', channel: 'web', owner: ['Marketing', 'Marketing'],
      name: ['Recommends Helios to friends', 'Empfiehlt Helios weiter'], emotion: 2, mtm: true, volume: 310, response: 0.2,
    },
    {
      id: 'mi-onboarding-survey', stage: 'mi-settle', lane: 'mi-l-front', channel: 'email', owner: ['Customer experience', 'Customer Experience'],
      name: ['Onboarding survey', 'Onboarding-Befragung'], emotion: 0, volume: 4000, response: 0.14,
    },
  ],
  steps: [
    { from: 'mi-tariff-compare', to: 'mi-tariff-calc', share: 0.6, median: 0.05, p90: 26 },
    { from: 'mi-tariff-calc', to: 'mi-signup-online', share: 0.31, median: 0.2, p90: 70 },
    { from: 'mi-signup-online', to: 'mi-address-check', share: 1, median: 0.01, p90: 0.05 },
    { from: 'mi-signup-hotline', to: 'mi-address-check', share: 1, median: 0.02, p90: 0.3 },
    { from: 'mi-address-check', to: 'mi-credit-check', share: 1, median: 0.01, p90: 0.2 },
    { from: 'mi-credit-check', to: 'mi-order-ack', share: 0.98, median: 0.02, p90: 0.4 },
    { from: 'mi-order-ack', to: 'mi-grid-registration', share: 0.98, median: 6, p90: 30, waiting: 5 },
    { from: 'mi-grid-registration', to: 'mi-contract-confirm', share: 0.98, median: 96, p90: 410, waiting: 78 },
    { from: 'mi-contract-confirm', to: 'mi-sepa', share: 0.84, median: 20, p90: 120 },
    { from: 'mi-order-ack', to: 'mi-status-call', share: 0.25, median: 190, p90: 380 },
    { from: 'mi-sepa', to: 'mi-moving-day', share: 1, median: 260, p90: 640 },
    { from: 'mi-moving-day', to: 'mi-meter-request', share: 1, median: 2, p90: 24 },
    { from: 'mi-meter-request', to: 'mi-meter-submit', share: 0.78, median: 30, p90: 160 },
    { from: 'mi-meter-submit', to: 'mi-meter-plausi', share: 1, median: 0.5, p90: 20 },
    { from: 'mi-meter-request', to: 'mi-meter-estimate', share: 0.22, median: 340, p90: 410, waiting: 300 },
    { from: 'mi-meter-plausi', to: 'mi-welcome-letter', share: 0.95, median: 60, p90: 200, waiting: 40 },
    { from: 'mi-welcome-letter', to: 'mi-app-register', share: 0.62, median: 50, p90: 400 },
    { from: 'mi-app-register', to: 'mi-portal-login', share: 0.65, median: 120, p90: 170, waiting: 110 },
    { from: 'mi-meter-plausi', to: 'mi-bill-run', share: 0.96, median: 520, p90: 800, waiting: 480 },
    { from: 'mi-meter-estimate', to: 'mi-bill-run', share: 1, median: 200, p90: 500, waiting: 180 },
    { from: 'mi-bill-run', to: 'mi-first-bill', share: 1, median: 50, p90: 96 },
    { from: 'mi-first-bill', to: 'mi-bill-explainer', share: 0.29, median: 4, p90: 48 },
    { from: 'mi-first-bill', to: 'mi-bill-hotline', share: 0.37, median: 20, p90: 100 },
    { from: 'mi-bill-hotline', to: 'mi-bill-correction', share: 0.35, median: 90, p90: 430, waiting: 72 },
    { from: 'mi-first-bill', to: 'mi-instalment', share: 0.22, median: 60, p90: 300 },
    { from: 'mi-first-bill', to: 'mi-onboarding-survey', share: 0.97, median: 170, p90: 200 },
    { from: 'mi-onboarding-survey', to: 'mi-referral', share: 0.08, median: 24, p90: 600 },
  ],
  dailyResponses: 30,
  baseNps: 24,
  annotations: [
    {
      date: '2025-03-03', label: ['New billing system', 'Neues Abrechnungssystem'], effect: -24, fade: 6,
      description: ['Go-live of the new billing platform; first bills delayed by up to two weeks.', 'Go-live der neuen Abrechnungsplattform; erste Rechnungen bis zu zwei Wochen verspätet.'],
      touchpoints: ['mi-first-bill', 'mi-bill-hotline', 'mi-bill-correction', 'mi-bill-run'],
    },
    {
      date: '2025-10-01', label: ['App relaunch', 'App-Relaunch'], effect: 5,
      description: ['New customer app with photo meter reading and bill explainer.', 'Neue Kunden-App mit Foto-Zählerstand und Rechnungserklärer.'],
      touchpoints: ['mi-meter-submit', 'mi-bill-explainer', 'mi-instalment'],
    },
    {
      date: '2026-06-15', label: ['Price increase letter', 'Preiserhöhungsschreiben'], effect: -6, fade: 3,
      description: ['Price adjustment for 2026/27 announced to all customers.', 'Preisanpassung 2026/27 an alle Kunden angekündigt.'],
    },
  ],
  target: 30,
  benchmark: { value: 18, label: ['Industry benchmark (energy, DE)', 'Branchenbenchmark (Energie, DE)'] },
};
