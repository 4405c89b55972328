using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Tests.Eligibility;

/// <summary>The English codes and Chinese labels of the contract's enumerations.</summary>
public class CodeTableTests
{
    [Fact]
    public void Codes_MatchTheContract()
    {
        Codes.Route.Entries.Select(e => e.Code).ShouldBe(["promotion", "exceptional", "transfer", "initial"]);
        Codes.Level.Entries.Select(e => e.Code).ShouldBe(["clerk", "assistant", "intermediate", "associate_senior", "senior"]);
        Codes.EmploymentType.Entries.Select(e => e.Code).ShouldBe(
            ["public_institution", "state_owned_enterprise", "government_agency", "non_public", "individual_business", "flexible", "freelancer"]);
        Codes.Channel.Entries.Select(e => e.Code).ShouldBe(["employer", "labor_dispatch", "competent_department", "talent_service", "hr_bureau"]);
        Codes.Degree.Entries.Select(e => e.Code).ShouldBe(["secondary", "associate", "bachelor", "master", "doctorate"]);
        Codes.Grade.Entries.Select(e => e.Code).ShouldBe(["excellent", "qualified", "basically_qualified", "unqualified", "undetermined"]);
    }

    [Fact]
    public void Codes_CoverEveryEnumValue()
    {
        Codes.Route.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<Route>(), ignoreOrder: true);
        Codes.Level.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<TitleLevel>(), ignoreOrder: true);
        Codes.EmploymentType.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<EmploymentType>(), ignoreOrder: true);
        Codes.Channel.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<Channel>(), ignoreOrder: true);
        Codes.Degree.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<Degree>(), ignoreOrder: true);
        Codes.Grade.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<AssessmentGrade>(), ignoreOrder: true);
        Codes.IntegrityKind.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<IntegrityKind>(), ignoreOrder: true);
    }

    [Theory]
    [InlineData("基本合格", AssessmentGrade.BasicallyQualified)]
    [InlineData("不确定等次", AssessmentGrade.Undetermined)]
    [InlineData("合格", AssessmentGrade.Qualified)]
    [InlineData("qualified", AssessmentGrade.Qualified)]
    [InlineData(" Excellent ", AssessmentGrade.Excellent)]
    public void Grade_TryParse_CodeOrLabel(string text, AssessmentGrade grade)
    {
        Codes.Grade.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(grade);
    }

    [Theory]
    [InlineData("good")]
    [InlineData("")]
    [InlineData(null)]
    public void Grade_TryParse_Unknown_Fails(string? text)
    {
        Codes.Grade.TryParse(text, out _).ShouldBeFalse();
    }
}
