/**
 * Formula language of the catalogue: numbers, identifiers, + - * /, parentheses, unary minus.
 *
 * Why a parser of our own instead of pasting formulas into SQL: the engine must know which base
 * counts a KPI reads (null rule `missing_input`) and every denominator, nested ones included
 * (null rule `zero_denominator`), and a ring's YAML must never be able to inject SQL. The AST is
 * plain JSON so the validated catalogue can be shipped to the browser as a virtual module.
 *
 * Operators of equal precedence are left-associative and nothing is reordered or simplified:
 * `a / b * 100` is `(a / b) * 100`, exactly the written order, so every implementation that
 * follows the text computes the same doubles.
 */

export type BinaryOp = '+' | '-' | '*' | '/';

export type Expr =
	| { type: 'number'; value: number }
	| { type: 'ref'; id: string }
	| { type: 'neg'; arg: Expr }
	| { type: 'binary'; op: BinaryOp; left: Expr; right: Expr };

export class FormulaSyntaxError extends Error {
	readonly position: number;
	constructor(message: string, position: number) {
		super(message);
		this.name = 'FormulaSyntaxError';
		this.position = position;
	}
}

type Token =
	| { kind: 'number'; value: number; pos: number }
	| { kind: 'ident'; id: string; pos: number }
	| { kind: 'op'; op: BinaryOp | '(' | ')'; pos: number }
	| { kind: 'end'; pos: number };

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i] as string;
		if (/\s/.test(ch)) {
			i++;
			continue;
		}
		if ('+-*/()'.includes(ch)) {
			tokens.push({ kind: 'op', op: ch as BinaryOp | '(' | ')', pos: i });
			i++;
			continue;
		}
		NUMBER.lastIndex = i;
		const num = NUMBER.exec(text);
		if (num) {
			tokens.push({ kind: 'number', value: Number(num[0]), pos: i });
			i += num[0].length;
			continue;
		}
		IDENT.lastIndex = i;
		const ident = IDENT.exec(text);
		if (ident) {
			tokens.push({ kind: 'ident', id: ident[0], pos: i });
			i += ident[0].length;
			continue;
		}
		throw new FormulaSyntaxError(`unerwartetes Zeichen „${ch}“ an Position ${i + 1}`, i);
	}
	tokens.push({ kind: 'end', pos: text.length });
	return tokens;
}

/** Parse a formula into an AST. Throws `FormulaSyntaxError` with a German message. */
export function parseFormula(text: string): Expr {
	const tokens = tokenize(text);
	let k = 0;
	const peek = (): Token => tokens[k] as Token;
	const isOp = (t: Token, ...ops: string[]): boolean => t.kind === 'op' && ops.includes(t.op);
	const describe = (t: Token): string =>
		t.kind === 'end'
			? 'Ende der Formel'
			: `„${t.kind === 'number' ? t.value : t.kind === 'ident' ? t.id : t.op}“ an Position ${t.pos + 1}`;

	function expression(): Expr {
		let left = term();
		while (isOp(peek(), '+', '-')) {
			const op = (tokens[k++] as { op: BinaryOp }).op;
			left = { type: 'binary', op, left, right: term() };
		}
		return left;
	}
	function term(): Expr {
		let left = unary();
		while (isOp(peek(), '*', '/')) {
			const op = (tokens[k++] as { op: BinaryOp }).op;
			left = { type: 'binary', op, left, right: unary() };
		}
		return left;
	}
	function unary(): Expr {
		if (isOp(peek(), '-')) {
			k++;
			return { type: 'neg', arg: unary() };
		}
		return primary();
	}
	function primary(): Expr {
		const t = peek();
		if (t.kind === 'number') {
			k++;
			return { type: 'number', value: t.value };
		}
		if (t.kind === 'ident') {
			k++;
			return { type: 'ref', id: t.id };
		}
		if (isOp(t, '(')) {
			k++;
			const inner = expression();
			if (!isOp(peek(), ')'))
				throw new FormulaSyntaxError(`„)“ erwartet statt ${describe(peek())}`, peek().pos);
			k++;
			return inner;
		}
		throw new FormulaSyntaxError(`Zahl, Bezeichner oder „(“ erwartet statt ${describe(t)}`, t.pos);
	}

	const result = expression();
	if (peek().kind !== 'end') throw new FormulaSyntaxError(`unerwartet: ${describe(peek())}`, peek().pos);
	return result;
}

/** Identifiers in order of first appearance. */
export function refsOf(expr: Expr): string[] {
	const seen = new Set<string>();
	const walk = (e: Expr): void => {
		if (e.type === 'ref') seen.add(e.id);
		else if (e.type === 'neg') walk(e.arg);
		else if (e.type === 'binary') {
			walk(e.left);
			walk(e.right);
		}
	};
	walk(expr);
	return [...seen];
}

/** Every right operand of a division, outer before inner, left to right (nested ones included). */
export function denominatorsOf(expr: Expr): Expr[] {
	const out: Expr[] = [];
	const walk = (e: Expr): void => {
		if (e.type === 'neg') walk(e.arg);
		else if (e.type === 'binary') {
			if (e.op === '/') out.push(e.right);
			walk(e.left);
			walk(e.right);
		}
	};
	walk(expr);
	return out;
}

/** Replace identifiers for which `lookup` returns an expression (derived terms) by that expression. */
export function substitute(expr: Expr, lookup: (id: string) => Expr | undefined): Expr {
	switch (expr.type) {
		case 'number':
			return expr;
		case 'ref': {
			const replacement = lookup(expr.id);
			return replacement ? substitute(replacement, lookup) : expr;
		}
		case 'neg':
			return { type: 'neg', arg: substitute(expr.arg, lookup) };
		case 'binary':
			return {
				type: 'binary',
				op: expr.op,
				left: substitute(expr.left, lookup),
				right: substitute(expr.right, lookup)
			};
	}
}

/** Fully parenthesised text of an expression (shows the evaluation order unambiguously). */
export function formulaText(expr: Expr): string {
	switch (expr.type) {
		case 'number':
			return String(expr.value);
		case 'ref':
			return expr.id;
		case 'neg':
			return `-(${formulaText(expr.arg)})`;
		case 'binary':
			return `(${formulaText(expr.left)} ${expr.op} ${formulaText(expr.right)})`;
	}
}

/** Evaluate in double precision with the catalogue's null rules; used by tests and small tools. */
export function evaluate(expr: Expr, values: (id: string) => number | undefined): number | null {
	switch (expr.type) {
		case 'number':
			return expr.value;
		case 'ref':
			return values(expr.id) ?? null;
		case 'neg': {
			const v = evaluate(expr.arg, values);
			return v === null ? null : -v;
		}
		case 'binary': {
			const l = evaluate(expr.left, values);
			const r = evaluate(expr.right, values);
			if (l === null || r === null) return null;
			return expr.op === '/' && r === 0 ? null : operate(expr.op, l, r);
		}
	}
}

/** An operator applied to two numbers, in double precision (the null rules are the caller's). */
export function operate(op: BinaryOp, a: number, b: number): number {
	return op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
}
