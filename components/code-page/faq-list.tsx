export interface FaqItem {
  question: string;
  answer: string;
}

export function FaqList({ items }: { items: FaqItem[] }) {
  return (
    <dl className="space-y-4">
      {items.map((item) => (
        <div key={item.question}>
          <dt className="font-semibold text-slate-900 dark:text-white">{item.question}</dt>
          <dd className="mt-1 text-slate-800 dark:text-slate-200">{item.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
