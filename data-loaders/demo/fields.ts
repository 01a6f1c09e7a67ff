/** Smooth random fields over the plane (random Fourier features of a Gaussian kernel): nearby
 * places get similar values, which is what makes neighbouring buurten resemble each other. */
import type {Point} from "./planar.ts";
import {Random} from "./random.ts";

export type Field = (p: Point) => number;

/** A field with mean ≈ 0, variance ≈ 1 and correlation length `lengthKm`. */
export function smoothField(seed: number, label: string, lengthKm: number, features = 48): Field {
  const random = Random.stream(seed, `field:${label}`);
  const waves = Array.from({length: features}, () => ({
    kx: random.normal(0, 1 / lengthKm),
    ky: random.normal(0, 1 / lengthKm),
    phase: random.between(0, 2 * Math.PI),
  }));
  const scale = Math.sqrt(2 / features);
  return ([x, y]) => {
    let sum = 0;
    for (const w of waves) sum += Math.cos(w.kx * x + w.ky * y + w.phase);
    return scale * sum;
  };
}

/** A bump of height 1 at `center` that fades out with a Gaussian profile. */
export const bump =
  (center: Point, sigmaKm: number): Field =>
  ([x, y]) =>
    Math.exp(-((x - center[0]) ** 2 + (y - center[1]) ** 2) / (2 * sigmaKm ** 2));
