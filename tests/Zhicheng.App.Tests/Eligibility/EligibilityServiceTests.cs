using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// Validate → requirements → decide. An input's <c>requirements</c> override the standard in force field by
/// field; a series without a standard must bring every requirement its route needs, or the row is
/// rejected at <c>requirements.*</c>.
/// </summary>
public sealed class EligibilityServiceTests
{
    private const string Sample = "内置示例数据：工程系列（非正式评价标准）";
    private const string FromInput = "申报数据中的 requirements";

    private static RequirementsDocument RequirementsOf(AnApplication application)
    {
        var outcome = Checker.Check(application);
        outcome.Errors.ShouldBeEmpty();
        return DecisionDocument.From(outcome.Decision!).Requirements;
    }

    [Fact]
    public void WithoutRequirements_TheSampleEngineeringStandardApplies() =>
        RequirementsOf(AnApplication.Promotion()).ShouldBe(new RequirementsDocument(Sample, 5, 3, "bachelor", 2, 4, 1));

    public static TheoryData<string, string, int, int, string, int, int, int> Overrides() => new()
    {
        { "TenureOnly", "{\"tenureYears\":3}", 3, 3, "bachelor", 2, 4, 1 },
        { "ZeroIsAnOverrideToo", "{\"minAchievements\":0}", 5, 3, "bachelor", 0, 4, 1 },
        { "EducationByCode", "{\"minEducation\":\"master\"}", 5, 3, "master", 2, 4, 1 },
        { "EducationByLabel", "{\"minEducation\":\"硕士\"}", 5, 3, "master", 2, 4, 1 },
        { "ExceptionalPair", "{\"exceptionalTenureYears\":2,\"exceptionalMinAchievements\":6}", 5, 2, "bachelor", 2, 6, 1 },
        { "TransferPostYears", "{\"transferPostYears\":2}", 5, 3, "bachelor", 2, 4, 2 },
        { "Everything", "{\"tenureYears\":6,\"exceptionalTenureYears\":4,\"minEducation\":\"associate\",\"minAchievements\":3,\"exceptionalMinAchievements\":5,\"transferPostYears\":3}", 6, 4, "associate", 3, 5, 3 },
    };

    [Theory]
    [MemberData(nameof(Overrides))]
    public void Requirements_OverrideTheStandard_FieldByField(
        string @case, string requirements, int tenure, int exceptionalTenure, string minEducation, int achievements, int exceptionalAchievements, int transferPostYears)
    {
        var input = AnApplication.FromJson(JsonEdit.Apply(AnApplication.Promotion().ToJson(), $"requirements={requirements}"));

        var outcome = Checker.Check(input);

        outcome.Errors.ShouldBeEmpty(@case);
        DecisionDocument.From(outcome.Decision!).Requirements.ShouldBe(
            new RequirementsDocument($"{Sample}；{FromInput}", tenure, exceptionalTenure, minEducation, achievements, exceptionalAchievements, transferPostYears), @case);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void OverriddenTenure_IsWhatTheTenureCheckUses(int tenureYears, bool eligible)
    {
        var decision = Checker.Check(AnApplication.Promotion().WithRequirements(r => r.TenureYears = tenureYears)).Decision.ShouldNotBeNull();

        decision.CountedTenureYears.ShouldBe(5);
        decision.Checks.Single(c => c.Code == "tenure").Passed.ShouldBe(eligible);
        decision.Eligible.ShouldBe(eligible);
    }

    [Fact]
    public void OverriddenMinEducation_IsWhatTheEducationCheckUses()
    {
        var decision = Checker.Check(AnApplication.Promotion().WithRequirements(r => r.MinEducation = "master")).Decision.ShouldNotBeNull();

        decision.Checks.Single(c => c.Code == "education").Passed.ShouldBeFalse();
        decision.Checks.Where(c => c.Code != "education").ShouldAllBe(c => c.Passed);
    }

    [Theory]
    [InlineData("Promotion", "promotion", new[] { "requirements.tenureYears", "requirements.minEducation", "requirements.minAchievements" })]
    [InlineData("Exceptional", "exceptional", new[] { "requirements.exceptionalTenureYears", "requirements.minEducation", "requirements.exceptionalMinAchievements" })]
    [InlineData("Transfer", "transfer", new[] { "requirements.transferPostYears" })]
    public void SeriesWithoutStandard_WithoutRequirements_IsRejectedAtEachMissingRequirement(string @case, string route, string[] paths)
    {
        var application = AnApplication.Promotion().WithRoute(route).WithTarget("经济", "人力资源管理", "associate_senior")
            .WithApplicant(a => a.CurrentPost = new PostInput { Series = "经济", Specialty = "人力资源管理", Since = "2012-07-01" });

        var outcome = Checker.Check(application);

        outcome.Decision.ShouldBeNull(@case);
        outcome.Id.ShouldBe("A-0001", @case);
        outcome.Errors.Select(e => e.Path).ShouldBe(paths, @case);
        outcome.Errors.Select(e => e.Message).ShouldBe(
            paths.Select(p => $"没有经济系列人力资源管理专业副高级的评价标准（目前只内置工程系列示例数据），请在 {p} 中提供"), @case);
    }

    [Fact]
    public void SeriesWithoutStandard_WithEveryRequirement_IsDecidedOnTheInputsNumbers()
    {
        var application = AnApplication.Promotion().WithTarget("经济", "人力资源管理", "associate_senior")
            .WithRequirements(r => (r.TenureYears, r.MinEducation, r.MinAchievements) = (5, "bachelor", 2));

        var decision = Checker.Check(application).Decision.ShouldNotBeNull();

        DecisionDocument.From(decision).Requirements.ShouldBe(new RequirementsDocument(FromInput, 5, null, "bachelor", 2, null, null));
    }

    [Fact]
    public void SeriesWithoutStandard_Initial_UsesTheNationalTable()
    {
        var decision = Checker.Check(AnApplication.Initial().WithTarget("经济", "人力资源管理", "assistant")).Decision.ShouldNotBeNull();

        decision.Eligible.ShouldBeTrue();
        decision.Requirements.Source.ShouldBe("全国通行初定对应表");
    }

    [Theory]
    [InlineData("WithSuffix", "工程系列")]
    [InlineData("WithSpaces", " 工程 ")]
    public void EngineeringSeries_WrittenAnotherWay_StillHasItsStandard(string @case, string series) =>
        Checker.Check(AnApplication.Promotion().WithTarget(series, "电气工程", "associate_senior")).Decision
            .ShouldNotBeNull(@case).Requirements.Source.ShouldBe(Sample, @case);

    [Fact]
    public void BadInput_IsRejectedBeforeRequirementsAreLookedFor()
    {
        var outcome = Checker.Check(AnApplication.Promotion().WithTarget("经济", "人力资源管理", "associate_senior")
            .WithApplicant(a => a.IdNumber = "140802198803120212"));

        outcome.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("applicant.idNumber", "身份证号码校验位错误"));
    }

    [Fact]
    public void SpreadsheetRow_RequirementErrors_NameTheirColumn()
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion().WithTarget("经济", "人力资源管理", "associate_senior").Build());
        var outcome = Checker.Service.Check(TabularApplicationReader.Read(rows.Select((r, i) => new TabularRecord(i + 1, r))).Single());

        outcome.Outcome.Errors.Select(e => (e.Path, e.Column, e.Header)).ShouldBe(
        [
            ("requirements.tenureYears", "AA", "任职年限要求"),
            ("requirements.minEducation", "AC", "最低学历要求"),
            ("requirements.minAchievements", "AD", "业绩成果要求"),
        ]);
    }

    [Fact]
    public void EligibleSample_PassesEveryCheckOfItsRoute()
    {
        var decision = Checker.Check(AnApplication.Promotion()).Decision.ShouldNotBeNull();

        decision.Eligible.ShouldBeTrue();
        decision.Checks.Select(c => c.Code).ShouldBe(
        [
            "in_service", "specialty_match", "channel", "level_by_level", "transfer_required", "education", "achievements",
            "tenure", "latest_assessment", "same_year_conflict", "integrity",
        ], ignoreOrder: true);
    }
}
