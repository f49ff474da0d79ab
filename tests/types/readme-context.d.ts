// What the README's examples take as given: the values a signup handler already has, the
// server object of the Node examples, and the module types a bundler provides (Vite's
// `vite/client` declares `?url` imports and CSS imports the same way).

declare const pw: string;
declare const pw2: string;
declare const password: string;
declare const confirmation: string;
declare const email: string;
declare const username: string;
declare const givenName: string;
declare const familyName: string;
declare const app: { listen(port: number): void };

declare module '*?url' {
  const url: string;
  export default url;
}

declare module '*.css';
