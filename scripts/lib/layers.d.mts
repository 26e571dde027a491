/** Types for `layers.mjs` (plain ESM, so that `npm run lint` runs it with Node as is). */

/** A layer: the path prefixes of its files and the layers it may import. */
export interface Layer {
  paths: string[];
  may: string[];
}
export declare const LAYERS: Record<string, Layer>;
export declare const PACKAGES: Record<string, string[]>;
export declare function layerOf(file: string): string | null;
export declare function importsOf(source: string): string[];
export declare function checkLayers(sources: Map<string, string>): string[];
