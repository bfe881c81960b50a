import { getJson } from './api';
import { type Language, nameOf } from './i18n';

/** The part of `GET /policy` that names risk levels. */
interface PolicyList {
  packs: { riskSchemes?: { id: string; levels?: { id: string; name: string }[] }[] }[];
}

/** Chinese level names by `scheme:level` and by level, as the router's packs give them. */
export type LevelNames = Map<string, string>;

const cache = new Map<string, Promise<LevelNames>>();

/** The level names of the packs a router serves (asked once per endpoint; empty when it fails). */
export function levelNames(endpoint: string): Promise<LevelNames> {
  let names = cache.get(endpoint);
  if (!names) {
    names = getJson<PolicyList>(endpoint, 'policy').then(
      (list) => {
        const map: LevelNames = new Map();
        for (const pack of Array.isArray(list?.packs) ? list.packs : []) {
          for (const scheme of pack.riskSchemes ?? []) {
            for (const level of scheme.levels ?? []) {
              if (typeof level?.name !== 'string') continue;
              if (!map.has(`${scheme.id}:${level.id}`)) map.set(`${scheme.id}:${level.id}`, level.name);
              if (!map.has(level.id)) map.set(level.id, level.name);
            }
          }
        }
        return map;
      },
      () => new Map(),
    );
    cache.set(endpoint, names);
  }
  return names;
}

/** The name to show for a level of a scheme. */
export function levelName(names: LevelNames, scheme: string, level: string, language: Language): string {
  return nameOf(level, names.get(`${scheme}:${level}`) ?? names.get(level), language);
}
