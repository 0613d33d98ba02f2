import { registerStrings, start } from './demo.js';

registerStrings({
  en: {
    title: 'Fault service: what our customers tell us – Helios intranet',
    tree: 'Space pages',
    search: 'Search the intranet', space: 'Customer service',
    p1: 'Team overview', p2: 'Hotline playbook', p3: 'Fault service: voice of the customer', p4: 'Storm readiness 2026/27', p5: 'Glossary: NPS, CSAT, CES',
    crumbs: 'Customer service › Quality › Fault service',
    h1: 'Fault service: what our customers tell us',
    byline: 'Last edited by Dirk Albers · 20 Nov 2026 · 4 min read',
    intro: 'After the heatwave outages in July our follow-up survey dipped again. The figures below update by themselves – they come straight from the CX platform, so nobody has to copy numbers into this page any more.',
    info: 'Reading tip: NPS runs from −100 to +100. The shaded band is the margin of error – a change inside it is not a real change.',
    h2a: 'The trend since December 2024',
    macro: 'HTML macro · pasted snippet',
    h2b: 'Where it hurts along the way',
    'p.map': 'The journey map shows the process view: how many reports pass each step, how long customers wait and where responsibility changes hands.',
    h2c: 'How to put this on your own page',
    'p.how': 'Edit the page, insert an HTML macro and paste:',
    threshold: 'Closed loop: KPI below target',
  },
  de: {
    title: 'Störungsservice: Was unsere Kunden sagen – Helios-Intranet',
    tree: 'Seiten des Bereichs',
    search: 'Intranet durchsuchen', space: 'Kundenservice',
    p1: 'Teamübersicht', p2: 'Hotline-Leitfaden', p3: 'Störungsservice: Stimme des Kunden', p4: 'Sturmvorsorge 2026/27', p5: 'Glossar: NPS, CSAT, CES',
    crumbs: 'Kundenservice › Qualität › Störungsservice',
    h1: 'Störungsservice: Was unsere Kunden sagen',
    byline: 'Zuletzt bearbeitet von Dirk Albers · 20.11.2026 · 4 Min. Lesezeit',
    intro: 'Nach den Ausfällen in der Hitzewelle im Juli ist unsere Nachbefragung wieder eingebrochen. Die Zahlen unten aktualisieren sich selbst – sie kommen direkt aus der CX-Plattform, niemand muss mehr Werte in diese Seite kopieren.',
    info: 'Lesehilfe: Der NPS reicht von −100 bis +100. Das schattierte Band ist die Fehlerspanne – eine Änderung darin ist keine echte Änderung.',
    h2a: 'Der Verlauf seit Dezember 2024',
    macro: 'HTML-Makro · eingefügtes Snippet',
    h2b: 'Wo es unterwegs hakt',
    'p.map': 'Die Journey-Map zeigt die Prozesssicht: wie viele Meldungen jeden Schritt passieren, wie lange Kunden warten und wo die Zuständigkeit wechselt.',
    h2c: 'So kommt das auf Ihre eigene Seite',
    'p.how': 'Seite bearbeiten, ein HTML-Makro einfügen und Folgendes einfügen:',
    threshold: 'Closed Loop: Kennzahl unter Ziel',
  },
});

// The snippet an editor pastes, shown as text (the production bundle is dist/cx-journey-kit.js).
document.querySelector('#snippet')!.textContent = [
  '<script type="module" src="https://cdn.example.com/cx-journey-kit/cx-journey-kit.js"></script>',
  '<nps-trend src="/demo/api/v1/nps/fault-report.json" live-src="/demo/api/v1/live/feedback"></nps-trend>',
  '<touchpoint-score src="/demo/api/v1/scores/fr-eta-sms.json"></touchpoint-score>',
  '<journey-map src="/demo/api/v1/journeys/fault-report.json" overlay="process"></journey-map>',
].join('\n');

start();
