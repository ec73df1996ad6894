// Types for lib/layers.mjs, which eslint.config.mjs loads as plain JavaScript.
export declare const LAYERS: string[][];
export declare const TOOLS: Record<string, string[]>;
export declare function layerZones(): { target: string; from: string[]; message: string }[];
