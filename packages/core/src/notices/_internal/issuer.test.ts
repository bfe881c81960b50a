import { describe, expect, it } from 'vitest';
import { findDocumentNumbers } from './documentNumber';
import { findIssuer } from './issuer';

describe('findIssuer', () => {
  it.each([
    ['经市新冠肺炎疫情防控指挥部研究决定，自即日起', '市新冠肺炎疫情防控指挥部'],
    ['经区人民政府批准，解除封控', '区人民政府'],
    ['大连市新冠肺炎疫情防控指挥部关于调整风险等级的通告', '大连市新冠肺炎疫情防控指挥部'],
  ])('finds the issuer of %s', (text, name) => {
    expect(findIssuer(text, 0, text.length)?.name).toBe(name);
  });

  it('stops an approval at a comma and finds none outside its range', () => {
    expect(findIssuer('经过排查，区人民政府批准', 0, 12)).toBeNull();
    const text = '通告。经区人民政府批准，解除封控';
    expect(findIssuer(text, 0, 3)).toBeNull();
  });
});

describe('findDocumentNumbers', () => {
  it('reads document numbers in any of their brackets, with their prefix', () => {
    const text = '大疫经指发〔2021〕23号，辽政办发[2020]5号、（2022）1号，第16号令';
    expect(
      findDocumentNumbers(text, 0, text.length).map((found) => [found.text, found.year, found.number]),
    ).toEqual([
      ['大疫经指发〔2021〕23号', 2021, 23],
      ['辽政办发[2020]5号', 2020, 5],
      ['（2022）1号', 2022, 1],
    ]);
  });
});
