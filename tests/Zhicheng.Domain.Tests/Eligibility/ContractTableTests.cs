using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Eligibility;

/// <summary>
/// The check-code table of <c>shared/contracts/eligibility.md</c>, row by row: each code cites exactly the
/// clauses in the table and appears in a decision exactly for the routes in the table.
/// </summary>
public class ContractTableTests
{
    private const Route P = Route.Promotion;
    private const Route E = Route.Exceptional;
    private const Route T = Route.Transfer;
    private const Route I = Route.Initial;

    /// <summary>code | clauses | routes — as published in the contract.</summary>
    public static TheoryData<string, string[], Route[]> Table => new()
    {
        { "in_service", ["N2024-3.1a"], [P, E, T, I] },
        { "specialty_match", ["N2024-3.1b"], [P, E, T] },
        { "channel", ["N2024-3.1c"], [P, E, T, I] },
        { "level_by_level", ["N2024-3.5a"], [P, E, T] },
        { "transfer_required", ["N2024-3.4"], [P, E] },
        { "transfer_post_year", ["N2024-3.4", "N2024-3.2a"], [T] },
        { "education", ["N2024-3.2b"], [P, E, I] },
        { "achievements", ["N2024-3.2b"], [P, E] },
        { "tenure", ["N2024-3.2a", "N2024-3.3a", "N2024-3.3b"], [P, E] },
        { "latest_assessment", ["N2024-3.3c"], [P, E, T] },
        { "exceptional_excellent", ["N2024-3.3d"], [E] },
        { "initial_deadline", ["N2024-3.5b"], [I] },
        { "initial_level", ["N2024-3.5b"], [I] },
        { "same_year_conflict", ["N2024-3.5c"], [P, E] },
        { "integrity", ["N2024-4.4", "N2024-4.3c"], [P, E, T, I] },
    };

    private static readonly Route[] AllRoutes = [P, E, T, I];

    [Theory]
    [MemberData(nameof(Table))]
    public void Check_InPolicy_CitesTheContractClauses(string code, string[] clauses, Route[] routes)
    {
        _ = routes;
        var check = PolicyVersion.N2024.Checks.Where(c => c.Code == code).ShouldHaveSingleItem();
        check.Clauses.ShouldBe(clauses, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Check_InPolicy_AppliesToTheContractRoutes(string code, string[] clauses, Route[] routes)
    {
        _ = clauses;
        var check = PolicyVersion.N2024.Checks.Single(c => c.Code == code);
        check.Routes.ShouldBe(routes, ignoreOrder: true);
        foreach (var route in AllRoutes)
        {
            check.AppliesTo(route).ShouldBe(routes.Contains(route), $"{code} on {route}");
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Check_InDecisions_AppearsExactlyForTheContractRoutes(string code, string[] clauses, Route[] routes)
    {
        foreach (var route in AllRoutes)
        {
            var decision = AnApplication.For(route).Decide();
            var results = decision.Checks.Where(c => c.Code == code).ToList();
            if (routes.Contains(route))
            {
                results.ShouldHaveSingleItem($"{code} on {route}").Clauses.ShouldBe(clauses, ignoreOrder: true);
            }
            else
            {
                results.ShouldBeEmpty($"{code} must not appear on {route}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Check_WhenFailing_StillCitesTheContractClauses(string code, string[] clauses, Route[] routes)
    {
        var route = routes[0];
        var decision = FailingApplicationFor(code, route).Decide();
        var result = decision.Check(code);
        result.Passed.ShouldBeFalse();
        result.Clauses.ShouldBe(clauses, ignoreOrder: true);
        decision.Eligible.ShouldBeFalse();
    }

    [Fact]
    public void Policy_N2024_HasExactlyTheContractCodes()
    {
        var codes = Table.Select(row => (string)((ITheoryDataRow)row).GetData()[0]!).ToList();
        PolicyVersion.N2024.Checks.Select(c => c.Code).ShouldBe(codes, ignoreOrder: true);
        PolicyVersion.N2024.Checks.Select(c => c.Code).ShouldBeUnique();
    }

    [Theory]
    [InlineData(Route.Promotion, new[] { "in_service", "specialty_match", "channel", "level_by_level", "transfer_required", "education", "achievements", "tenure", "latest_assessment", "same_year_conflict", "integrity" })]
    [InlineData(Route.Exceptional, new[] { "in_service", "specialty_match", "channel", "level_by_level", "transfer_required", "education", "achievements", "tenure", "latest_assessment", "exceptional_excellent", "same_year_conflict", "integrity" })]
    [InlineData(Route.Transfer, new[] { "in_service", "specialty_match", "channel", "level_by_level", "transfer_post_year", "latest_assessment", "integrity" })]
    [InlineData(Route.Initial, new[] { "in_service", "channel", "education", "initial_deadline", "initial_level", "integrity" })]
    public void Decision_ForRoute_ListsEveryApplicableCheckOnce(Route route, string[] codes)
    {
        var decision = AnApplication.For(route).Decide();
        decision.CheckCodes().ShouldBe(codes, ignoreOrder: true);
        decision.CheckCodes().ShouldBeUnique();
    }

    /// <summary>A starting application of <paramref name="route"/> changed so that <paramref name="code"/> fails.</summary>
    internal static AnApplication FailingApplicationFor(string code, Route route)
    {
        var application = AnApplication.For(route);
        return code switch
        {
            "in_service" => application.WithApplicant(a => a.NotInService()),
            "specialty_match" => application.WithTarget("经济", "会计", route == Route.Transfer ? TitleLevel.Intermediate : TitleLevel.AssociateSenior),
            "channel" => application.WithApplicant(a => a.WithEmployment(EmploymentType.Freelancer, Channel.Employer)),
            "level_by_level" => application.WithTargetLevel(TitleLevel.Senior),
            "transfer_required" => application.WithApplicant(a => a.WithTitle(TitleLevel.Intermediate, Dates.D("2019-06-30"), "经济", "人力资源")),
            "transfer_post_year" => application.WithApplicant(a => a.WithPostSince(Dates.D("2024-03-01"))),
            "education" => application.WithApplicant(a => a.WithEducation(Degree.Associate, Dates.D("2010-06-30"), fullTime: false)),
            "achievements" => application.WithApplicant(a => a.WithoutAchievements()),
            "tenure" => application.WithApplicant(a => a.WithTitleObtainedOn(Dates.D("2023-06-30"))),
            "latest_assessment" => application.WithApplicant(a => a.WithAssessment(2023, AssessmentGrade.Unqualified)),
            "exceptional_excellent" => application.WithApplicant(a => a.WithAssessments(2019, 2023, AssessmentGrade.Qualified)),
            "initial_deadline" => application.DeterminedOn(Dates.D("2024-12-01")),
            "initial_level" => application.WithTargetLevel(TitleLevel.Intermediate),
            "same_year_conflict" => application.WithOtherApplication("经济", "人力资源", TitleLevel.AssociateSenior),
            "integrity" => application.WithApplicant(a => a.WithIntegrityRecord(IntegrityKind.Falsification, Dates.D("2023-03-01"))),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
        };
    }
}
