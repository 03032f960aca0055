import type { Province, ProvinceRef } from '../../shared/contract/schemas';
import { all, sql, type ReadDb } from '../sql';

interface ProvinceRow {
  id: string;
  country: 'VN' | 'LA';
  name_vi: string;
  name_lo: string;
  name_en: string;
  borders_other_country: number;
  valid_from: string | null;
  valid_to: string | null;
  successor_id: string | null;
}

function toProvince(row: ProvinceRow, aliases: ReadonlyMap<string, string[]>): Province {
  return {
    id: row.id,
    country: row.country,
    nameVi: row.name_vi,
    nameLo: row.name_lo,
    nameEn: row.name_en,
    bordersOtherCountry: row.borders_other_country === 1,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    successorId: row.successor_id,
    aliases: aliases.get(row.id) ?? [],
  };
}

function aliasesByProvince(db: ReadDb): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const r of all<{ province_id: string; alias: string }>(db, sql`SELECT province_id, alias FROM province_aliases ORDER BY rowid`)) {
    aliases.set(r.province_id, [...(aliases.get(r.province_id) ?? []), r.alias]);
  }
  return aliases;
}

/** Vietnamese provinces first, then Lao ones; border provinces first within each, then by name. With their aliases. */
export function listProvinces(db: ReadDb): Province[] {
  const aliases = aliasesByProvince(db);
  return all<ProvinceRow>(
    db,
    sql`SELECT id, country, name_vi, name_lo, name_en, borders_other_country, valid_from, valid_to, successor_id
        FROM provinces
        ORDER BY country DESC, borders_other_country DESC, name_en`,
  ).map((row) => toProvince(row, aliases));
}

export function provincesById(db: ReadDb, ids: readonly string[]): Map<string, Province> {
  const wanted = new Set(ids);
  return new Map(listProvinces(db).filter((p) => wanted.has(p.id)).map((p) => [p.id, p]));
}

export function toProvinceRef(p: Pick<Province, 'id' | 'country' | 'nameVi' | 'nameLo' | 'nameEn'>): ProvinceRef {
  return { provinceId: p.id, country: p.country, nameVi: p.nameVi, nameLo: p.nameLo, nameEn: p.nameEn };
}
