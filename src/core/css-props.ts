import { type ElementPart, nothing, noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | number | undefined | null>>;

const dashed = (name: string) => (name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Sets inline style properties through the CSSOM only — never through a
 * `style="…"` attribute, which a Content-Security-Policy without
 * 'unsafe-inline' blocks (Lit's `styleMap` writes the attribute on first
 * render). Use as an element binding: `<div ${cssProps({ left: '4px' })}>`.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() must be used as an element binding: <div ${cssProps({…})}>');
  }

  render(_props: CssProps) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]) {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (props[name] == null) {
        style.removeProperty(dashed(name));
        this.previous.delete(name);
      }
    }
    for (const name of Object.keys(props)) {
      const value = props[name];
      if (value == null) continue;
      style.setProperty(dashed(name), String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
