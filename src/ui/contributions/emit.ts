// The pane's parts tell the atlas through events that cross their shadow roots.
export const emit = (from: EventTarget, type: string, detail: unknown): boolean => from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
