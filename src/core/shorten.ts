/**
 * A long cell text quoted in a message, cut at a word boundary: `Program Penunjang Urusan
 * Pemerintahan…`, never `Program Penunjang Urusan Pemerin...`. A single word longer than the limit
 * is cut inside the word (there is no boundary to use).
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max); // leaves one character for the ellipsis
  const space = room.lastIndexOf(' ');
  const cut = space > max / 3 ? room.slice(0, space) : room.slice(0, max - 1);
  return `${cut.replace(/[\s,.;:–-]+$/, '')}…`;
}
