/** The shipped packages' licences, made at build time from package-lock.json (scripts/licenses.mjs). */
declare module 'virtual:licenses' {
  const licenses: { name: string; version: string; license: string }[];
  export default licenses;
}
