/** The address of a module built as a chunk of its own, to import when a reader shows the intent to use it (src/integrations/on-intent.ts). */
declare module 'on-intent:*' {
  const url: string;
  export default url;
}
