// react-pdf's reconciler builds ship without type declarations (its entry declares `any`).
declare module '@react-pdf/reconciler/lib/reconciler-33.js' {
  const createRenderer: unknown;
  export default createRenderer;
}
