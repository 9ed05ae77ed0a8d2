/**
 * The 我现在该怎么办 question tree: checks and derived facts, no DOM and no astro:* imports so
 * the unit tests and the pages share them. A question's answer leads to another question or
 * to a plan; /help/ is the question "start".
 */

export interface TreeAnswer { label: string; question?: string | undefined; plan?: string | undefined }
export interface TreeQuestion { id: string; answers: TreeAnswer[] }

export const START = 'start';
/** The promise: no reader answers more than four questions before seeing a plan. */
export const MAX_ANSWERS = 4;

/** Where an answer leads, as a site path (before the base is added). */
export function answerPath(answer: TreeAnswer): string {
  if (answer.plan) return `/help/plan/${answer.plan}/`;
  return questionPath(answer.question ?? START);
}

export function questionPath(id: string): string {
  return id === START ? '/help/' : `/help/q/${id}/`;
}

/**
 * Every problem with the tree, as readable sentences; empty when the tree is sound. Checks:
 * a start question, each answer leads to exactly one known question or plan, every question
 * and plan is reachable, no loops, and every plan is at most MAX_ANSWERS answers from start.
 */
export function treeProblems(questions: readonly TreeQuestion[], planIds: readonly string[]): string[] {
  const problems: string[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const plans = new Set(planIds);
  if (!byId.has(START)) return [`no question "${START}"`];
  if (byId.size !== questions.length) problems.push('two questions share an id');
  for (const q of questions) {
    for (const a of q.answers) {
      if (Boolean(a.plan) === Boolean(a.question)) problems.push(`${q.id} → "${a.label}": needs exactly one of question or plan`);
      else if (a.question && !byId.has(a.question)) problems.push(`${q.id} → "${a.label}": no question "${a.question}"`);
      else if (a.plan && !plans.has(a.plan)) problems.push(`${q.id} → "${a.label}": no plan "${a.plan}"`);
    }
  }
  const { questionDepth, planDepth } = depths(questions);
  for (const q of questions) if (!questionDepth.has(q.id)) problems.push(`question "${q.id}" cannot be reached from ${START}`);
  for (const p of planIds) {
    const d = planDepth.get(p);
    if (d === undefined) problems.push(`plan "${p}" cannot be reached from ${START}`);
  }
  // Depth-first walk: a loop, or a plan more than MAX_ANSWERS answers down any path.
  const walk = (id: string, answered: number, seen: readonly string[]) => {
    if (seen.includes(id)) { problems.push(`loop: ${[...seen, id].join(' → ')}`); return; }
    for (const a of byId.get(id)?.answers ?? []) {
      if (a.plan && answered + 1 > MAX_ANSWERS) problems.push(`plan "${a.plan}" takes ${answered + 1} answers via ${[...seen, id].join(' → ')}`);
      if (a.question && byId.has(a.question)) walk(a.question, answered + 1, [...seen, id]);
    }
  };
  walk(START, 0, []);
  return problems;
}

/** Fewest answers from start to each question (start is 0) and to each plan. */
export function depths(questions: readonly TreeQuestion[]) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const questionDepth = new Map<string, number>([[START, 0]]);
  const planDepth = new Map<string, number>();
  const queue = [START];
  while (queue.length) {
    const id = queue.shift()!;
    const d = questionDepth.get(id)!;
    for (const a of byId.get(id)?.answers ?? []) {
      if (a.plan && !planDepth.has(a.plan)) planDepth.set(a.plan, d + 1);
      if (a.question && byId.has(a.question) && !questionDepth.has(a.question)) {
        questionDepth.set(a.question, d + 1);
        queue.push(a.question);
      }
    }
  }
  return { questionDepth, planDepth };
}

/** The question that first leads to each question: the 上一步 link of a question page. */
export function parents(questions: readonly TreeQuestion[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of questions) for (const a of q.answers) if (a.question && !out.has(a.question)) out.set(a.question, q.id);
  return out;
}
