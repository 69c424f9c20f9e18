/** "1 row", "2 rows", "1,000 people": a count and its noun, for an import's messages. */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
