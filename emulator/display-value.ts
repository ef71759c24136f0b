/** Indonesian-locale display text of a cell (Range.getDisplayValues). */
import { zonedParts } from './zoned-time.ts';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function stripQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

function formatNumber(value: number, numberFormat: string | undefined): string {
  const fmt = (numberFormat ?? '').split(';')[0];
  if (!Number.isFinite(value)) return String(value);
  if (fmt === '' || /^general$/i.test(fmt)) {
    return String(value).replace('.', ',');
  }
  if (fmt.includes('@')) return String(value);
  const core = /[#0][#0,]*(\.[#0]*)?/.exec(fmt);
  if (!core) return String(value).replace('.', ',');
  const prefix = stripQuotes(fmt.slice(0, core.index));
  const suffix = stripQuotes(fmt.slice(core.index + core[0].length));
  const percent = fmt.includes('%');
  const grouping = core[0].includes(',');
  const decimals = core[1] ? core[1].slice(1) : '';
  const minDec = (decimals.match(/0/g) ?? []).length;
  const maxDec = decimals.length;
  const scaled = percent ? value * 100 : value;
  let text = Math.abs(scaled).toFixed(maxDec);
  if (maxDec > minDec) {
    const [i, d = ''] = text.split('.');
    let dd = d;
    while (dd.length > minDec && dd.endsWith('0')) dd = dd.slice(0, -1);
    text = dd ? `${i}.${dd}` : i;
  }
  const [intPart, decPart] = text.split('.');
  const body = (grouping ? group(intPart) : intPart) + (decPart !== undefined ? `,${decPart}` : '');
  const negative = scaled < 0 && /[1-9]/.test(text);
  return `${negative ? '-' : ''}${prefix}${body}${suffix}`;
}

/** dd/MM/yyyy (plus HH:mm:ss when not midnight) in the spreadsheet zone. */
function displayDate(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const day = `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
  if (p.hour === 0 && p.minute === 0 && p.second === 0) return day;
  return `${day} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
}

export function displayValue(value: unknown, numberFormat: string | undefined, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (value instanceof Date) return displayDate(value, timeZone);
  if (typeof value === 'number') return formatNumber(value, numberFormat);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
