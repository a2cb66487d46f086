/** What a trace event's self time is spent on, for the breakdown in docs/performance.md. */
export type TraceGroup =
  'compile' | 'evaluate' | 'script' | 'gc' | 'style-layout-paint' | 'messages' | 'world' | 'other';

const RULES: [RegExp, TraceGroup][] = [
  [/^V8\.GC|GC_|^MinorGC|^MajorGC|concurrent marking/i, 'gc'],
  [/^V8\.(PreParse|Parse|Compile|Lazy|Bytecode|Deserialize(?!Context))|^v8\.compile/i, 'compile'],
  [/^v8\.run|^EvaluateScript/, 'evaluate'],
  [
    /^RunMicrotasks|^FunctionCall|^V8\.Execute|^TimerFire|^FireIdleCallback|^EventDispatch/,
    'script',
  ],
  [
    /^(UpdateLayoutTree|RecalculateStyles|Layout|PrePaint|Paint|Commit|Layerize|UpdateLayer|ScheduleStyleRecalculation|HitTest|IntersectionObserverController)/,
    'style-layout-paint',
  ],
  [/mojo|^ParseMessage|Message/i, 'messages'],
  [/WindowProxy|ContextCreated|DeserializeContext|CreateContext/, 'world'],
];

export function groupOf(name: string): TraceGroup {
  for (const [re, group] of RULES) if (re.test(name)) return group;
  return 'other';
}

/** Sums self times by group (ms, one decimal). */
export function byGroup(self: Record<string, number>): Record<TraceGroup, number> {
  const out = {} as Record<TraceGroup, number>;
  for (const [name, ms] of Object.entries(self)) {
    const g = groupOf(name);
    out[g] = (out[g] ?? 0) + ms;
  }
  for (const g of Object.keys(out) as TraceGroup[]) out[g] = +out[g].toFixed(1);
  return out;
}
