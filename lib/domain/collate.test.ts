import { describe, expect, it } from "vitest";
import { compareNames } from "./collate";

describe("compareNames", () => {
  it("sorts Khmer names in Khmer alphabetical order, before Latin ones", () => {
    const names = ["Takeo", "តាកែវ", "កំពត", "ស្វាយរៀង", "ខេត្តកណ្ដាល", "បាត់ដំបង", "Kampot"];
    expect([...names].sort(compareNames("km"))).toEqual([
      "កំពត",
      "ខេត្តកណ្ដាល",
      "តាកែវ",
      "បាត់ដំបង",
      "ស្វាយរៀង",
      "Kampot",
      "Takeo",
    ]);
  });

  it("sorts English names in English order, ignoring case", () => {
    expect(["zambia", "Albania", "Cambodia"].sort(compareNames("en"))).toEqual([
      "Albania",
      "Cambodia",
      "zambia",
    ]);
  });
});
