import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a floating element (a toggletip, a popover) next to its anchor while it is shown,
 * flipping and shifting it to stay in the viewport, through `@floating-ui/dom`.
 */
export class FloatingController implements ReactiveController {
  private stop: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly placement: Placement = 'bottom-start',
  ) {
    host.addController(this);
  }

  /** Starts following `anchor` with `floating`. */
  attach(anchor: HTMLElement, floating: HTMLElement): void {
    this.detach();
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
  }

  detach(): void {
    this.stop?.();
    this.stop = undefined;
  }

  hostDisconnected(): void {
    this.detach();
  }
}
