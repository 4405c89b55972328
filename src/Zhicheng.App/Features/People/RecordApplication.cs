using System.Globalization;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.People;

/// <summary>
/// What an applicant asks for, when everything else comes from their stored record: the route, the target,
/// the year and the material deadline D (and, for 初定, the date of the determination).
/// </summary>
public sealed class RecordRequest
{
    public string? Route { get; set; }
    public TitleInput? Target { get; set; }
    public int? ApplicationYear { get; set; }
    public string? MaterialDeadline { get; set; }
    public string? DeterminedOn { get; set; }

    /// <summary>
    /// The committee applied to: its approved plan for the year gives D when <see cref="MaterialDeadline"/> is
    /// empty. Without it, the one committee of the target's series and level whose scope holds the person's unit.
    /// </summary>
    public int? CommitteeId { get; set; }

    /// <summary>Overrides the standard in force, field by field (as in the contract's <c>requirements</c>).</summary>
    public RequirementsInput? Requirements { get; set; }
}

/// <summary>
/// Builds the eligibility engine's input from a person's record: identity, in-service, employment type and
/// channel from the unit that holds the record (N2024-3.1c), post, the current title (the highest level not
/// revoked), education, achievements and assessments. The result goes through the same validator as any
/// other application, so a record with a gap is reported field by field rather than guessed at.
/// </summary>
public static class RecordApplication
{
    public static ApplicationInput Build(Person person, RecordRequest request)
    {
        var unit = person.Unit ?? throw new ArgumentException("人员档案需包含所在单位", nameof(person));
        var current = CurrentTitle(person);
        var route = request.Route;
        return new ApplicationInput
        {
            Id = $"P-{person.Id}",
            ApplicationYear = request.ApplicationYear,
            MaterialDeadline = request.MaterialDeadline,
            Route = route,
            Target = request.Target,
            DeterminedOn = request.DeterminedOn,
            Requirements = request.Requirements,
            Applicant = new ApplicantInput
            {
                IdNumber = person.IdNumber,
                Name = person.Name,
                InService = person.InService,
                EmploymentType = (unit.EmploymentType ?? person.EmploymentType) is { } type ? Codes.EmploymentType.Code(type) : null,
                Channel = Codes.Channel.Code(OrganisationCodes.ChannelOf(unit.Kind)),
                WorkStartDate = Date(person.WorkStartDate),
                CurrentPost = person.PostSeries is null && person.PostSpecialty is null && person.PostSince is null ? null
                    : new PostInput { Series = person.PostSeries, Specialty = person.PostSpecialty, Since = Date(person.PostSince) },
                CurrentTitle = current is null || Codes.Route.TryParse(route, out var r) && r == Route.Initial ? null : new TitleInput
                {
                    Series = current.Series, Specialty = current.Specialty, Level = Codes.Level.Code(current.Level),
                    ObtainedOn = Date(current.ObtainedOn), TransferredOn = Date(current.TransferredOn),
                },
                Education = [.. person.Education.Select(e => (EducationInput?)new EducationInput
                    { Degree = Codes.Degree.Code(e.Degree), FullTime = e.FullTime, ObtainedOn = Date(e.ObtainedOn) })],
                Achievements = [.. person.Achievements.Select(a => (AchievementInput?)new AchievementInput { Title = a.Title, ObtainedOn = Date(a.ObtainedOn) })],
                Assessments = [.. person.Assessments.OrderBy(a => a.Year).Select(a => (AssessmentInput?)new AssessmentInput { Year = a.Year, Grade = Codes.Grade.Code(a.Grade) })],
                Integrity = [],
            },
        };
    }

    /// <summary>The title that counts now: the highest level not revoked; between equals, the latest obtained.</summary>
    public static TitleHeld? CurrentTitle(Person person) =>
        person.Titles.Where(t => t.RevokedOn is null).OrderByDescending(t => t.Level).ThenByDescending(t => t.ObtainedOn).FirstOrDefault();

    /// <summary>The request a record suggests: promotion to the next level of the current title (or 初定 without one), this year.</summary>
    public static RecordRequest Suggest(Person person, int year)
    {
        var current = CurrentTitle(person);
        if (current is null)
        {
            return new RecordRequest
            {
                Route = "initial", ApplicationYear = year,
                Target = new TitleInput { Series = person.PostSeries, Specialty = person.PostSpecialty, Level = Codes.Level.Code(TitleLevel.Assistant) },
            };
        }
        var next = current.Level == TitleLevel.Senior ? TitleLevel.Senior : current.Level + 1;
        return new RecordRequest
        {
            Route = "promotion", ApplicationYear = year,
            Target = new TitleInput { Series = current.Series, Specialty = current.Specialty, Level = Codes.Level.Code(next) },
        };
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
