interface Props {
  errors: { fieldId: string; label: string; message: string }[];
}

/** GOV.UK error summary: the list at the top, each linking to its field. */
export function ErrorSummary({ errors }: Props) {
  if (errors.length === 0) return null;
  return (
    <div class="calc-error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="font-bold">请检查以下输入</h2>
      <ul class="mt-1 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.fieldId}><a href={`#${e.fieldId}`}>{e.label}：{e.message}</a></li>
        ))}
      </ul>
    </div>
  );
}
