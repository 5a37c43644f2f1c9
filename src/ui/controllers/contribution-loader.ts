// The workshop contributions' code (pane, form, Yjs store, yjs itself) is not in the start chunk:
// it loads when the pane or a link asks for it, when a file is dropped, or after the first map
// when this browser keeps contributions already (their pins then show without opening the pane).
import type { TemplateResult } from 'lit';
import type { AtlasModel } from '../../state/atlas-model';
import type { WorkshopResults } from '../../domain/workshop-results';

/** What the shell asks of the loaded part (ui/contributions/contribution-session.ts). */
export interface ContributionPart {
  /** the model changed (or the shell rendered): pins, selection, the form's area follow */
  sync(model: AtlasModel): void;
  /** the pane, inside the shell's column of panes */
  pane(model: AtlasModel): TemplateResult;
  /** the crosshair over the map while a point is being set; null: none */
  overlay(): TemplateResult | null;
  /** the contributions of an area (for its card); the card's buttons call `request` */
  countIn(area: string): number;
  request(detail: ContributionRequest): void;
  /** files of contributions (dropped, or chosen in the pane): read and merged, the pane shows what happened */
  take(files: File[]): Promise<void>;
  /** the current workshop's contributions for print's results pages; null: it has none */
  results(): WorkshopResults | null;
  /** how many contributions the current workshop has (what the print dialog offers), without making its results */
  count(): number;
}

/** The card's buttons: open the pane at an area's contributions, or start one for it. */
export interface ContributionRequest {
  area: string;
  add: boolean;
}

export class ContributionLoader {
  part: ContributionPart | null = null;
  #loading: Promise<ContributionPart> | null = null;
  #probed = false;

  constructor(private readonly host: HTMLElement & { requestUpdate(): void }) {}

  // One dynamic import here (each costs the start chunk a preload wrapper): the small intake chunk, which loads the rest.
  #intake = () => import('../contributions/contribution-intake');

  load = (): Promise<ContributionPart> =>
    (this.#loading ??= this.#intake()
      .then((m) => m.start(this.host))
      .then((part) => {
        this.part = part;
        this.host.requestUpdate();
        return part;
      }));

  /** A part's 'contribution-request' (the card's "Beitrag zu diesem Gebiet", a pin's list): to the pane, loaded first. */
  onRequest = (e: CustomEvent<ContributionRequest>): void => void this.load().then((part) => part.request(e.detail));

  /** The dropped files that hold contributions go to the pane; resolves to the others (the own-data import's). */
  claim = (files: File[]) => this.#intake().then((m) => m.claim(files, this.load));

  /** Once, after the first map: contributions kept in this browser are shown. */
  probe(): void {
    if (!this.#probed) void this.#intake().then((m) => m.probe(this.load));
    this.#probed = true;
  }
}
