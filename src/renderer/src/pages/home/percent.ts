/** A compliance figure as the matrix headline writes it: "74.5%". */
export const percentText = (n: number): string =>
  `${n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
