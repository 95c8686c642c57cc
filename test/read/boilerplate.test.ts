import { describe, expect, it } from "vitest";
import { findHost, isChromeLine } from "../../pipeline/read/boilerplate.ts";

describe("isChromeLine", () => {
  it("knows each kind of chrome line", () => {
    for (const line of [
      "当前位置：首页 > 政务公开",
      "首页 > 法治政府",
      "浏览次数: 236",
      "字体：[ 大 中 小 ]",
      "【字号：大 中 小】",
      "分享到：微信 微博",
      "【打印本页】【关闭窗口】",
      "相关链接",
      "版权所有：某某市人民政府 网站标识码 1234",
      "建议使用1024×768分辨率 IE9以上浏览器",
      "下一篇: 关于印发…的通知",
      "扫一扫在手机打开当前页",
      "发布时间：2024年3月1日 来源：铁岭市司法局",
      "  \u3000 ",
    ]) {
      expect(isChromeLine(line), line).toBe(true);
    }
  });

  it("matches Copyright and ICP in any letter case, the other patterns as written", () => {
    expect(isChromeLine("copyright 2023 某某市司法局")).toBe(true);
    expect(isChromeLine("辽icp备12345678号")).toBe(true);
    expect(isChromeLine("首页 &gt; 政务公开")).toBe(true);
    expect(isChromeLine("首页 &GT; 政务公开")).toBe(false);
  });

  it("takes a line of navigation words, and only when every token is one", () => {
    expect(isChromeLine("登录 注册")).toBe(true);
    expect(isChromeLine("| 首页 | 信息公开 | 政务服务 |")).toBe(true);
    expect(isChromeLine("【English】【繁體】")).toBe(true);
    expect(isChromeLine("首页 法治建设")).toBe(false);
    expect(isChromeLine("首页法治")).toBe(false);
    expect(isChromeLine("|")).toBe(false);
  });

  it("keeps body text, and long lines that merely mention chrome words", () => {
    expect(isChromeLine("2022年,全市受理行政复议案件88件。")).toBe(false);
    expect(isChromeLine(`${"全面推进依法行政".repeat(20)}分享到`)).toBe(false);
  });
});

describe("findHost: the site's owner from its footer", () => {
  it("reads 主办单位 / 主办 / 主辦單位 up to the next field", () => {
    expect(findHost("主办单位：麻城市融媒体中心 承办单位：麻城市网信办")).toBe("麻城市融媒体中心");
    expect(findHost("主辦單位: 麻城市融媒體中心\n投稿郵箱: mczfw@163.com")).toBe("麻城市融媒體中心");
    expect(findHost("主办：中共吴江区委政法委员会  地址：吴江区中山南路")).toBe("中共吴江区委政法委员会");
    expect(findHost("网站主办单位:宁都县人民政府办公室 | 网站标识码:3607300001")).toBe("宁都县人民政府办公室");
  });
  it("does not take 主办 inside a sentence for a footer field", () => {
    expect(findHost("由市司法局主办的法治宣传活动吸引群众300余人")).toBeUndefined();
    expect(findHost("全区共受理行政复议申请156件")).toBeUndefined();
  });
});
