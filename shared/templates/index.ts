export * from './builtin';
export * from './fill';
export * from './library';
export * from './model';
export * from './search';
export * from './values';
