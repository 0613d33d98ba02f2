import { type Insight, type InsightList, InsightPatch } from '../../src/data/schemas/index.js';
import { formatPath } from '../../src/data/validate.js';
import { describeIssue } from '../../src/data/validate.js';

export interface Reply {
  status: number;
  body: unknown;
}

type Lang = 'en' | 'de';

/**
 * The demo's insights in memory, in English and German (the same insight in both:
 * a PATCH changes both). Seeded from demo/api/v1/insights(.de).json; nothing is written back.
 */
export class InsightStore {
  private readonly lists: Record<Lang, InsightList>;

  constructor(en: InsightList, de: InsightList) {
    this.lists = { en: structuredClone(en), de: structuredClone(de) };
  }

  list(lang: Lang): InsightList {
    return this.lists[lang];
  }

  /**
   * PATCH semantics: only the fields sent change; `version`, when sent, must equal the
   * stored version (else 409 with the current insight). Ratings must lie on the list's scale.
   */
  patch(id: string, raw: unknown, lang: Lang, now: string, by = 'Demo user'): Reply {
    const index = this.lists.en.items.findIndex((i) => i.id === id);
    if (index < 0) return { status: 404, body: { error: `No insight with id "${id}".` } };
    const parsed = InsightPatch.safeParse(raw);
    if (!parsed.success) {
      return {
        status: 422,
        body: {
          error: 'The body is no valid InsightPatch.',
          issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue, raw) })),
        },
      };
    }
    const patch = parsed.data;
    const issues: { path: string; message: string }[] = [];
    for (const key of ['difficulty', 'impact'] as const) {
      const value = patch[key];
      const scale = this.lists.en.scales?.[key] ?? { min: 1, max: 5 };
      if (value !== undefined && (!Number.isFinite(value) || value < scale.min || value > scale.max)) {
        issues.push({ path: key, message: `must be between ${scale.min} and ${scale.max}` });
      }
    }
    if (issues.length) return { status: 422, body: { error: 'The body is no valid InsightPatch.', issues } };
    const current = this.lists[lang].items[index];
    if (patch.version !== undefined && patch.version !== (current.version ?? 0)) {
      return { status: 409, body: { error: `Version ${patch.version} is stale; the insight is at version ${current.version ?? 0}.`, current } };
    }
    for (const l of ['en', 'de'] as const) {
      const item: Insight = { ...this.lists[l].items[index] };
      if (patch.difficulty !== undefined) item.difficulty = patch.difficulty;
      if (patch.impact !== undefined) item.impact = patch.impact;
      if (patch.status !== undefined && patch.status !== item.status) {
        item.status = patch.status;
        item.history = [...(item.history ?? []), { status: patch.status, date: now, by }];
      }
      item.version = (item.version ?? 0) + 1;
      item.updatedAt = now;
      this.lists[l].items[index] = item;
    }
    return { status: 200, body: this.lists[lang].items[index] };
  }
}
