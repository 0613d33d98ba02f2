/**
 * 16 × 16 line icons as path data, so the element (Lit `svg`) and the SVG
 * export draw the same shapes. Icons carry meaning next to text, never alone.
 */
export interface IconDef {
  paths: readonly string[];
  /** Filled shapes instead of strokes. */
  fill?: boolean;
}

const circle = 'M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5Z';

export const ICONS = {
  web: { paths: [circle, 'M1.75 8h12.5', 'M8 1.75c-2.3 2.4-2.3 10.1 0 12.5M8 1.75c2.3 2.4 2.3 10.1 0 12.5'] },
  app: { paths: ['M5 1.5h6a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1Z', 'M7 12.25h2'] },
  phone: { paths: ['M3.6 2h2.3l1.2 3-1.5 1.1a8 8 0 0 0 4.3 4.3L11 8.9l3 1.2v2.3a1.6 1.6 0 0 1-1.6 1.6A11.4 11.4 0 0 1 2 3.6 1.6 1.6 0 0 1 3.6 2Z'] },
  email: { paths: ['M2 3.5h12v9H2Z', 'M2.2 4 8 8.75 13.8 4'] },
  letter: { paths: ['M3.75 1.5h5.5L12.25 4.5v10h-8.5Z', 'M9.25 1.5v3h3', 'M6 8h4.25M6 10.75h4.25'] },
  branch: { paths: ['M2.5 6.5 3.5 2.5h9l1 4Z', 'M3.5 6.5v7h9v-7', 'M6.75 13.5v-3.75h2.5v3.75'] },
  chat: { paths: ['M2.5 3h11v7.5H7.25L4.25 13v-2.5H2.5Z'] },
  field: { paths: ['M10.4 2.1a3 3 0 0 0-2.9 4L2.6 11a1.3 1.3 0 0 0 1.9 1.9l4.9-4.9a3 3 0 0 0 4-2.9L11.6 6.9 9.9 6.1 9.1 4.4Z'] },
  system: { paths: ['M4.75 4.75h6.5v6.5h-6.5Z', 'M6.5 2v2.75M9.5 2v2.75M6.5 11.25V14M9.5 11.25V14M2 6.5h2.75M2 9.5h2.75M11.25 6.5H14M11.25 9.5H14'] },
  other: { paths: ['M8 5.25a2.75 2.75 0 1 0 0 5.5a2.75 2.75 0 1 0 0-5.5Z'] },
  star: { paths: ['M8 1.6l1.95 4 4.35.6-3.15 3.05.75 4.35L8 11.55 4.1 13.6l.75-4.35L1.7 6.2l4.35-.6Z'], fill: true },
  bolt: { paths: ['M9.25 1.25 3.5 9h4l-.75 5.75L12.5 7h-4Z'], fill: true },
  handover: { paths: ['M2 5.25h10', 'M9.5 2.75 12 5.25 9.5 7.75', 'M14 10.75H4', 'M6.5 8.25 4 10.75l2.5 2.5'] },
  met: { paths: [circle, 'M5 8.25l2 2 4-4.25'] },
  risk: { paths: ['M8 1.9 14.6 13.6H1.4Z', 'M8 6.25v3.5', 'M8 11.6v.15'] },
  missed: { paths: [circle, 'M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8'] },
  none: { paths: [circle, 'M5 8h6'] },
  small: { paths: [circle, 'M8 7.25v4.25', 'M8 4.75v.1'] },
  table: { paths: ['M2 3h12v10H2Z', 'M2 6.5h12M2 9.75h12M6.5 3v10'] },
  map: { paths: ['M1.75 3.5h3.5v9h-3.5Z', 'M6.25 3.5h3.5v5h-3.5Z', 'M10.75 3.5h3.5v7h-3.5Z'] },
  close: { paths: ['M4 4l8 8M12 4l-8 8'] },
  up: { paths: ['M8 13V3.5', 'M4 7.25 8 3.25l4 4'] },
  down: { paths: ['M8 3v9.5', 'M4 8.75l4 4 4-4'] },
} satisfies Record<string, IconDef>;

export type IconName = keyof typeof ICONS;

const CHANNELS: Readonly<Record<string, IconName>> = {
  web: 'web', website: 'web', online: 'web', portal: 'web', internet: 'web',
  app: 'app', mobile: 'app', 'mobile app': 'app', 'self-service': 'app',
  phone: 'phone', call: 'phone', hotline: 'phone', telephone: 'phone', 'call centre': 'phone', 'call center': 'phone', telefon: 'phone',
  email: 'email', 'e-mail': 'email', mail: 'email',
  letter: 'letter', post: 'letter', brief: 'letter', paper: 'letter',
  branch: 'branch', shop: 'branch', store: 'branch', filiale: 'branch',
  chat: 'chat', sms: 'chat', whatsapp: 'chat', messenger: 'chat', social: 'chat', chatbot: 'chat',
  field: 'field', technician: 'field', onsite: 'field', 'on-site': 'field', visit: 'field', 'field service': 'field', techniker: 'field',
  system: 'system', api: 'system', automated: 'system', batch: 'system',
};

/** The icon of a channel name (free text in the data); unknown channels get a neutral dot. */
export function channelIcon(channel: string | undefined): IconName {
  if (!channel) return 'other';
  const key = channel.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(CHANNELS, key) ? CHANNELS[key]! : 'other';
}
