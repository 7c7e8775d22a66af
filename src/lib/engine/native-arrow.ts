/**
 * Native DuckDB result chunks → an apache-arrow `Table` with the types DuckDB-WASM gives, so code
 * above the `Connector` cannot tell the two engines apart (column types, `get`, `toArray`,
 * `isValid`; one record batch per DuckDB chunk of at most 2,048 rows, as WASM hands over results,
 * though WASM may split a filtered result into smaller batches).
 *
 * Why not the node-api's value readers: they build one JS value per cell (a BigInt test per
 * validity bit on top), and Arrow would then copy every value again. Fixed-width columns are
 * instead copied as they lie in DuckDB's memory (one `slice` per chunk and column); DuckDB's
 * validity mask (64-bit words, least significant bit first, little endian) has the same bytes as
 * Arrow's null bitmap, so it is copied too. Strings are copied from DuckDB's 16-byte string
 * headers (inline up to 12 bytes, otherwise a pointer) straight into Arrow's offset and byte
 * buffers, without a JS string in between. The copies are needed: the chunk's memory belongs to
 * DuckDB and is freed with the result.
 *
 * Only the types the engine's SQL returns are converted; any other type is an error naming the
 * column, so a new query with a new type fails loudly in the tests that run on both connectors.
 */
import duckdb from '@duckdb/node-bindings';
import { DuckDBEnumType, DuckDBTypeId, type DuckDBDataChunk, type DuckDBType } from '@duckdb/node-api';
import {
	Bool,
	Data,
	Dictionary,
	Field,
	Float32,
	Float64,
	Int8,
	Int16,
	Int32,
	Int64,
	makeData,
	Null,
	RecordBatch,
	Schema,
	Struct,
	Table,
	Uint8,
	Uint16,
	Uint32,
	Uint64,
	Utf8,
	vectorFromArray,
	type DataType,
	type Vector
} from 'apache-arrow';

type Fixed = Int8 | Int16 | Int32 | Int64 | Uint8 | Uint16 | Uint32 | Uint64 | Float32 | Float64;
type Ctor = { new (buffer: ArrayBuffer, byteOffset: number, length: number): ArrayLike<number | bigint> };

const FIXED: Partial<Record<DuckDBTypeId, { arrow: () => Fixed; width: number }>> = {
	[DuckDBTypeId.TINYINT]: { arrow: () => new Int8(), width: 1 },
	[DuckDBTypeId.SMALLINT]: { arrow: () => new Int16(), width: 2 },
	[DuckDBTypeId.INTEGER]: { arrow: () => new Int32(), width: 4 },
	[DuckDBTypeId.BIGINT]: { arrow: () => new Int64(), width: 8 },
	[DuckDBTypeId.UTINYINT]: { arrow: () => new Uint8(), width: 1 },
	[DuckDBTypeId.USMALLINT]: { arrow: () => new Uint16(), width: 2 },
	[DuckDBTypeId.UINTEGER]: { arrow: () => new Uint32(), width: 4 },
	[DuckDBTypeId.UBIGINT]: { arrow: () => new Uint64(), width: 8 },
	[DuckDBTypeId.FLOAT]: { arrow: () => new Float32(), width: 4 },
	[DuckDBTypeId.DOUBLE]: { arrow: () => new Float64(), width: 8 }
};

const ENUM_INDEX: Partial<Record<DuckDBTypeId, () => Uint8 | Uint16 | Uint32>> = {
	[DuckDBTypeId.UTINYINT]: () => new Uint8(),
	[DuckDBTypeId.USMALLINT]: () => new Uint16(),
	[DuckDBTypeId.UINTEGER]: () => new Uint32()
};

/** `makeData` with one signature: its overloads are per type, and the readers fill each type's buffers. */
const arrowData = makeData as (props: {
	type: DataType;
	length: number;
	nullCount?: number;
	nullBitmap?: Uint8Array;
	data?: ArrayLike<number | bigint>;
	valueOffsets?: Int32Array;
	dictionary?: Vector;
	children?: Data[];
}) => Data;

/** How one column is read from every chunk. */
interface ColumnReader {
	type: DataType;
	read(vector: duckdb.Vector, rows: number): Data;
	/** The dictionary of an ENUM column (shared by all its chunks). */
	dictionary?: Vector<Utf8>;
}

/** Set bits per byte value, for counting nulls a byte at a time. */
const ONES = Uint8Array.from({ length: 256 }, (_, b) => {
	let n = 0;
	for (let v = b; v; v >>= 1) n += v & 1;
	return n;
});

/** The null bitmap of `rows` values, or none when all are valid (no mask, or a mask of ones). */
function nullBitmap(vector: duckdb.Vector, rows: number): { bitmap?: Uint8Array; nulls: number } {
	const mask = duckdb.vector_get_validity(vector, Math.ceil(rows / 64) * 8);
	if (!mask) return { nulls: 0 };
	const bytes = mask.slice(0, Math.ceil(rows / 8));
	const last = rows & 7 ? bytes.length - 1 : bytes.length; // a partial last byte: count its bits one by one
	let valid = 0;
	for (let i = 0; i < last; i++) valid += ONES[bytes[i]!]!;
	for (let i = last * 8; i < rows; i++) valid += (bytes[i >> 3]! >> (i & 7)) & 1;
	return valid === rows ? { nulls: 0 } : { bitmap: bytes, nulls: rows - valid };
}

function fixedReader(type: Fixed, width: number): ColumnReader {
	const View = type.ArrayType as unknown as Ctor;
	return {
		type,
		read(vector, rows) {
			const copy = duckdb.vector_get_data(vector, rows * width).slice();
			const { bitmap, nulls } = nullBitmap(vector, rows);
			return arrowData({
				type,
				length: rows,
				nullCount: nulls,
				nullBitmap: bitmap,
				data: new View(copy.buffer, 0, rows)
			});
		}
	};
}

const boolReader: ColumnReader = {
	type: new Bool(),
	read(vector, rows) {
		// DuckDB keeps one byte per boolean (sizeof(bool) is 1 on every platform it ships for).
		if (duckdb.sizeof_bool !== 1) throw new Error(`Natives DuckDB: bool mit ${duckdb.sizeof_bool} Bytes.`);
		const bytes = duckdb.vector_get_data(vector, rows);
		const bits = new Uint8Array(Math.ceil(rows / 8));
		for (let i = 0; i < rows; i++) if (bytes[i]) bits[i >> 3]! |= 1 << (i & 7);
		const { bitmap, nulls } = nullBitmap(vector, rows);
		return arrowData({ type: new Bool(), length: rows, nullCount: nulls, nullBitmap: bitmap, data: bits });
	}
};

/** VARCHAR: DuckDB's string_t is {uint32 length; 12 bytes inline | 4-byte prefix + 8-byte pointer}. */
const utf8Reader: ColumnReader = {
	type: new Utf8(),
	read(vector, rows) {
		const heads = duckdb.vector_get_data(vector, rows * 16);
		const view = new DataView(heads.buffer, heads.byteOffset, heads.byteLength);
		const { bitmap, nulls } = nullBitmap(vector, rows);
		const valid = (i: number) => !bitmap || (bitmap[i >> 3]! >> (i & 7)) & 1;
		const offsets = new Int32Array(rows + 1);
		for (let i = 0; i < rows; i++)
			offsets[i + 1] = offsets[i]! + (valid(i) ? view.getUint32(i * 16, true) : 0);
		const bytes = new Uint8Array(offsets[rows]!);
		for (let i = 0; i < rows; i++) {
			const start = offsets[i]!;
			const length = offsets[i + 1]! - start;
			const at = i * 16;
			if (length > 12)
				bytes.set(
					duckdb.get_data_from_pointer(heads.buffer as ArrayBuffer, heads.byteOffset + at + 8, length),
					start
				);
			else for (let k = 0; k < length; k++) bytes[start + k] = heads[at + 4 + k]!; // no view per value
		}
		return arrowData({
			type: new Utf8(),
			length: rows,
			nullCount: nulls,
			nullBitmap: bitmap,
			valueOffsets: offsets,
			data: bytes
		});
	}
};

/** ENUM → Dictionary<index, Utf8> over the enum's values, as WASM's Arrow export writes it. */
function enumReader(type: DuckDBEnumType, id: number): ColumnReader {
	const indexType = ENUM_INDEX[type.internalTypeId]?.();
	if (!indexType) throw new Error(`ENUM mit internem Typ ${type.internalTypeId} wird nicht unterstützt.`);
	const width = indexType.bitWidth / 8;
	const dictionary: Vector<Utf8> = vectorFromArray([...type.values], new Utf8());
	const arrow = new Dictionary(new Utf8(), indexType, id);
	return {
		type: arrow,
		dictionary,
		read(vector, rows) {
			const copy = duckdb.vector_get_data(vector, rows * width).slice();
			const { bitmap, nulls } = nullBitmap(vector, rows);
			const View = indexType.ArrayType as unknown as Ctor;
			return arrowData({
				type: arrow,
				length: rows,
				nullCount: nulls,
				nullBitmap: bitmap,
				data: new View(copy.buffer, 0, rows),
				dictionary
			});
		}
	};
}

/** An all-NULL column (`SELECT NULL AS x`). */
const nullReader: ColumnReader = {
	type: new Null(),
	read: (_vector, rows) => arrowData({ type: new Null(), length: rows })
};

function readerFor(name: string, type: DuckDBType, column: number): ColumnReader {
	const fixed = FIXED[type.typeId];
	if (fixed) return fixedReader(fixed.arrow(), fixed.width);
	switch (type.typeId) {
		case DuckDBTypeId.BOOLEAN:
			return boolReader;
		case DuckDBTypeId.VARCHAR:
			return utf8Reader;
		case DuckDBTypeId.SQLNULL:
			return nullReader;
		case DuckDBTypeId.ENUM:
			if (type instanceof DuckDBEnumType) return enumReader(type, column);
	}
	throw new Error(
		`Natives DuckDB: Spalte „${name}“ hat den Typ ${type.toString()}, den der Connector nicht nach Arrow umsetzt.`
	);
}

/** The result's chunks as one Arrow table (column names and order as DuckDB gives them). */
export function chunksToTable(
	names: readonly string[],
	types: readonly DuckDBType[],
	chunks: readonly DuckDBDataChunk[]
): Table {
	const readers = types.map((type, i) => readerFor(names[i]!, type, i));
	const schema = new Schema(readers.map((r, i) => new Field(names[i]!, r.type, true)));
	const batches: RecordBatch[] = [];
	for (const chunk of chunks) {
		const rows = chunk.rowCount;
		if (rows === 0) continue;
		const children = readers.map((r, i) => r.read(duckdb.data_chunk_get_vector(chunk.chunk, i), rows));
		batches.push(
			new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: rows, children }))
		);
	}
	// A result without rows still has its columns, in one empty batch as WASM returns it.
	if (batches.length === 0) {
		const children = readers.map((r) => arrowData({ type: r.type, length: 0, dictionary: r.dictionary }));
		batches.push(new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: 0, children })));
	}
	return new Table(schema, batches);
}
