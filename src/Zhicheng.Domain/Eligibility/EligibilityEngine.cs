using Zhicheng.Domain.Eligibility.Checks;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// Decides applications under one policy version: works out the facts once, runs every check that
/// applies to the route in the policy's order, and explains the result.
/// </summary>
public sealed class EligibilityEngine(PolicyVersion policy)
{
    public PolicyVersion Policy { get; } = policy;

    /// <summary>
    /// Decides <paramref name="application"/> against <paramref name="requirements"/>, which must hold
    /// every field the route needs (<see cref="Requirements.MissingFor"/> is empty).
    /// </summary>
    public Decision Decide(EligibilityApplication application, Requirements requirements)
    {
        if (!requirements.Covers(application.Route))
        {
            throw new ArgumentException(
                $"Requirements lack {string.Join(", ", requirements.MissingFor(application.Route))} for route {application.Route}.", nameof(requirements));
        }
        var facts = new EligibilityFacts(application, requirements, Policy);
        var checks = Policy.Checks;
        var results = new List<CheckResult>(checks.Count);
        var failed = 0;
        var tenureFailed = false;
        var used = InterpretationSet.Of("I-1");
        foreach (var check in checks)
        {
            if (!check.AppliesTo(application.Route))
            {
                continue;
            }
            var result = check.Evaluate(facts);
            results.Add(result);
            used = used.With(result.UsedInterpretations);
            if (!result.Passed)
            {
                failed++;
                tenureFailed |= check is TenureCheck;
            }
        }
        if (facts.Tenure is { } tenure && tenure.Excluded.Any(y => y.Standing == YearStanding.NoRecord))
        {
            used = used.With(["I-2"]);
        }
        return new Decision
        {
            Id = application.Id,
            Policy = Policy.Id,
            Checks = results,
            CountedTenureYears = facts.Tenure?.FullYears,
            CountedWorkYears = facts.WorkYears,
            ExcludedYears = ExcludedYears(facts),
            ExcludedItems = facts.ExcludedItems,
            EarliestEligibleYear = tenureFailed && failed == 1 ? EarliestTenureYear(facts) : null,
            Interpretations = used.ToList(),
            Requirements = requirements,
        };
    }

    private static int[] ExcludedYears(EligibilityFacts facts)
    {
        if (facts.Tenure is not { Excluded.Count: > 0 } tenure)
        {
            return [];
        }
        var years = new int[tenure.Excluded.Count];
        for (var i = 0; i < years.Length; i++)
        {
            years[i] = tenure.Excluded[i].Year;
        }
        return years;
    }

    /// <summary>The first year after Y at which tenure would hold if every year from Y on counts.</summary>
    private static int? EarliestTenureYear(EligibilityFacts facts)
    {
        var required = TenureCheck.RequiredYears(facts);
        var obtainedOn = facts.Applicant.CurrentTitle!.ObtainedOn;
        var year = facts.Application.Year;
        for (var later = year + 1; later <= Math.Max(year, obtainedOn.Year) + required + 1; later++)
        {
            if (YearCounter.Tenure(obtainedOn, later, facts.Assessments, facts.Settings).FullYears >= required)
            {
                return later;
            }
        }
        return null;
    }
}
