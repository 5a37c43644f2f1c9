// Files dropped anywhere on the atlas go to the own-data import; while something is dragged
// over it, `dragging` is true and the element shows where to let go. The dropped files are kept
// in `files` until the import takes them (the shell hands them on as a property).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DropController implements ReactiveController {
  dragging = false;
  files: File[] | null = null;
  #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  #onFiles: (files: File[]) => void;
  #claim: ((files: File[]) => Promise<File[]>) | null;

  #onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.#set(true);
  };
  #onDragLeave = (e: DragEvent) => {
    if (e.relatedTarget instanceof Node && this.#host.shadowRoot?.contains(e.relatedTarget)) return;
    this.#set(false);
  };
  #onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.#set(false);
    void this.#take([...(e.dataTransfer?.files ?? [])]);
  };
  async #take(dropped: File[]): Promise<void> {
    // Files of workshop contributions go to their pane; the rest, as before, to the own-data import.
    const files = dropped.length && this.#claim ? await this.#claim(dropped) : dropped;
    if (!files.length) return;
    this.files = files;
    this.#onFiles(files);
    this.#host.requestUpdate();
  }

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }, onFiles: (files: File[]) => void, claim: ((files: File[]) => Promise<File[]>) | null = null) {
    this.#host = host;
    this.#onFiles = onFiles;
    this.#claim = claim;
    host.addController(this);
  }

  // On the shadow root: a drop anywhere in the atlas reaches it, from the OS (composed) or a script.
  hostConnected(): void {
    const root = this.#host.renderRoot;
    root.addEventListener('dragover', this.#onDragOver as EventListener);
    root.addEventListener('dragleave', this.#onDragLeave as EventListener);
    root.addEventListener('drop', this.#onDrop as EventListener);
  }

  hostDisconnected(): void {
    const root = this.#host.renderRoot;
    root.removeEventListener('dragover', this.#onDragOver as EventListener);
    root.removeEventListener('dragleave', this.#onDragLeave as EventListener);
    root.removeEventListener('drop', this.#onDrop as EventListener);
  }

  /** The import has the files. */
  taken(): void {
    this.files = null;
  }

  #set(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#host.requestUpdate();
  }
}
