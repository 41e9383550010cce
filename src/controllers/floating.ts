import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyModule } from './lazy-module.js';

/** Floating UI is needed only once something floats: not for the first screen. */
const floatingUi = new LazyModule(() => import('@floating-ui/dom'));

/**
 * Keeps a floating element (a toggletip, a popover) next to its anchor while it is shown,
 * flipping and shifting it to stay in the viewport, through `@floating-ui/dom`.
 */
export class FloatingController implements ReactiveController {
  private stop: (() => void) | undefined;
  /** Bumped by every attach and detach, so a load that finishes late does not attach. */
  private generation = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly placement: Placement = 'bottom-start',
  ) {
    host.addController(this);
  }

  /** Loads Floating UI ahead of `attach`, e.g. when the patient points at or focuses the anchor. */
  prepare(): void {
    floatingUi.prefetch();
  }

  /** Starts following `anchor` with `floating`. Until Floating UI has loaded, the CSS position stands. */
  attach(anchor: HTMLElement, floating: HTMLElement): void {
    this.detach();
    const generation = this.generation;
    floatingUi.load().then(({ autoUpdate, computePosition, flip, offset, shift }) => {
      if (generation !== this.generation) return;
      const update = () =>
        void computePosition(anchor, floating, {
          placement: this.placement,
          strategy: 'fixed',
          middleware: [offset(8), flip(), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          floating.style.insetInlineStart = '';
          floating.style.left = `${x}px`;
          floating.style.top = `${y}px`;
        });
      this.stop = autoUpdate(anchor, floating, update);
    }, () => undefined);
  }

  detach(): void {
    this.generation++;
    this.stop?.();
    this.stop = undefined;
  }

  hostDisconnected(): void {
    this.detach();
  }
}
