using System.Globalization;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Applications;

/// <summary>
/// The eligibility engine on an application: the applicant's stored record, the route and target applied for, D from the
/// committee's approved plan (N2024-4.6b), the standard in force (the engine's requirements source), the integrity
/// archive's records (N2024-4.4) and the person's other applications this year in every committee (N2024-3.5c). The same
/// input serves the applicant's self-check before submitting and the committee office's qualification check.
/// </summary>
public static class ApplicationCheck
{
    public static ApplicationInput Input(Person person, ApplicationRequest request, int year, DateOnly materialDeadline,
        IEnumerable<IntegrityEntry> records, IEnumerable<TitleApplication> others)
    {
        var input = RecordApplication.Build(person, new RecordRequest
        {
            Route = Codes.Route.Code(request.Route),
            ApplicationYear = year,
            MaterialDeadline = materialDeadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Target = new TitleInput { Series = request.Series, Specialty = request.Specialty, Level = Codes.Level.Code(request.Level) },
        });
        input.Applicant!.Integrity = [.. records.Select(r => (IntegrityInput?)new IntegrityInput
        {
            Kind = Codes.IntegrityKind.Code(r.Kind),
            DecidedOn = r.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })];
        input.OtherApplicationsThisYear = [.. others.Select(o => (TitleInput?)new TitleInput { Series = o.Series, Specialty = o.Specialty, Level = Codes.Level.Code(o.Level) })];
        return input;
    }

    public static ApplicationRequest RequestOf(TitleApplication application) =>
        new(application.PersonId, application.CommitteeId, application.Route, application.Series, application.Specialty, application.Level);

    /// <summary>
    /// Every failed check, each with its clauses; or every gap — in the stored record (which the unit vouches for,
    /// MOHRSS-40-unit-review) or in the standard in force (N2024-1.2). What submitting and 初定 refuse with.
    /// </summary>
    public static List<Problem> Problems(CheckOutcome check) => check.Decision is { } decision
        ? [.. decision.Checks.Where(c => !c.Passed).Select(c => new Problem("eligibility." + c.Code, $"{c.Title}：{c.Message}", string.Join("、", c.Clauses)))]
        : [.. check.Errors.Select(e => e.Path.StartsWith("requirements", StringComparison.Ordinal)
            ? new Problem(e.Path, $"评价标准不完整：{e.Message}", ClauseIds.StandardPublication)
            : new Problem("record." + e.Path, $"档案信息不完整（{e.Path}）：{e.Message}", ClauseIds.NationalUnitReview))];

    /// <summary>The office's summary: that it passed and against which standard, or one line per <see cref="Problems"/>.</summary>
    public static string Summary(CheckOutcome outcome) => outcome.Decision is { Eligible: true } decision
        ? $"符合申报条件（{decision.Requirements.Source}）"
        : string.Join("\n", Problems(outcome).Select(p => p.Text));
}
