/** Props for `MarkedSentence`. */
export interface MarkedSentenceProps {
  sentence: string;
  surface: string;
}

/** An evidence sentence with the outlet's name marked; text only, never markup. */
export default function MarkedSentence({ sentence, surface }: MarkedSentenceProps) {
  const at = surface ? sentence.indexOf(surface) : -1;
  if (at < 0) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, at)}
      <mark>{surface}</mark>
      {sentence.slice(at + surface.length)}
    </q>
  );
}
