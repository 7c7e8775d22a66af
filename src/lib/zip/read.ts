/**
 * Reading zip files — ring packages and XLSX workbooks — without letting any zip take the machine
 * down: the one unzip of the app, in the import worker, in Node (CLI) and in the tests.
 *
 * Why not fflate's `unzipSync`: it inflates every entry its filter lets through in one call, with no
 * bound on the total, no way to stop half-way, and into a buffer of the size the archive claims — a
 * package of eight 500 MB entries ran the CLI for 55 s at 6 GB, junk entries beside a valid ring were
 * inflated to 5 GB in the browser, and an entry that lies about its size is decoded to its end (the
 * excess silently dropped, the time spent). Here:
 * 1. the central directory is read first (names and sizes only, nothing inflated) and its entry count
 *    checked against the limit — 60,000 tiny entries are refused before any of them is touched;
 * 2. the caller's `want` decides which entries are inflated (the package reader: its format's files;
 *    the XLSX reader: workbook, strings, styles, one sheet) — the others are never decompressed;
 * 3. before inflating, the declared sizes are checked against the total budget and the ratio limit;
 * 4. while inflating (fflate's streaming `Inflate`, or for `readZipAsync` the platform's own
 *    `DecompressionStream`, fed in small slices), the output is counted: more
 *    than declared, or more than `maxRatio` times the compressed bytes consumed so far, stops at once.
 * So the work done is bounded by the limits, whatever the archive claims (see `limits.ts` for the
 * figures and why).
 *
 * Errors are data (`ZipProblem`, a code, the entry and the limit), worded in German by `messages.ts`.
 */
import { Inflate } from 'fflate';
import type { ZipLimits } from './limits.ts';

export interface ZipEntry {
	/** Path inside the archive, as stored (`/`-separated by convention). */
	name: string;
	/** Bytes in the archive. */
	compressedSize: number;
	/** Bytes after inflating, as the central directory declares. */
	size: number;
	/** 0 stored, 8 deflate; anything else is refused when wanted. */
	method: number;
	encrypted: boolean;
	/** Offset of the entry's local header. */
	offset: number;
}

export type ZipProblemCode =
	/** Not a zip, truncated, or a structure that points outside the file. */
	| 'damaged'
	/** More entries than `maxEntries`. */
	| 'entries'
	/** The wanted entries would inflate to more than `maxTotal`. */
	| 'total'
	/** An entry inflates to more than `maxRatio` times its compressed size. */
	| 'ratio'
	/** An entry inflates to more (or less) than its declared size. */
	| 'size'
	/** Encrypted, or packed with a method other than stored/deflate. */
	| 'unsupported';

export interface ZipProblem {
	code: ZipProblemCode;
	/** The entry concerned; '' for the archive as a whole. */
	entry: string;
	/** The figure found (entries, bytes or ratio), for the message. */
	found: number;
}

export type ZipRead =
	| {
			ok: true;
			/** The wanted entries, by name (a later duplicate name wins, as with fflate). */
			files: Record<string, Uint8Array>;
			/** Every entry of the archive, wanted or not (a reader may name files it does not know). */
			entries: ZipEntry[];
	  }
	| { ok: false; problem: ZipProblem };

/** Which entries to inflate; `all` is the whole central directory (e.g. to find a package's root). */
export type ZipWant = (entry: ZipEntry, all: readonly ZipEntry[]) => boolean;

/**
 * The bytes still allowed to be inflated. One budget can span several reads of the same archive (the
 * XLSX reader reads the workbook first, the sheet after), so the total stays bounded across them.
 */
export interface ZipBudget {
	remaining: number;
}

/**
 * Compressed bytes handed to the inflater per step: 256 bytes at first, then doubling, but never more
 * than would inflate to ~1 MiB at the ratio seen so far, and never more than 256 KiB. Deflate reaches
 * ~1,032:1, so the first steps of a bomb produce a few MB before the ratio is judged; a real file soon
 * goes in large steps (each step costs a copy of fflate's 32 KiB window), and no step makes fflate grow
 * its output buffer far (measured: 16 KiB steps inflate faster than 256 KiB steps at 50:1).
 */
const FIRST_SLICE = 256;
const MAX_SLICE = 256 * 1024;
const STEP_OUTPUT = 1024 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
	(b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

class Stop {
	readonly problem: ZipProblem;
	constructor(problem: ZipProblem) {
		this.problem = problem;
	}
}

const fail = (code: ZipProblemCode, entry = '', found = 0): never => {
	throw new Stop({ code, entry, found });
};

const latin1 = (bytes: Uint8Array) => {
	let s = '';
	for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
	return s;
};
const utf8 = new TextDecoder();

/** Where the central directory is, and how many entries it declares (zip64 aware). */
function directory(bytes: Uint8Array): { count: number; offset: number; size: number } {
	const min = Math.max(0, bytes.length - 22 - 65535);
	let end = bytes.length - 22;
	while (end >= min && u32(bytes, end) !== 0x06054b50) end--;
	if (end < min) fail('damaged');
	let count = u16(bytes, end + 10);
	let size = u32(bytes, end + 12);
	let offset = u32(bytes, end + 16);
	if (end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
		const at = u64(bytes, end - 12);
		if (at + 56 <= bytes.length && u32(bytes, at) === 0x06064b50) {
			count = u64(bytes, at + 32);
			size = u64(bytes, at + 40);
			offset = u64(bytes, at + 48);
		}
	}
	if (offset + size > bytes.length) fail('damaged');
	return { count, offset, size };
}

/** The central directory's entries; refuses more than `maxEntries` before reading one. */
function listZip(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
	const dir = directory(bytes);
	if (dir.count > maxEntries) fail('entries', '', dir.count);
	const entries: ZipEntry[] = [];
	let at = dir.offset;
	for (let i = 0; i < dir.count; i++) {
		if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) fail('damaged');
		const flags = u16(bytes, at + 8);
		const nameLength = u16(bytes, at + 28);
		const extraLength = u16(bytes, at + 30);
		const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
		if (next > bytes.length) fail('damaged');
		const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
		let compressedSize = u32(bytes, at + 20);
		let size = u32(bytes, at + 24);
		let offset = u32(bytes, at + 42);
		// zip64: the fields set to 0xFFFFFFFF follow in extra field 1, in this order.
		const wide = [size, compressedSize, offset].map((v) => v === 0xffffffff);
		if (wide.some(Boolean)) {
			for (
				let x = at + 46 + nameLength;
				x + 4 <= at + 46 + nameLength + extraLength;
				x += 4 + u16(bytes, x + 2)
			) {
				if (u16(bytes, x) !== 1) continue;
				let f = x + 4;
				const take = () => ((f += 8), u64(bytes, f - 8));
				if (wide[0]) size = take();
				if (wide[1]) compressedSize = take();
				if (wide[2]) offset = take();
				break;
			}
		}
		entries.push({
			name: flags & 0x800 ? utf8.decode(rawName) : latin1(rawName),
			compressedSize,
			size,
			method: u16(bytes, at + 10),
			encrypted: (flags & 1) === 1,
			offset
		});
		at = next;
	}
	return entries;
}

/** The entry's compressed bytes (behind its local header). */
function dataOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
	const at = entry.offset;
	if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) fail('damaged', entry.name);
	const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
	if (start + entry.compressedSize > bytes.length) fail('damaged', entry.name);
	return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflate one entry, stopping as soon as it exceeds its declared size or the ratio limit. */
function inflate(data: Uint8Array, entry: ZipEntry, limits: ZipLimits): Uint8Array {
	const out = new Uint8Array(entry.size);
	let produced = 0;
	let done = false;
	const inflater = new Inflate((chunk, final) => {
		if (produced + chunk.length > entry.size) fail('size', entry.name, produced + chunk.length);
		out.set(chunk, produced);
		produced += chunk.length;
		if (final) done = true;
	});
	for (let consumed = 0, slice = FIRST_SLICE; !done && consumed < data.length;) {
		const end = Math.min(data.length, consumed + slice);
		try {
			inflater.push(data.subarray(consumed, end), end === data.length);
		} catch (error) {
			if (error instanceof Stop) throw error;
			fail('damaged', entry.name);
		}
		consumed = end;
		if (produced > limits.ratioGrace && produced > limits.maxRatio * consumed)
			fail('ratio', entry.name, Math.round(produced / consumed));
		const ratio = Math.max(1, produced / consumed);
		slice = Math.min(MAX_SLICE, 2 * slice, Math.max(FIRST_SLICE, Math.floor(STEP_OUTPUT / ratio)));
	}
	if (produced !== entry.size) fail('size', entry.name, produced);
	return out;
}

/** The entries `want` selects, judged from the directory alone (limits, methods, budget) before any inflating. */
function plan(
	bytes: Uint8Array,
	want: ZipWant,
	limits: ZipLimits,
	budget: ZipBudget
): { entries: ZipEntry[]; chosen: ZipEntry[] } {
	const entries = listZip(bytes, limits.maxEntries);
	const chosen = entries.filter((e) => want(e, entries));
	for (const e of chosen) {
		if (e.encrypted || (e.method !== 0 && e.method !== 8)) fail('unsupported', e.name, e.method);
		if (e.size > limits.ratioGrace && e.size > limits.maxRatio * Math.max(1, e.compressedSize))
			fail('ratio', e.name, Math.round(e.size / Math.max(1, e.compressedSize)));
	}
	// The entry that crosses the budget, with the total up to it (what the message names).
	let sum = limits.maxTotal - budget.remaining;
	const over = chosen.find((e) => (sum += e.size) > limits.maxTotal);
	if (over) fail('total', over.name, sum);
	return { entries, chosen };
}

/** A stored (not deflated) entry's bytes, a copy of their own. */
function stored(data: Uint8Array, e: ZipEntry): Uint8Array {
	if (e.compressedSize !== e.size) fail('size', e.name, e.compressedSize);
	return data.slice();
}

const problemOf = (error: unknown): ZipRead => {
	if (error instanceof Stop) return { ok: false, problem: error.problem };
	return { ok: false, problem: { code: 'damaged', entry: '', found: 0 } };
};

/**
 * Inflate the entries `want` selects, within `limits` (and `budget`, when one spans several reads).
 * Never throws; what stopped it comes back as a `ZipProblem`.
 */
export function readZip(
	bytes: Uint8Array,
	want: ZipWant,
	limits: ZipLimits,
	budget: ZipBudget = { remaining: limits.maxTotal }
): ZipRead {
	try {
		const { entries, chosen } = plan(bytes, want, limits, budget);
		const files: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
		for (const e of chosen) {
			const data = dataOf(bytes, e);
			files[e.name] = e.method === 0 ? stored(data, e) : inflate(data, e, limits);
			budget.remaining -= e.size;
		}
		return { ok: true, files, entries };
	} catch (error) {
		return problemOf(error);
	}
}

/**
 * `readZip` with the platform's own inflater (`DecompressionStream`: zlib, in browsers and in Node)
 * where there is one, under the same limits and the same checks while inflating. In Chromium fflate's
 * streaming inflater spends most of its time growing and copying its buffers: the 5,000 × 10 ring's
 * 82 MB of base values took 1.3 s there (0.5 s in Node, where the two are alike). Without
 * `DecompressionStream`, `readZip` itself. For readers that may wait (ring packages); the XLSX reader
 * stays synchronous.
 */
export async function readZipAsync(
	bytes: Uint8Array,
	want: ZipWant,
	limits: ZipLimits,
	budget: ZipBudget = { remaining: limits.maxTotal }
): Promise<ZipRead> {
	if (typeof DecompressionStream !== 'function') return readZip(bytes, want, limits, budget);
	try {
		const { entries, chosen } = plan(bytes, want, limits, budget);
		const files: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
		for (const e of chosen) {
			const data = dataOf(bytes, e);
			files[e.name] = e.method === 0 ? stored(data, e) : await inflateNative(data, e, limits);
			budget.remaining -= e.size;
		}
		return { ok: true, files, entries };
	} catch (error) {
		return problemOf(error);
	}
}

/**
 * `inflate` on `DecompressionStream`: the compressed bytes are handed over in the same growing slices,
 * the output is counted chunk by chunk, and a step over the declared size or the ratio cancels the
 * stream at once. A slice counts as consumed once the stream has taken it (its write resolved). The
 * stream holds back further input while its output is not read, so a bomb is stopped within a slice
 * or two.
 */
async function inflateNative(data: Uint8Array, entry: ZipEntry, limits: ZipLimits): Promise<Uint8Array> {
	const out = new Uint8Array(entry.size);
	let produced = 0;
	let consumed = 0;
	let stopped = false;
	const stream = new DecompressionStream('deflate-raw');
	const writer = stream.writable.getWriter();
	const reader = stream.readable.getReader();
	const feed = (async () => {
		for (let slice = FIRST_SLICE; consumed < data.length && !stopped;) {
			const end = Math.min(data.length, consumed + slice);
			await writer.write(data.subarray(consumed, end) as Uint8Array<ArrayBuffer>);
			consumed = end;
			const ratio = Math.max(1, produced / consumed);
			slice = Math.min(MAX_SLICE, 2 * slice, Math.max(FIRST_SLICE, Math.floor(STEP_OUTPUT / ratio)));
		}
		if (!stopped) await writer.close();
	})();
	// A failed write is the stream's failure, which the reading below reports (or caused: cancelled).
	feed.catch(() => undefined);
	try {
		for (;;) {
			const step = await reader.read().catch(() => fail('damaged', entry.name));
			if (step.done) break;
			const chunk = step.value;
			if (produced + chunk.length > entry.size) fail('size', entry.name, produced + chunk.length);
			out.set(chunk, produced);
			produced += chunk.length;
			if (produced > limits.ratioGrace && produced > limits.maxRatio * consumed) {
				// The stream hands out a slice's output in small chunks while it takes further input, so the
				// ratio seen here is just over the limit. fflate, judging after each slice, names the bomb's
				// own ratio (1,032:1, not 101:1), and stops within its first slices as well.
				inflate(data, entry, limits);
				fail('ratio', entry.name, Math.round(produced / Math.max(1, consumed)));
			}
		}
	} catch (error) {
		stopped = true;
		await reader.cancel().catch(() => undefined);
		throw error;
	}
	if (produced !== entry.size) fail('size', entry.name, produced);
	return out;
}
