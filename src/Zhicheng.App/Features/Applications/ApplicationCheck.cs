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

    /// <summary>One line per check that failed (or the input errors), each naming its clauses: the office's summary.</summary>
    public static string Summary(CheckOutcome outcome)
    {
        if (outcome.Decision is not { } decision)
        {
            return string.Join("\n", outcome.Errors.Select(e => e.Path.StartsWith("requirements", StringComparison.Ordinal)
                ? $"评价标准不完整：{e.Message}（{ClauseIds.StandardPublication}）"
                : $"档案信息不完整：{e.Path} {e.Message}（{ClauseIds.NationalUnitReview}）"));
        }
        return decision.Eligible
            ? $"符合申报条件（{decision.Requirements.Source}）"
            : string.Join("\n", decision.Checks.Where(c => !c.Passed).Select(c => $"{c.Title}：{c.Message}（{string.Join("、", c.Clauses)}）"));
    }
}
