using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 初定级别 (N2024-3.5b): the target may not be above the highest level the standard's 初定 table gives
/// for any full-time degree obtained by the determination date and the whole years since graduation.
/// Whole years are anniversaries reached: graduated 2023-06-30, determined 2024-06-30 is one year;
/// 2024-06-29 is none. A 02-29 graduation's anniversary in a common year is 02-28.
/// </summary>
public sealed class InitialLevelCheck()
    : EligibilityCheck("initial_level", "初定级别", [ClauseIds.InitialDetermination], [Route.Initial])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var on = facts.Application.DeterminedOn!.Value;
        var table = facts.Requirements.InitialDetermination ?? InitialDeterminationTable.NationalDefault;
        var target = facts.Application.Target.Level;
        TitleLevel? best = null;
        EducationRecord? basis = null;
        foreach (var item in facts.CountedEducation)
        {
            if (!item.FullTime)
            {
                continue;
            }
            var level = table.HighestLevel(item.Degree, WholeYears(item.ObtainedOn, on));
            if (level is { } l && (best is null || l > best))
            {
                best = l;
                basis = item;
            }
            else if (best is null && (basis is null || item.Degree > basis.Degree))
            {
                basis = item;
            }
        }
        var targetLabel = Codes.Level.Label(target);
        if (basis is null)
        {
            return Fail($"没有全日制学历，不能初定{targetLabel}");
        }
        var graduated = $"全日制{Codes.Degree.Label(basis.Degree)}{Wording.Date(basis.ObtainedOn)}毕业，至初定日满{WholeYears(basis.ObtainedOn, on)}年";
        if (best is not { } highest)
        {
            return Fail($"{graduated}，尚不符合初定任何级别的年限，不能初定{targetLabel}");
        }
        var message = $"{graduated}，最高可初定{Codes.Level.Label(highest)}，申报{targetLabel}";
        return target <= highest ? Pass(message) : Fail(message);
    }

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/>, counting an anniversary on its day.</summary>
    public static int WholeYears(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }
        var years = to.Year - from.Year;
        return from.AddYears(years) > to ? years - 1 : years;
    }
}
