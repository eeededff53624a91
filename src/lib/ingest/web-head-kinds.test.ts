import { describe, expect, test } from "vitest";
import { isPublisherName } from "./outlets.ts";
import { readPageMetaLine } from "./page-meta.ts";
import { itemsOf, LEAD } from "./web-test-page.ts";

// The head of a local page in printings the earlier tests do not cover: a body signing with both
// its nameplates, a bare button to the next page over the page's own headline.

describe("一个机构两块牌子", () => {
  test("“某某县融媒体中心（某某县广播电视台）”整个是来源", () => {
    expect(isPublisherName("某某县融媒体中心（某某县广播电视台）")).toBe(true);
    expect(
      readPageMetaLine(
        "来源：某某县融媒体中心（某某县广播电视台）　发布时间：2024-05-08",
      ),
    ).toMatchObject({
      source: "某某县融媒体中心（某某县广播电视台）",
      date: "2024-05-08",
    });
    expect(
      readPageMetaLine(
        "某某县融媒体中心（某某县广播电视台） 2024年5月8日 10:20",
      ),
    ).toMatchObject({
      source: "某某县融媒体中心（某某县广播电视台）",
      date: "2024-05-08",
    });
  });

  test("括号里不是机构名的，不算第二块牌子", () => {
    expect(isPublisherName("某某日报（海外版）")).toBe(false);
    expect(
      readPageMetaLine("来源：新华社（记者 张某某）　2024-05-08")?.source,
    ).toBe("新华社");
    expect(readPageMetaLine("来源：某某日报(第3版)　2024-05-08")?.source).toBe(
      "某某日报",
    );
  });
});

describe("孤立的“下一篇”按钮", () => {
  test("按钮下空一行的是本页标题，不是下一篇的标题", () => {
    const [a] = itemsOf([
      "某某日报　2024 . 05 . 08　第3期",
      "返回目录",
      "下一篇",
      "",
      "某某县召开春季森林防火工作推进会",
      ...LEAD,
    ]);
    expect(a?.title).toBe("某某县召开春季森林防火工作推进会");
  });

  test("紧跟在“下一篇”下面的是另一篇的标题", () => {
    const items = itemsOf([
      "某某县召开春季森林防火工作推进会",
      "发布时间：2024-05-08",
      ...LEAD,
      "下一篇",
      "某某县开展防汛应急演练",
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]?.paragraphs).toEqual(LEAD);
  });
});
