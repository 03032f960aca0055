/** Replaced at bundle time by scripts/build-node.mjs; tsx runs see the development marker. */
declare const __HOPTAC_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __HOPTAC_VERSION__ === 'string' ? __HOPTAC_VERSION__ : '0.0.0-dev';
