import { type Instant, extractRecords, findPublicationStamp } from '@fangkong/core';
import type { AreaResolver } from '@fangkong/core';
import type { StoredDocument } from './types';

/** Options shared by the stores for reading a document. */
export interface ReadDocumentOptions {
  /** Default region of bulletins that name none, e.g. `大连市`. */
  region?: string;
  /**
   * Resolve area names to division codes (loads `@fangkong/core/areas`, about 0.5 s once).
   * Default true: areas are then identified by code.
   */
  resolveAreas?: boolean;
}

let resolver: Promise<AreaResolver> | undefined;

/** `resolveArea` of `@fangkong/core/areas`, imported on first use. */
export function loadAreaResolver(): Promise<AreaResolver> {
  resolver ??= import('@fangkong/core/areas').then(
    (areas): AreaResolver =>
      (name, context) =>
        areas.resolveArea(name, context.within === undefined ? {} : { within: context.within }),
  );
  return resolver;
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/**
 * The publication instant of a document: the stamp it carries (`发布时间：2021-01-13 08:30`), else
 * noon of the date its name starts with (`2021-11-23-risk-change.txt`), else none. Noon keeps the
 * year inference right for dates of that day and the month before.
 */
export function referenceOf(name: string, text: string): Instant | null {
  if (findPublicationStamp(text) !== null) return null;
  const match = DATE_PREFIX.exec(name);
  return match ? `${match[1]}-${match[2]}-${match[3]}T12:00:00+08:00` : null;
}

/** The format of a document: HTML by its extension or its first character. */
export function formatOf(name: string, text: string): 'text' | 'html' {
  return /\.html?$/i.test(name) || /^\s*</.test(text) ? 'html' : 'text';
}

/** Extracts the records of one document. Never throws on text. */
export async function readDocument(
  input: { id: string; name: string; text: string; reference?: Instant | null; updatedAt: Instant },
  options: ReadDocumentOptions,
): Promise<StoredDocument> {
  const reference = input.reference ?? referenceOf(input.name, input.text);
  const resolveArea = options.resolveAreas === false ? undefined : await loadAreaResolver();
  const result = extractRecords(input.text, {
    ...(reference ? { reference } : {}),
    ...(options.region ? { region: options.region } : {}),
    ...(resolveArea ? { resolveArea } : {}),
  });
  const publication = reference ?? findPublicationStamp(input.text);
  return {
    id: input.id,
    name: input.name,
    format: formatOf(input.name, input.text),
    reference: publication,
    updatedAt: input.updatedAt,
    records: result.records,
    warnings: result.warnings,
  };
}
