/**
 * Turns an example's `expr; // → value` lines into checks that run with it.
 *
 * The convention (DEVELOPERS.md, "Code examples"):
 * - `expr; // → <JS literal>`, or `// → <JS literal>` on the line after the statement: evaluating
 *   `expr` gives a value deep-equal to the literal. `console.log(x); // → …` checks `x`.
 * - The literal may go on over the following comment lines indented past `//` (`//   …`).
 * - `…` outside a string means "more": `{ a: 1, … }` has at least key `a`, `[1, …]` starts with 1,
 *   `{ a: … }` has a key `a` with any value.
 * - A note may follow the literal after a space: `// → 14 (the anchor day is day 0)`.
 * - `// → throws CODE`: evaluating `expr` throws an error whose `code` (or `name`) is CODE.
 */
import ts from 'typescript';

/** One `// →` claim of an example. */
export interface Claim {
  /** 0-based line of the example where the claimed expression starts. */
  line: number;
  expression: string;
  /** The literal with `…` written as `__ANY__`, or null for a throw claim. */
  expected: string | null;
  throws: string | null;
}

export interface Instrumented {
  /** The example with every claim replaced by a call to the checker's runtime (same line count). */
  code: string;
  claims: Claim[];
  /** Problems with the claims themselves (0-based line, message). */
  problems: { line: number; message: string }[];
}

const arrowComment = /^(.*?)\/\/\s*→\s?(.*)$/;

/** Replaces `…` outside string literals by the identifier `__ANY__`. */
function markEllipses(literal: string): string {
  let out = '';
  let quote: string | null = null;
  for (let index = 0; index < literal.length; index++) {
    const char = literal[index]!;
    if (quote) {
      out += char;
      if (char === '\\') out += literal[++index] ?? '';
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      out += char;
    } else out += char === '…' ? '__ANY__' : char;
  }
  return out;
}

function parses(expression: string): boolean {
  try {
    new Function(`return (\n${expression}\n);`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The literal at the start of a claim's text: the longest prefix that is a JavaScript expression
 * and is followed by nothing or by a space and a note.
 */
export function literalOf(text: string): string | null {
  const marked = markEllipses(text.trim());
  // A note in parentheses after the literal (`'x' (the note)`) would parse as a call: cut there first.
  for (const note of marked.matchAll(/\s+(?=[(—])/g)) {
    const prefix = marked.slice(0, note.index).replace(/[,;]$/, '');
    if (prefix && parses(prefix)) return prefix;
  }
  if (parses(marked)) return marked;
  for (let end = marked.length - 1; end > 0; end--) {
    if (!/\s/.test(marked[end]!)) continue;
    const prefix = marked.slice(0, end).trimEnd().replace(/[,;]$/, '');
    if (prefix && parses(prefix)) return prefix;
  }
  return null;
}

function statementsOf(sourceFile: ts.SourceFile): ts.ExpressionStatement[] {
  const found: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function claimedExpression(statement: ts.ExpressionStatement): ts.Expression {
  const expression = statement.expression;
  if (
    ts.isCallExpression(expression) &&
    expression.arguments.length === 1 &&
    ts.isPropertyAccessExpression(expression.expression) &&
    expression.expression.getText() === 'console.log'
  ) {
    return expression.arguments[0]!;
  }
  return expression;
}

/** Parses the claims of an example and rewrites each into `__fk.check(…)`. */
export function instrument(code: string, exampleId: string): Instrumented {
  const sourceFile = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lines = code.split('\n');
  const lineOf = (position: number): number => sourceFile.getLineAndCharacterOfPosition(position).line;
  const statements = statementsOf(sourceFile);
  const claims: Claim[] = [];
  const problems: Instrumented['problems'] = [];
  const edits: { start: number; end: number; text: string }[] = [];

  for (let index = 0; index < lines.length; index++) {
    const match = arrowComment.exec(lines[index]!);
    if (!match) {
      // A result claimed in prose (`// bulletin.kind → 'x'`) would never be checked.
      if (/\/\/\s*[\w$.[\]()?'"]+\s*→/.test(lines[index]!)) {
        problems.push({
          line: index,
          message: 'write a result as `expr; // → value`, not `// expr → value`',
        });
      }
      continue;
    }
    const before = match[1]!;
    const commentOnly = before.trim() === '';
    if (!commentOnly && before.includes('//')) {
      problems.push({ line: index, message: 'write a result as `expr; // → value`, not inside a comment' });
      continue;
    }
    let text = match[2]!;
    let last = index;
    while (
      last + 1 < lines.length &&
      /^\s*\/\/\s{2,}\S/.test(lines[last + 1]!) &&
      !/→/.test(lines[last + 1]!)
    ) {
      last++;
      text += ` ${lines[last]!.replace(/^\s*\/\//, '').trim()}`;
    }
    const lineStart = sourceFile.getPositionOfLineAndCharacter(index, 0);
    const statement = statements
      .filter((candidate) =>
        commentOnly
          ? lineOf(candidate.getEnd()) === index - 1 ||
            (lineOf(candidate.getEnd()) < index && isBlankBetween(lines, lineOf(candidate.getEnd()), index))
          : lineOf(candidate.getEnd()) === index && candidate.getEnd() <= lineStart + before.length,
      )
      // The last statement before the comment; of nested ones ending there, the innermost.
      .sort((a, b) => b.getEnd() - a.getEnd() || b.getStart() - a.getStart())[0];
    index = last;
    if (!statement) {
      problems.push({
        line: index,
        message: '`// →` must follow an expression statement (`expr; // → value`)',
      });
      continue;
    }
    const expression = claimedExpression(statement);
    const throwsMatch = /^throws\s+([A-Za-z_][\w]*)/.exec(text.trim());
    const expected = throwsMatch ? null : literalOf(text);
    if (!throwsMatch && expected === null) {
      problems.push({ line: index, message: `the result "${text.trim()}" is not a JavaScript literal` });
      continue;
    }
    const claim: Claim = {
      line: lineOf(expression.getStart()),
      expression: expression.getText(),
      expected,
      throws: throwsMatch ? throwsMatch[1]! : null,
    };
    const container = ts.findAncestor(statement.parent, ts.isFunctionLike);
    const isAsync =
      !container || ts.getCombinedModifierFlags(container as ts.Declaration) & ts.ModifierFlags.Async;
    const id = JSON.stringify(`${exampleId}@${claims.length}`);
    const expectedThunk =
      claim.expected === null
        ? 'null'
        : `() => { const __ANY__ = __fk.ANY; return (${claim.expected.replace(/\n/g, ' ')}); }`;
    const throwsText = JSON.stringify(claim.throws);
    edits.push({
      start: statement.getStart(),
      end: statement.getEnd(),
      text: isAsync
        ? `await __fk.check(${id}, async () => (${claim.expression}), ${expectedThunk}, ${throwsText});`
        : `__fk.checkSync(${id}, () => (${claim.expression}), ${expectedThunk}, ${throwsText});`,
    });
    claims.push(claim);
  }
  let instrumented = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    instrumented = instrumented.slice(0, edit.start) + edit.text + instrumented.slice(edit.end);
  }
  return { code: instrumented, claims, problems };
}

function isBlankBetween(lines: string[], from: number, to: number): boolean {
  return lines.slice(from + 1, to).every((line) => line.trim() === '');
}
