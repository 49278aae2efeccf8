import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, loadOverride, loadTpp } from './compare';
import { renderReport } from './report';

const json = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8'));

function load() {
  const pack = loadOverride(json('kinerja-pekanbaru.override.json'));
  const tpp = loadTpp(json('tpp-contoh.json'));
  if (!pack.ok || !tpp.ok) throw new Error('the example files must be valid');
  const r = compare(pack.value, tpp.value);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('the agency pack example', () => {
  const p = load();

  it('the override names itself and changes only the kuantitatif thresholds', () => {
    expect(p.instansi.override).toEqual({ name: 'kinerja-pekanbaru', version: '1.0.0' });
    expect(p.instansi.definition.kuantitatif.ratingThresholds).toEqual({
      diAtasEkspektasi: '105',
      sesuaiEkspektasi: '95',
    });
    expect({ ...p.instansi.definition, kuantitatif: p.dasar.definition.kuantitatif }).toEqual(
      p.dasar.definition,
    );
    for (const b of p.baris) {
      expect(b.instansi.evaluasi.trace.rulePack.override).toEqual({
        name: 'kinerja-pekanbaru',
        version: '1.0.0',
      });
      expect(b.dasar.evaluasi.trace.rulePack.override).toBeUndefined();
    }
  });

  it('predikat and TPP per pegawai, computed by hand', () => {
    expect(
      p.baris.map((b) => [
        b.pegawai.nama,
        b.dasar.evaluasi.predikat,
        b.instansi.evaluasi.predikat,
        b.dasar.tpp.neto,
        b.instansi.tpp.neto,
        b.dasar.angkaKredit,
        b.instansi.angkaKredit,
      ]),
    ).toEqual([
      // 103 %, 104 %: ≥ 101 di atas, < 105 sesuai. Kelas 6: 1.800.000 × 100 % or 90 % + 1.200.000 − 2 × 0,5 %.
      ['Rina Marlina', 'SANGAT_BAIK', 'BAIK', '2988000', '2808000', null, null],
      // 97 %, 96 %: < 100 di bawah, ≥ 95 sesuai. Kelas 8: 2.520.000 × 70 % or 90 % + 1.680.000. AK 0,78125 / 1,0417.
      ['Fajar Hidayat', 'BUTUH_PERBAIKAN', 'BAIK', '3444000', '3948000', '0.78', '1.04'],
      ['Siti Aisyah', 'SANGAT_BAIK', 'SANGAT_BAIK', '4960000', '4960000', null, null],
      // Kelas 5, Baik: 1.350.000 + 1.000.000 − 15.000 − 30.000 − 25 % × 2.350.000 (hukuman disiplin sedang).
      ['Dedi Kurniawan', 'BAIK', 'BAIK', '1717500', '1717500', null, null],
      ['Yusuf Harahap', 'BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN', '4080000', '4080000', '1.56', '1.56'],
    ]);
  });

  it('prints the comparison in Indonesian by default and in English on request', () => {
    const id = renderReport(p);
    const en = renderReport(p, { locale: 'en' });
    expect(id).toContain('Maret 2026');
    expect(id).toMatch(
      /Rina Marlina\s+6\s+103% · 104%\s+Sangat Baik\s+Baik\s+Rp2\.988\.000\s+Rp2\.808\.000\s+−Rp180\.000/,
    );
    expect(id).toMatch(/Fajar Hidayat .*\+Rp504\.000/);
    expect(id).toContain('di atas ekspektasi bila capaian ≥ 105%, sesuai ≥ 95%');
    expect(id).toMatch(/Hukuman disiplin sedang.*−Rp587\.500/);
    expect(id).toContain('CONTOH');
    expect(en).toContain('March 2026');
    expect(en).toMatch(
      /Rina Marlina\s+6\s+103% · 104%\s+Very good\s+Good\s+Rp2,988,000\s+Rp2,808,000\s+−Rp180,000/,
    );
    expect(en).toContain('EXAMPLE');
  });

  it('reports invalid files as issues', () => {
    const bad = loadOverride({
      name: 'x',
      version: '1',
      base: { id: 'permenpanrb-6-2022' },
      changes: { kuantitatif: { ratingThresholds: { sesuaiEkspektasi: '95x' } } },
    });
    expect(bad.ok).toBe(false);
    const tpp = json('tpp-contoh.json') as { komponen: { bobot: string }[] };
    tpp.komponen[0]!.bobot = '70';
    const r = loadTpp(tpp);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['bobot_total_invalid']);
  });
});
