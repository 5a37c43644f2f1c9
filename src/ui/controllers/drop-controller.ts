// Files dropped anywhere on the atlas go to the own-data import; while something is dragged
// over it, `dragging` is true and the element shows where to let go.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DropController implements ReactiveController {
  dragging = false;
  #host: ReactiveControllerHost & HTMLElement;
  #onFiles: (files: File[]) => void;

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
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) this.#onFiles(files);
  };

  constructor(host: ReactiveControllerHost & HTMLElement, onFiles: (files: File[]) => void) {
    this.#host = host;
    this.#onFiles = onFiles;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('dragover', this.#onDragOver);
    this.#host.addEventListener('dragleave', this.#onDragLeave);
    this.#host.addEventListener('drop', this.#onDrop);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('dragover', this.#onDragOver);
    this.#host.removeEventListener('dragleave', this.#onDragLeave);
    this.#host.removeEventListener('drop', this.#onDrop);
  }

  #set(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#host.requestUpdate();
  }
}
