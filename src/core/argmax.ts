/** Index of the largest of data[start … start + cols − 1] (ties: the lowest index wins). */
export function argmaxRow(data: ArrayLike<number>, start: number, cols: number): number {
  let best = 0;
  let bestV = data[start];
  for (let j = 1; j < cols; j++) {
    if (data[start + j] > bestV) {
      bestV = data[start + j];
      best = j;
    }
  }
  return best;
}
