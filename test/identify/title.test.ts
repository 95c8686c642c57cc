import { describe, expect, it } from "vitest";
import { resolveIssuer, resolveTitle } from "../../pipeline/identify/title.ts";
import { resolveReportYear } from "../../pipeline/identify/year.ts";

describe("resolveTitle", () => {
  it("finds a title line near the top", () => {
    expect(resolveTitle("登录 注册\n政府信息公开\n关于2022年孝感市法治政府建设情况的报告\n信息来源:市委依法治市办\n正文"))
      .toBe("关于2022年孝感市法治政府建设情况的报告");
    expect(resolveTitle("某某区2023年法治政府建设年度报告\n2023年,我区…")).toBe("某某区2023年法治政府建设年度报告");
  });

  it("does not take a sentence for a title", () => {
    expect(resolveTitle("2023年,铁岭市政府坚持依法行政。现将有关情况报告如下。")).toBeNull();
    expect(resolveTitle("一、法治政府建设情况\n2023年,…")).toBeNull();
  });

  it("falls back to the reader's page title, without the site name", () => {
    expect(resolveTitle("2023年,铁岭市政府坚持。", { title: "关于2023年铁岭市法治政府建设情况的报告_铁岭市人民政府" }))
      .toBe("关于2023年铁岭市法治政府建设情况的报告");
    expect(resolveTitle("2023年,铁岭市政府坚持。", { title: "铁岭市人民政府门户网站" })).toBeNull();
  });
});

describe("resolveIssuer", () => {
  it("reads the signature block", () => {
    expect(resolveIssuer("2023年,…\n特此报告。\n中共铁岭市委 铁岭市人民政府\n2024年1月31日\n(此件公开发布)")).toBe("中共铁岭市委 铁岭市人民政府");
    expect(resolveIssuer("2023年,…。\n株洲市芦淞区人民政府\n2024年2月23日")).toBe("株洲市芦淞区人民政府");
    expect(resolveIssuer("2023年,…。\n中共某某县委\n某某县人民政府\n2024年2月1日")).toBe("中共某某县委 某某县人民政府");
  });

  it("reads the organ line under the title", () => {
    expect(resolveIssuer("关于2022年孝感市法治政府建设情况的报告\n\n中共孝感市委  孝感市人民政府\n\n2022年,…。")).toBe("中共孝感市委 孝感市人民政府");
  });

  it("falls back to the site's 来源 field", () => {
    expect(resolveIssuer("点击量: 来源:铁岭市司法局 时间:2024-03-01\n2023年,…。")).toBe("铁岭市司法局");
    expect(resolveIssuer("信息来源:市委依法治市办 发布日期:2023-02-09\n2022年,…。")).toBe("市委依法治市办");
    expect(resolveIssuer("更新时间:2024-02-28浏览次数:来源:区法制办作者:区卫健局 字体[ 大 中 小 ]\n2023年,…。")).toBe("区法制办");
  });

  it("returns null without any", () => {
    expect(resolveIssuer("2023年,我县坚持依法行政。\n三、加强法治政府建设")).toBeNull();
  });
});

describe("a bureau's or a government's review of its year is a title too", () => {
  it.each([
    ["衡阳市司法局2019年工作总结及2020年工作计划", 2019],
    ["某某县司法局关于2022年度工作情况的总结", 2022],
    ["2021年某某区政府工作报告", 2021],
  ])("%s", (title, y) => {
    expect(resolveTitle(`${title}\n发布时间:${y + 1}-01-16\n${y}年是机构改革后的开局之年。督促各县按时公开${y - 1}年度法治政府建设情况报告。`)).toBe(title);
    expect(resolveReportYear(`${title}\n${y}年是机构改革后的开局之年。督促各县按时公开${y - 1}年度法治政府建设情况报告。`, { title }).year).toBe(y);
  });
});
