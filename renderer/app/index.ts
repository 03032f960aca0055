export { App } from './App';
export { Providers } from './Providers';
export { hrefFor, navigate, parseHash, useRoute, type Route } from './routes';
