/** HtmlService fake: an HtmlOutput read from `<distDir>/<name>.html`, as the panel is served. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CallCounter } from './call-counter.ts';

type GasOutput = GoogleAppsScript.HTML.HtmlOutput;

export class FakeHtmlOutput implements Pick<GasOutput, 'setTitle'> {
  private title = '';

  constructor(
    private readonly counter: CallCounter,
    private readonly content: string,
  ) {}

  /** Content without counting (emulator side). */
  html(): string {
    return this.content;
  }

  /** Title without counting (emulator side). */
  titleText(): string {
    return this.title;
  }

  setTitle(title: string): GasOutput {
    this.counter.hit('HtmlService.HtmlOutput.setTitle');
    this.title = String(title);
    return this as unknown as GasOutput;
  }
}

export type FakeHtmlService = Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'>;

export function createHtmlService(counter: CallCounter, distDir: string): FakeHtmlService {
  return {
    createHtmlOutputFromFile(filename: string): GasOutput {
      counter.hit('HtmlService.createHtmlOutputFromFile');
      const base = String(filename).replace(/\.html$/i, '');
      const file = path.join(distDir, `${base}.html`);
      if (!existsSync(file)) throw new Error(`No HTML file named ${base} was found.`);
      return new FakeHtmlOutput(counter, readFileSync(file, 'utf8')) as unknown as GasOutput;
    },
  };
}
