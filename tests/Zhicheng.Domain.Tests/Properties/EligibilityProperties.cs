using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Properties;

/// <summary>Properties that hold for every application, checked on generated ones.</summary>
public class EligibilityProperties
{
    private static readonly PolicyVersion N2024 = PolicyVersion.N2024;

    [Property(MaxTest = 200)]
    public Property Tenure_TurningANonCountingYearIntoACountingOne_NeverLowersIt() => Prop.ForAll(
        (from scenario in Generators.Tenure
         from offset in Gen.Choose(0, TenureScenario.YearsOfHistory - 1)
         from missing in Gen.Elements(true, false)
         from bad in Generators.NonCountingGrade
         from good in Generators.CountingGrade
         let year = scenario.FirstYear + offset
         // Y itself does not count only when graded below 合格; an earlier year also when it has no record.
         let before = scenario.WithGrade(year, missing && year < scenario.Year ? null : bad)
         select (Before: before, After: before.WithGrade(year, good))).ToArbitrary(),
        pair =>
        {
            var before = pair.Before.CountedTenure();
            var after = pair.After.CountedTenure();
            return (after >= before && after <= before + 1).Label($"before {before}, after {after}: {pair.Before}");
        });

    [Property(MaxTest = 200)]
    public Property Tenure_ObtainingTheLevelEarlier_NeverLowersIt() => Prop.ForAll(
        (from scenario in Generators.Tenure
         from earlier in Generators.DateIn(scenario.FirstYear, scenario.Year)
         select (Later: scenario, Earlier: scenario with { ObtainedOn = earlier < scenario.ObtainedOn ? earlier : scenario.ObtainedOn })).ToArbitrary(),
        pair =>
        {
            var later = pair.Later.CountedTenure();
            var earlier = pair.Earlier.CountedTenure();
            return (earlier >= later).Label($"obtained {pair.Earlier.ObtainedOn:yyyy-MM-dd} → {earlier}, {pair.Later.ObtainedOn:yyyy-MM-dd} → {later}: {pair.Later}");
        });

    [Property(MaxTest = 200)]
    public Property Tenure_CountedAndExcludedYears_AreEveryFullYearFromTheLevelToY() => Prop.ForAll(
        Generators.Tenure.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            var start = scenario.ObtainedOn;
            var fullYears = scenario.Year - start.Year + (start is { Month: 1, Day: 1 } ? 1 : 0);
            var excluded = decision.ExcludedYears;
            return (decision.CountedTenureYears + excluded.Count == fullYears
                    && excluded.All(y => y >= start.Year && y <= scenario.Year)
                    && excluded.SequenceEqual(excluded.Order()))
                .Label($"counted {decision.CountedTenureYears}, excluded [{string.Join(",", excluded)}], full years {fullYears}: {scenario}");
        });

    [Property(MaxTest = 200)]
    public Property EarliestEligibleYear_IsTheFirstLaterYearTenureHolds_PresumingEveryYearFromYCounts() => Prop.ForAll(
        Generators.Tenure.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            if (decision.EarliestEligibleYear is not { } earliest)
            {
                var onlyTenureFailed = decision.FailedCodes().SequenceEqual(["tenure"]);
                return (!onlyTenureFailed).Label($"only tenure failed but no earliest year: {scenario}");
            }
            var atEarliest = Presumed(scenario, earliest).Check("tenure").Passed;
            var yearBefore = earliest - 1 == scenario.Year || !Presumed(scenario, earliest - 1).Check("tenure").Passed;
            return (decision.FailedCodes().SequenceEqual(["tenure"]) && earliest > scenario.Year && atEarliest && yearBefore)
                .Label($"earliest {earliest}: holds then {atEarliest}, fails the year before {yearBefore}: {scenario}");
        });

    /// <summary>
    /// The application at a later year: every grade of the scenario kept, and every ungraded year from Y up to
    /// (not including) that year graded 合格. (Shifting the scenario's fifteen-year window instead would drop
    /// its earliest grades and change the answer.)
    /// </summary>
    private static AnApplication Presumed(TenureScenario scenario, int year) =>
        scenario.ToApplication(year).WithApplicant(a =>
        {
            for (var y = scenario.Year; y < year; y++)
            {
                if (y > scenario.Year || scenario.Grades[y - scenario.FirstYear] is null)
                {
                    a.WithAssessment(y, AssessmentGrade.Qualified);
                }
            }
        });

    [Property(MaxTest = 300)]
    public Property Decision_EligibleExactlyWhenNoCheckFailed() => Prop.ForAll(
        Generators.Application.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            return (decision.Eligible == decision.Checks.All(c => c.Passed))
                .Label($"eligible {decision.Eligible}, failed [{string.Join(",", decision.FailedCodes())}]: {scenario}");
        });

    [Property(MaxTest = 300)]
    public Property Decision_ListsEveryCheckOfTheRouteOnceInPolicyOrder() => Prop.ForAll(
        Generators.Application.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            var expected = N2024.Checks.Where(c => c.AppliesTo(scenario.Route)).Select(c => c.Code);
            return decision.CheckCodes().SequenceEqual(expected).Label($"[{string.Join(",", decision.CheckCodes())}]: {scenario}");
        });

    [Property(MaxTest = 300)]
    public Property Decision_EveryCheckResultsClauses_AreInTheCatalogue() => Prop.ForAll(
        Generators.Application.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            var unknown = decision.Checks.SelectMany(c => c.Clauses).Concat(decision.ExcludedItems.Select(i => i.Clause))
                .Where(id => !N2024.TryGetClause(id, out _)).ToList();
            return (unknown.Count == 0 && decision.Checks.All(c => c.Clauses.Count > 0)).Label($"unknown [{string.Join(",", unknown)}]: {scenario}");
        });

    [Property(MaxTest = 300)]
    public Property Decision_Interpretations_AreInThePolicyAndInOrder() => Prop.ForAll(
        Generators.Application.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            var known = N2024.Interpretations.Select(i => i.Id).ToList();
            var listed = decision.Interpretations;
            return (listed.All(known.Contains)
                    && listed.Contains("I-1")
                    && listed.SequenceEqual(listed.OrderBy(known.IndexOf))
                    && decision.Checks.SelectMany(c => c.UsedInterpretations).All(listed.Contains))
                .Label($"[{string.Join(",", listed)}]: {scenario}");
        });

    [Property(MaxTest = 300)]
    public Property Decision_EarliestEligibleYear_OnlyWhenTenureAloneFailed() => Prop.ForAll(
        Generators.Application.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            var tenureAlone = decision.FailedCodes().SequenceEqual(["tenure"]);
            return (decision.EarliestEligibleYear is not null == tenureAlone
                    && (decision.EarliestEligibleYear is null || decision.EarliestEligibleYear > scenario.Year))
                .Label($"earliest {decision.EarliestEligibleYear}, failed [{string.Join(",", decision.FailedCodes())}]: {scenario}");
        });

    [Property(MaxTest = 300)]
    public Property Decision_ExcludedItems_AreExactlyTheItemsAfterTheCutoff() => Prop.ForAll(
        Generators.Application.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            var cutoff = scenario.Route == Route.Initial ? scenario.DeterminedOn : scenario.Deadline;
            var expected = scenario.Education.Count(e => e.ObtainedOn > cutoff) + scenario.Achievements.Count(d => d > cutoff);
            return (decision.ExcludedItems.Count == expected && decision.ExcludedItems.All(i => i.ObtainedOn > cutoff && i.Clause == ClauseIds.ItemsBeforeDeadline))
                .Label($"{decision.ExcludedItems.Count} excluded, expected {expected}: {scenario}");
        });

    [Property(MaxTest = 200)]
    public Property Decision_WaivedAndWarningNotes_AreOnPassedChecksOnly() => Prop.ForAll(
        Generators.Application.ToArbitrary(),
        scenario =>
        {
            var decision = scenario.ToApplication().Decide();
            var exempt = N2024.Settings.AssessmentExemptTypes.Contains(scenario.EmploymentType);
            return (decision.Checks.All(c => c.Note == CheckNote.None || c.Passed)
                    && decision.Checks.Where(c => c.Note == CheckNote.Waived).All(c => exempt && c.Code is "latest_assessment" or "exceptional_excellent")
                    && decision.Checks.Where(c => c.Note == CheckNote.Warning).All(c => c.Code == "integrity"))
                .Label(scenario.ToString());
        });
}
