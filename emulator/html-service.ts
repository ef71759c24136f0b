/** HtmlService fake: HtmlOutput from a string or from `<distDir>/<name>.html`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CallCounter } from './call-counter.ts';

type GasOutput = GoogleAppsScript.HTML.HtmlOutput;

const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });

export class FakeHtmlOutput
  implements
    Pick<
      GasOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'setXFrameOptionsMode'
      | 'setSandboxMode'
    >
{
  private title = '';
  private width = 300;
  private height = 0;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;

  constructor(
    private readonly counter: CallCounter,
    private content: string,
  ) {}

  private self(): GasOutput {
    return this as unknown as GasOutput;
  }

  /** Content without counting (emulator side). */
  html(): string {
    return this.content;
  }

  /** Title without counting (emulator side). */
  titleText(): string {
    return this.title;
  }

  getContent(): string {
    this.counter.hit('HtmlService.HtmlOutput.getContent');
    return this.content;
  }

  setContent(content: string): GasOutput {
    this.counter.hit('HtmlService.HtmlOutput.setContent');
    this.content = String(content);
    return this.self();
  }

  append(addedContent: string): GasOutput {
    this.counter.hit('HtmlService.HtmlOutput.append');
    this.content += String(addedContent);
    return this.self();
  }

  getTitle(): string {
    this.counter.hit('HtmlService.HtmlOutput.getTitle');
    return this.title;
  }

  setTitle(title: string): GasOutput {
    this.counter.hit('HtmlService.HtmlOutput.setTitle');
    this.title = String(title);
    return this.self();
  }

  getWidth(): number {
    this.counter.hit('HtmlService.HtmlOutput.getWidth');
    return this.width;
  }

  setWidth(width: number): GasOutput {
    this.counter.hit('HtmlService.HtmlOutput.setWidth');
    this.width = width;
    return this.self();
  }

  getHeight(): number {
    this.counter.hit('HtmlService.HtmlOutput.getHeight');
    return this.height;
  }

  setHeight(height: number): GasOutput {
    this.counter.hit('HtmlService.HtmlOutput.setHeight');
    this.height = height;
    return this.self();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasOutput {
    this.counter.hit('HtmlService.HtmlOutput.setXFrameOptionsMode');
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GasOutput {
    this.counter.hit('HtmlService.HtmlOutput.setSandboxMode');
    return this.self();
  }
}

export type FakeHtmlService = Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'XFrameOptionsMode' | 'SandboxMode'
>;

export function createHtmlService(counter: CallCounter, distDir: string): FakeHtmlService {
  return {
    XFrameOptionsMode: XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode,
    SandboxMode: SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode,
    createHtmlOutput(html?: unknown): GasOutput {
      counter.hit('HtmlService.createHtmlOutput');
      const text = html === undefined || html === null ? '' : typeof html === 'string' ? html : String(html);
      return new FakeHtmlOutput(counter, text) as unknown as GasOutput;
    },
    createHtmlOutputFromFile(filename: string): GasOutput {
      counter.hit('HtmlService.createHtmlOutputFromFile');
      const base = String(filename).replace(/\.html$/i, '');
      const file = path.join(distDir, `${base}.html`);
      if (!existsSync(file)) throw new Error(`No HTML file named ${base} was found.`);
      return new FakeHtmlOutput(counter, readFileSync(file, 'utf8')) as unknown as GasOutput;
    },
  };
}
