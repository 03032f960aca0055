/// <reference types="vite/client" />

// Vite's client types declare `import.meta.env` and side-effect imports of `*.css` files.
