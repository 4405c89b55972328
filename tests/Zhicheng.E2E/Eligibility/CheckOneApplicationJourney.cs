using System.Text.RegularExpressions;

namespace Zhicheng.E2E.Eligibility;

/// <summary>
/// An applicant fills in the /eligibility form for one 工程系列 promotion to 副高级, submits it with 审查 and
/// reads the decision; or mistypes the identity number and is told so next to the field.
/// </summary>
public sealed partial class CheckOneApplicationJourney(ZhichengSite site) : BrowserJourney(site)
{
    private const string First17 = "14080219860412003";

    [Fact]
    public async Task Promotion_WithOneBasicallyQualifiedYear_IsEligibleAndSaysWhichYearIsNotCounted()
    {
        await OpenAsync("/eligibility");
        await FillEngineeringPromotionAsync(TestIdentityNumbers.Valid(First17));

        await SubmitAsync();

        var result = Page.Locator("section#result");
        await Expect(result.GetByRole(AriaRole.Heading, new() { Name = "审查结论（自查-1）" })).ToBeVisibleAsync();
        await Expect(result.GetByRole(AriaRole.Status)).ToHaveTextAsync(StartsWithEligible());
        var tenure = result.Locator("tr[data-check=tenure]");
        await Expect(tenure).ToContainTextAsync("✓ 符合");
        await Expect(tenure).ToContainTextAsync(
            "现级别于2017年7月15日取得，任职年限计算至2024年12月31日，累计6年，要求5年（2020年度考核基本合格，不计入）");
        await Expect(result.Locator("dl.facts")).ToContainTextAsync("不计入任职年限的年度2020年");
    }

    [Fact]
    public async Task ClauseOfATenureCheck_OpensOnClick()
    {
        await OpenAsync("/eligibility");
        await FillEngineeringPromotionAsync(TestIdentityNumbers.Valid(First17));
        await SubmitAsync();

        var clause = Page.Locator("section#result tr[data-check=tenure] details.clause")
            .Filter(new() { Has = Page.GetByText("N2024-3.3b", new() { Exact = true }) });
        var clauseText = clause.GetByText("年度考核有基本合格、不合格或不确定等次的，不作为任职年限累计计算时间");
        await Expect(clauseText).ToBeHiddenAsync();

        await clause.GetByText("N2024-3.3b", new() { Exact = true }).ClickAsync();

        await Expect(clause).ToHaveAttributeAsync("open", "");
        await Expect(clauseText).ToBeVisibleAsync();
        await Expect(clause.GetByRole(AriaRole.Link, new() { Name = "全部条款" })).ToHaveAttributeAsync("href", "/policy#N2024-3.3b");
    }

    [Fact]
    public async Task IdentityNumberWithWrongCheckDigit_IsRejectedNextToTheFieldAndNotDecided()
    {
        var wrong = TestIdentityNumbers.WrongCheckDigit(First17);
        await OpenAsync("/eligibility");
        await FillEngineeringPromotionAsync(wrong);

        await SubmitAsync();

        var alert = Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("申报数据有误，未作审查");
        await Expect(alert).ToContainTextAsync("身份证号：身份证号码校验位错误");
        await Expect(alert.GetByRole(AriaRole.Link, new() { Name = "身份证号" })).ToHaveAttributeAsync("href", "#f-applicant-idNumber");
        var idNumber = Page.GetByLabel("身份证号");
        await Expect(idNumber).ToHaveValueAsync(wrong);
        await Expect(idNumber).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(idNumber).ToHaveAccessibleDescriptionAsync("身份证号码校验位错误");
        await Expect(Page.GetByLabel("姓名")).ToHaveAttributeAsync("aria-invalid", "false");
        await Expect(Page.Locator("section#result")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ExampleLink_FillsACompleteApplication_ThatIsDecided()
    {
        await OpenAsync("/eligibility");

        await Page.GetByRole(AriaRole.Link, new() { Name = "填入示例" }).ClickAsync();

        await Expect(Page.GetByLabel("姓名")).ToHaveValueAsync("张伟");
        await Expect(Page.GetByLabel("申报级别")).ToHaveValueAsync("associate_senior");
        await SubmitAsync();
        await Expect(Page.Locator("section#result").GetByRole(AriaRole.Status)).ToHaveTextAsync(StartsWithEligible());
    }

    /// <summary>
    /// 工程系列电气工程 中级 (since 2017-07-15) to 副高级 in 2024: full-time 本科, two achievements, 2018–2023
    /// assessed with 2020 基本合格 — seven years to 2024-12-31, one left out, the sample standard asks five.
    /// </summary>
    private async Task FillEngineeringPromotionAsync(string idNumber)
    {
        await Page.GetByLabel("编号").FillAsync("自查-1");
        await Page.GetByLabel("申报年度").FillAsync("2024");
        await Page.GetByLabel("申报类型").SelectOptionAsync(new SelectOptionValue { Label = "晋升" });
        await Page.GetByLabel("申报材料收审截止日").FillAsync("2024-09-30");
        await Page.GetByLabel("申报系列").FillAsync("工程");
        await Page.GetByLabel("申报专业").FillAsync("电气工程");
        await Page.GetByLabel("申报级别").SelectOptionAsync(new SelectOptionValue { Label = "副高级" });

        await Page.GetByLabel("姓名").FillAsync("王芳");
        await Page.GetByLabel("身份证号").FillAsync(idNumber);
        await Page.GetByRole(AriaRole.Radio, new() { Name = "是", Exact = true }).CheckAsync();
        await Page.GetByLabel("单位性质").SelectOptionAsync(new SelectOptionValue { Label = "事业单位" });
        await Page.GetByLabel("报送渠道").SelectOptionAsync(new SelectOptionValue { Label = "用人单位" });
        await Page.GetByLabel("参加工作时间").FillAsync("2009-07-01");

        await Page.GetByLabel("现岗位系列").FillAsync("工程");
        await Page.GetByLabel("现岗位专业").FillAsync("电气工程");
        await Page.GetByLabel("现岗位起始日").FillAsync("2009-07-01");
        await Page.GetByLabel("现职称系列").FillAsync("工程");
        await Page.GetByLabel("现职称专业").FillAsync("电气工程");
        await Page.GetByLabel("现职称级别").SelectOptionAsync(new SelectOptionValue { Label = "中级" });
        await Page.GetByLabel("现级别取得时间").FillAsync("2017-07-15");

        // Three education rows each have a checkbox named 全日制: take the one in the first row.
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "学历1", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "本科" });
        await Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByLabel("学历1取得日期") })
            .GetByRole(AriaRole.Checkbox, new() { Name = "全日制" }).CheckAsync();
        await Page.GetByLabel("学历1取得日期").FillAsync("2009-06-30");

        string[] grades = ["合格", "合格", "基本合格", "合格", "合格", "合格"];
        for (var i = 0; i < grades.Length; i++)
        {
            await Page.GetByLabel($"考核{i + 1}年度").FillAsync((2018 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Page.GetByLabel($"考核{i + 1}等次").SelectOptionAsync(new SelectOptionValue { Label = grades[i] });
        }

        await Page.GetByLabel("业绩1名称").FillAsync("盐湖区10kV配电网改造工程");
        await Page.GetByLabel("业绩1取得日期").FillAsync("2020-11-20");
        await Page.GetByLabel("业绩2名称").FillAsync("变电站继电保护定值校核方法（论文）");
        await Page.GetByLabel("业绩2取得日期").FillAsync("2023-04-18");
    }

    private Task SubmitAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "审查", Exact = true }).ClickAsync();

    /// <summary>"符合申报条件…" but not "不符合申报条件…".</summary>
    [GeneratedRegex(@"^\s*符合申报条件")]
    private static partial Regex StartsWithEligible();
}
