import { type ElementPart, nothing, noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | number | undefined | null>>;

const names = new Map<string, string>();
/** `marginLeft` → `margin-left` (custom properties `--x` stay as they are); cached, it runs on every update. */
function dashed(name: string): string {
  let out = names.get(name);
  if (out === undefined) {
    out = name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    names.set(name, out);
  }
  return out;
}

/**
 * Sets inline style properties through the CSSOM only — never through a
 * `style="…"` attribute, which a Content-Security-Policy without
 * 'unsafe-inline' blocks (Lit's `styleMap` writes the attribute on first
 * render). Use as an element binding: `<div ${cssProps({ left: '4px' })}>`.
 */
class CssPropsDirective extends Directive {
  /** The values set last time, by property: unchanged ones are not set again (no style invalidation). */
  private previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() must be used as an element binding: <div ${cssProps({…})}>');
  }

  render(_props: CssProps) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]) {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous.keys()) {
      if (props[name] == null) {
        style.removeProperty(dashed(name));
        this.previous.delete(name);
      }
    }
    for (const name of Object.keys(props)) {
      const raw = props[name];
      if (raw == null) continue;
      const value = String(raw);
      if (this.previous.get(name) === value) continue;
      style.setProperty(dashed(name), value);
      this.previous.set(name, value);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
