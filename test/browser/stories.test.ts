// Renders every Storybook story (every export of every stories/*.stories.ts file) the way
// Storybook does — args, render, play — and runs axe on it. A new story is checked
// without anyone remembering to add it here.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import stories from 'virtual:all-stories';
import '../../src/define.js';

interface StoryModule {
  default: { args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => TemplateResult };
  [name: string]: unknown;
}
interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('every story', () => {
  for (const [file, module] of Object.entries(stories as Record<string, StoryModule>)) {
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as Story;
      it(`${file} › ${name} renders and has no axe violations`, async () => {
        const canvas = document.createElement('div');
        document.body.append(canvas);
        try {
          const args = { ...module.default.args, ...story.args };
          const template = (story.render ?? module.default.render)?.(args);
          if (!template) throw new Error('story has no render function');
          render(template, canvas);
          await settle();
          await story.play?.({ canvasElement: canvas, args });
          await settle();
          const element = canvas.firstElementChild;
          expect(element, 'the story renders an element').to.not.equal(null);
          expect(element!.shadowRoot?.childElementCount ?? element!.childElementCount).to.be.greaterThan(0);
          await expect(canvas).to.be.accessible();
        } finally {
          canvas.remove();
        }
      });
    }
  }
});
