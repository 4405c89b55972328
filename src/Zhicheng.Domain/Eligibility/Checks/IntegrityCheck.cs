using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 诚信档案 (N2024-4.4, 4.3c), read under I-6. A record is active on D while D is earlier than its
/// decision date plus the record period (3 years, a setting): decided 2021-09-30 is no longer active on
/// 2024-09-30 but is on 2024-09-29. An active falsification record blocks the application (or, by
/// setting, warns); any other active record passes with a warning reviewers must acknowledge.
/// </summary>
public sealed class IntegrityCheck()
    : EligibilityCheck("integrity", "诚信记录", [ClauseIds.IntegrityArchive, ClauseIds.Falsification], AllRoutes, ["I-6"])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var records = facts.Applicant.Integrity;
        if (records.Count == 0)
        {
            return Pass("诚信档案中没有失信记录");
        }
        var on = facts.ItemCutoff ?? facts.CountingCutoff;
        var period = facts.Settings.IntegrityRecordYears;
        IntegrityRecord? blocking = null;
        List<IntegrityRecord>? warnings = null;
        var expired = 0;
        foreach (var record in records)
        {
            if (on >= ActiveUntil(record, period))
            {
                expired++;
            }
            else if (record.Kind == IntegrityKind.Falsification && facts.Settings.Falsification == FalsificationHandling.Block)
            {
                blocking ??= record;
            }
            else
            {
                (warnings ??= []).Add(record);
            }
        }
        var expiredNote = expired > 0 ? $"（另有{expired}条记录已过{period}年记录期）" : "";
        if (blocking is not null)
        {
            return Fail($"有处于记录期内的{Describe(blocking, period)}，取消申报资格{expiredNote}");
        }
        if (warnings is not null)
        {
            return Warning($"有处于记录期内的{string.Join("、", warnings.Select(r => Describe(r, period)))}，须审核人确认{expiredNote}");
        }
        return Pass($"截至{Wording.Date(on)}没有处于记录期内的失信记录{expiredNote}");
    }

    /// <summary>The first day the record is no longer active: its decision date plus the period.</summary>
    public static DateOnly ActiveUntil(IntegrityRecord record, int years) => record.DecidedOn.AddYears(years);

    private static string Describe(IntegrityRecord record, int period) =>
        $"{Codes.IntegrityKind.Label(record.Kind)}记录（{Wording.Date(record.DecidedOn)}记入，记录期至{Wording.Date(ActiveUntil(record, period).AddDays(-1))}）";
}
