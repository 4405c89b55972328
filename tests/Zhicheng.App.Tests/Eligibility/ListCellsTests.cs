using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// List cells: items separated by ';', '；' or a line break, an item's fields by '|' or '｜', written the
/// way clerks write them (<c>2022年度|合格</c>, <c>2018/6/30</c>).
/// </summary>
public sealed class ListCellsTests
{
    private static ApplicationInput Read(ColumnSpec spec, string cell)
    {
        var input = new ApplicationInput();
        spec.Set(input, cell, spec).ShouldBeEmpty();
        return input;
    }

    [Theory]
    [InlineData("ChineseSemicolon", "2022|合格；2023|优秀")]
    [InlineData("AsciiSemicolon", "2022|合格;2023|优秀")]
    [InlineData("LineBreak", "2022|合格\n2023|优秀")]
    [InlineData("CrLf", "2022|合格\r\n2023|优秀")]
    [InlineData("FullWidthBar", "2022｜合格；2023｜优秀")]
    [InlineData("YearWithSuffix", "2022年度|合格；2023年|优秀")]
    [InlineData("Spaces", " 2022 | 合格 ;  2023 |优秀 ")]
    [InlineData("EmptyItems", "；2022|合格；；2023|优秀；")]
    [InlineData("YearAsExcelNumber", "2022.0|合格；2023|优秀")]
    public void Assessments_AreReadHoweverTheyAreSeparated(string @case, string cell) =>
        Read(ListCells.Assessments, cell).Applicant!.Assessments!.Select(a => (a!.Year, a.Grade))
            .ShouldBe([(2022, "合格"), (2023, "优秀")], @case);

    [Theory]
    [InlineData("FullTime", "本科|全日制|2012-06-30", "本科", true, "2012-06-30")]
    [InlineData("PartTime", "硕士|非全日制|2018/6/30", "硕士", false, "2018-06-30")]
    [InlineData("InService", "硕士|在职|2018年6月30日", "硕士", false, "2018-06-30")]
    [InlineData("Correspondence", "大专|函授|2008.7.1", "大专", false, "2008-07-01")]
    [InlineData("SelfStudy", "本科|自考|20100630", "本科", false, "2010-06-30")]
    [InlineData("YesMeansFullTime", "bachelor|是|2012-06-30", "bachelor", true, "2012-06-30")]
    [InlineData("StudyModeLeftOut", "博士|2021-07-01", "博士", null, "2021-07-01")]
    [InlineData("StudyModeLeftEmpty", "博士||2021-07-01", "博士", null, "2021-07-01")]
    public void Education_StudyModeIsOptional(string @case, string cell, string degree, bool? fullTime, string obtainedOn) =>
        Read(ListCells.Education, cell).Applicant!.Education.ShouldHaveSingleItem(@case).ShouldNotBeNull(@case)
            .ShouldSatisfyAllConditions(
                e => e.Degree.ShouldBe(degree, @case),
                e => e.FullTime.ShouldBe(fullTime, @case),
                e => e.ObtainedOn.ShouldBe(obtainedOn, @case));

    [Fact]
    public void Achievements_TitleAndDate()
    {
        var achievements = Read(ListCells.Achievements, "运城220kV变电站改造|2021/12/15；配电规程（主持）|2023年8月1日").Applicant!.Achievements!;

        achievements.Select(a => (a!.Title, a.ObtainedOn)).ShouldBe([("运城220kV变电站改造", "2021-12-15"), ("配电规程（主持）", "2023-08-01")]);
    }

    [Fact]
    public void Integrity_KindAndDate() =>
        Read(ListCells.Integrity, "弄虚作假|2023/3/1").Applicant!.Integrity!.Select(r => (r!.Kind, r.DecidedOn))
            .ShouldBe([("弄虚作假", "2023-03-01")]);

    [Fact]
    public void OtherApplications_SeriesSpecialtyLevel() =>
        Read(ListCells.OtherApplications, "经济|人力资源|副高级\n会计|财务管理|中级").OtherApplicationsThisYear!
            .Select(t => (t!.Series, t.Specialty, t.Level))
            .ShouldBe([("经济", "人力资源", "副高级"), ("会计", "财务管理", "中级")]);

    [Fact]
    public void ImpossibleDateInAnItem_IsLeftForTheValidator() =>
        Read(ListCells.Achievements, "改造|2019-02-30").Applicant!.Achievements![0]!.ObtainedOn.ShouldBe("2019-02-30");

    [Theory]
    [InlineData("SecondItemBad", "2019|合格；优秀；2021|合格", new[] { "applicant.assessments[1]" }, new[] { "第2项“优秀”应写作“年度|等次”" })]
    [InlineData("FirstAndLastBad", "合格；2020|合格；2021", new[] { "applicant.assessments[0]", "applicant.assessments[2]" },
        new[] { "第1项“合格”应写作“年度|等次”", "第3项“2021”应写作“年度|等次”" })]
    [InlineData("TwoBadInARow", "2019|合格；二〇二〇|合格；2021|", new[] { "applicant.assessments[1]" }, new[] { "第2项“二〇二〇|合格”应写作“年度|等次”" })]
    public void MalformedItems_AreNamedByTheirPlaceInTheCell(string @case, string cell, string[] paths, string[] messages)
    {
        var spec = ListCells.Assessments;

        var errors = spec.Set(new ApplicationInput(), cell, spec);

        errors.Select(e => e.Path).ShouldBe(paths, @case);
        errors.Select(e => e.Message).ShouldBe(messages, @case);
    }
}
