/**
 * The layers are held by the compiler: each folder has its own tsconfig (see tsconfig.json's
 * references) with only the ambient types that layer may use. src/core gets the ES library and
 * nothing else, so a core file that reaches for an Apps Script service, the DOM or node does not
 * compile. These tests compile a probe file as if it sat in each layer, with that layer's options.
 */
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function compileProbe(layerDir: string, source: string): string[] {
  const configPath = join(ROOT, layerDir, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${configPath}`);
  const probe = join(dirname(configPath), '__layer_probe__.ts');
  const options = { ...config.options, noEmit: true, composite: false, emitDeclarationOnly: false };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === probe ? source : readFile(f));
  host.fileExists = (f) => f === probe || fileExists(f);
  host.getSourceFile = (f, lang, onError, create) =>
    f === probe ? ts.createSourceFile(f, source, lang) : getSourceFile(f, lang, onError, create);
  const program = ts.createProgram([probe], options, host);
  const probeFile = program.getSourceFile(probe);
  return [...program.getSyntacticDiagnostics(probeFile), ...program.getSemanticDiagnostics(probeFile)].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, ' '),
  );
}

describe('layers enforced by the compiler', () => {
  it('a core file may use the ES library and other core modules', () => {
    const errors = compileProbe(
      'src/core',
      "import { Decimal } from './decimal';\nexport const x: number = Math.max(new Decimal(1).toNumber(), [1].length);\n",
    );
    expect(errors).toEqual([]);
  });

  it.each([
    ['SpreadsheetApp', 'export const x = SpreadsheetApp.getActiveSpreadsheet();'],
    ['document', 'export const x = document.title;'],
    ['window', 'export const x = window.location;'],
    ['process', 'export const x = process.env;'],
    ['console', "console.log('x');"],
    ['GoogleAppsScript', 'export type X = GoogleAppsScript.Spreadsheet.Range;'],
  ])('a core file that touches %s does not compile', (name, source) => {
    const errors = compileProbe('src/core', source);
    expect(errors.join('\n')).toMatch(new RegExp(`Cannot find name(space)? '${name}'`));
  });

  it('src/gas sees the Apps Script services but not the DOM', () => {
    expect(compileProbe('src', 'export const x = SpreadsheetApp.getActiveSpreadsheet();')).toEqual([]);
    expect(compileProbe('src', 'export const x = document.title;').join('\n')).toContain("Cannot find name 'document'");
  });

  it('the sidebar sees the DOM but not the Apps Script services', () => {
    expect(compileProbe('sidebar', 'export const x = document.title;')).toEqual([]);
    expect(compileProbe('sidebar', 'export const x = SpreadsheetApp.getActive();').join('\n')).toContain(
      "Cannot find name 'SpreadsheetApp'",
    );
  });
});
