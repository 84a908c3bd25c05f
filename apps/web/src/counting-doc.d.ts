// docs/counting.md rendered to HTML at build time (see the plugin in vite.config.ts).
declare module "virtual:counting-doc" {
  const html: string;
  export default html;
}
