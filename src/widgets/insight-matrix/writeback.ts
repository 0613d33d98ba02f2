/**
 * The PATCH URL for one insight: `writeSrc` with `{id}` replaced, or derived
 * from `src` (`…/insights` or `…/insights.json`, query dropped →
 * `…/insights/{id}`). `undefined` when neither gives one.
 */
export function patchUrl(id: string, src?: string, writeSrc?: string): string | undefined {
  const enc = encodeURIComponent(id);
  if (writeSrc) return writeSrc.includes('{id}') ? writeSrc.split('{id}').join(enc) : `${writeSrc.replace(/\/+$/, '')}/${enc}`;
  if (!src) return undefined;
  const base = src.split(/[?#]/)[0]!.replace(/\.json$/, '').replace(/\/+$/, '');
  return base ? `${base}/${enc}` : undefined;
}
