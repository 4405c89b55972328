using System.Globalization;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Demo;

/// <summary>
/// Working lives for the demo city, drawn at random but plausibly: born 1965–2000 and below retirement age
/// (60 for men, 55 for women) today; full-time education, then work from July to September of the graduation
/// year; a first title by 初定 (degree and years as in the national table), then 评审 one level at a time after
/// the usual years, now and then a 转评 after a change of post; an assessment for every year since 2015 up to
/// last year (不定等次 in the year of joining); a few achievements.
/// </summary>
internal sealed class DemoCareers(Random random, DemoCodes codes, DateOnly today)
{
    public const int FirstAssessmentYear = 2015;

    /// <summary>Age at graduation by <see cref="Degree"/> (中专 18 … 博士 28), before a year's jitter.</summary>
    private static readonly int[] GraduationAge = [0, 18, 21, 22, 25, 28];

    public Person Draw(int unitId, string unitName, DemoArea area, DemoProfile profile, EmploymentType employmentType)
    {
        var field = profile.PickField(random);
        var sex = random.NextDouble() < field.FemaleShare ? Sex.Female : Sex.Male;
        var degree = (Degree)(1 + Pick(field.DegreeWeights));
        var graduationAge = GraduationAge[(int)degree] + random.Next(2);
        var earliest = Math.Max(1965, today.Year - (sex == Sex.Male ? 60 : 55) + 1);
        var latest = Math.Min(2000, today.Year - graduationAge - 2);
        var birthYear = random.Next(earliest, latest + 1);
        var birth = new DateOnly(birthYear, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(birthYear) ? 366 : 365));
        var person = new Person
        {
            IdNumber = "", Name = DemoNames.Person(random, sex), UnitId = unitId, EmploymentType = employmentType,
            Phone = string.Create(CultureInfo.InvariantCulture, $"1{"3589"[random.Next(4)]}{random.Next(100_000_000, 1_000_000_000)}"),
        };
        person.SetIdentity(IdentityNumber.Parse(codes.IdentityNumber(BirthPlace(area), birth, sex)));
        var specialty = random.Next(field.Specialties.Length);
        var graduated = new DateOnly(birth.Year + graduationAge, 6, 30);
        AddEducation(person, field.Schools[random.Next(field.Schools.Length)], field.MajorFor(specialty, random), degree, graduated);
        var workStart = new DateOnly(graduated.Year, 7 + random.Next(3), 1);
        person.WorkStartDate = workStart;
        person.PostSince = workStart;
        (field, specialty) = AddTitles(person, unitName, profile, field, specialty, degree, graduated);
        person.PostSeries = field.Series;
        person.PostSpecialty = field.Specialties[specialty];
        AddAssessments(person, workStart);
        AddAchievements(person, field, area, workStart);
        return person;
    }

    private void AddEducation(Person person, string school, string major, Degree degree, DateOnly graduated)
    {
        var first = degree switch { Degree.Master => 1, Degree.Doctorate => 2, _ => 0 };
        for (var earlier = first; earlier >= 0; earlier--)
        {
            var level = earlier == 0 ? degree : (Degree)((int)degree - earlier);
            person.Education.Add(new PersonEducation
            {
                Degree = level, FullTime = true, ObtainedOn = graduated.AddYears(-3 * earlier), School = school, Major = major,
            });
        }
        var partTime = new DateOnly(graduated.Year + 3 + random.Next(4), 1, 10);
        if (degree == Degree.Associate && random.Next(4) == 0 && partTime < today)
        {
            person.Education.Add(new PersonEducation { Degree = Degree.Bachelor, FullTime = false, ObtainedOn = partTime, School = school, Major = major });
        }
    }

    /// <summary>The ladder of titles; returns the field and specialty of the current post (changed by a 转评).</summary>
    private (DemoField, int) AddTitles(Person person, string unitName, DemoProfile profile, DemoField field, int specialty, Degree degree, DateOnly graduated)
    {
        var (level, year) = DemoLadder.Initial(degree, graduated);
        var obtained = new DateOnly(year, 9 + random.Next(3), 1 + random.Next(28));
        if (obtained > today)
        {
            return (field, specialty);
        }
        var last = Add(person, field, specialty, level, obtained, TitleSource.InitialDetermination, unitName);
        var earliestNext = 0;
        var transferred = false;
        while (last.Level < TitleLevel.Senior)
        {
            if (!transferred && last.Level >= TitleLevel.Assistant && random.Next(70) == 0)
            {
                var postChange = new DateOnly(last.ObtainedOn.Year + 1 + random.Next(2), 7, 1);
                var transferOn = new DateOnly(postChange.Year + 1, 12, 10 + random.Next(20));
                if (transferOn <= today)
                {
                    transferred = true;
                    field = profile.OtherField(field, random);
                    specialty = random.Next(field.Specialties.Length);
                    person.PostSince = postChange;
                    var transfer = Add(person, field, specialty, last.Level, last.ObtainedOn, TitleSource.Transfer, DemoLadder.Committee(field.Series, last.Level));
                    transfer.TransferredOn = transferOn;
                    earliestNext = transferOn.Year + 1;
                }
            }
            var next = last.Level + 1;
            if (random.NextDouble() >= DemoLadder.AdvanceOdds(next, degree))
            {
                break;
            }
            var delay = random.Next(20) switch { < 9 => 0, < 14 => 1, < 17 => 2, _ => 3 + random.Next(4) };
            var evaluationYear = Math.Max(last.ObtainedOn.Year + DemoLadder.MinimumYears(next, degree), earliestNext) + delay;
            var evaluated = new DateOnly(evaluationYear, 12, 10 + random.Next(20));
            if (evaluated > today)
            {
                break;
            }
            last = Add(person, field, specialty, next, evaluated, TitleSource.Evaluation, DemoLadder.Committee(field.Series, next));
        }
        return (field, specialty);
    }

    private static TitleHeld Add(Person person, DemoField field, int specialty, TitleLevel level, DateOnly obtained, TitleSource source, string grantedBy)
    {
        var title = new TitleHeld
        {
            Series = field.Series, Specialty = field.Specialties[specialty], Level = level, ObtainedOn = obtained, Source = source, GrantedBy = grantedBy,
        };
        person.Titles.Add(title);
        return title;
    }

    private void AddAssessments(Person person, DateOnly workStart)
    {
        for (var year = Math.Max(FirstAssessmentYear, workStart.Year); year < today.Year; year++)
        {
            var grade = year == workStart.Year ? AssessmentGrade.Undetermined : random.Next(1000) switch
            {
                < 150 => AssessmentGrade.Excellent,
                < 975 => AssessmentGrade.Qualified,
                < 993 => AssessmentGrade.BasicallyQualified,
                _ => AssessmentGrade.Unqualified,
            };
            person.Assessments.Add(new PersonAssessment { Year = year, Grade = grade });
        }
    }

    private void AddAchievements(Person person, DemoField field, DemoArea area, DateOnly workStart)
    {
        var roll = random.Next(100);
        var count = person.Titles.Count > 0 && person.Titles[^1].Level >= TitleLevel.Intermediate
            ? roll switch { < 50 => 0, < 85 => 1, _ => 2 }
            : roll < 15 ? 1 : 0;
        var from = workStart.AddYears(2);
        var days = today.DayNumber - from.DayNumber;
        var first = random.Next(field.Achievements.Length);
        for (var i = 0; i < count && days > 0; i++)
        {
            var template = field.Achievements[(first + i) % field.Achievements.Length];
            person.Achievements.Add(new PersonAchievement
            {
                Title = template.Replace("{专业}", person.PostSpecialty, StringComparison.Ordinal).Replace("{地}", area.Name, StringComparison.Ordinal),
                ObtainedOn = from.AddDays(random.Next(days)),
            });
        }
    }

    /// <summary>Mostly the area's pre-2000 code, sometimes its current one, a neighbouring county's, or elsewhere.</summary>
    private string BirthPlace(DemoArea area)
    {
        var home = area == DemoAreas.City ? DemoAreas.Counties[random.Next(DemoAreas.Counties.Length)] : area;
        return random.Next(100) switch
        {
            < 65 => home.OldDivision,
            < 85 => home.Division,
            < 95 => DemoAreas.Counties[random.Next(DemoAreas.Counties.Length)].OldDivision,
            _ => DemoAreas.Elsewhere[random.Next(DemoAreas.Elsewhere.Length)],
        };
    }

    private int Pick(int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }
}
