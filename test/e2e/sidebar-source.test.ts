/** Cell text is data: the sidebar never parses strings as HTML (no innerHTML and friends). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIDEBAR = join(__dirname, '../../sidebar');
const MARKUP_SINKS =
  /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|\beval\(|new Function\(/;

describe('sidebar source', () => {
  const files = readdirSync(SIDEBAR).filter((f) => /\.(ts|html|css)$/.test(f));

  it('has its files', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'style.css', 'main.ts', 'server.ts']));
  });

  it.each(files)('%s uses no HTML-parsing sink', (file) => {
    const text = readFileSync(join(SIDEBAR, file), 'utf8');
    expect(text.split('\n').filter((line) => MARKUP_SINKS.test(line))).toEqual([]);
  });

  it('keeps the build markers and the add-ons1.css link as its only outside resource', () => {
    const html = readFileSync(join(SIDEBAR, 'index.html'), 'utf8');
    expect(html).toContain('<!-- @inline-css -->');
    expect(html).toContain('<!-- @inline-js -->');
    expect(html.match(/(?:src|href)="https?:[^"]+"/g)).toEqual([
      'href="https://ssl.gstatic.com/docs/script/css/add-ons1.css"',
    ]);
  });

  it('calls google.script.run in one place only (server.ts), always with a failure handler', () => {
    const users = files.filter(
      (f) => f.endsWith('.ts') && /google\??\.script\??\.run/.test(readFileSync(join(SIDEBAR, f), 'utf8')),
    );
    expect(users).toEqual(['server.ts']);
    expect(readFileSync(join(SIDEBAR, 'server.ts'), 'utf8')).toContain('.withFailureHandler(');
  });
});
