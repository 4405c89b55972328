using System.Globalization;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.People;
using Zhicheng.Benchmarks.Applications;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;

namespace Zhicheng.Benchmarks.Ballot;

/// <summary>
/// The ballot benchmark's applicants, written straight with EF (through the audit trail): doctors of the city's hospitals
/// with valid identity numbers, each with a 副高级 promotion as the services leave an accepted one; and the names and codes
/// of the city's units and experts.
/// </summary>
internal static class BallotApplicants
{
    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董薛贾闫杜田任姚卫柴畅裴";
    private const string Given = "建国伟军明华平强志刚勇斌磊涛鹏超杰峰辉丽芳娟敏静艳霞燕红玲娜婷琳雪梅颖倩洁慧萍丹莉晶瑞佳欣怡";

    public static Person PersonOf(Random random, int unitId, HashSet<string> seen)
    {
        var male = random.Next(2) == 0;
        var birth = new DateOnly(1970, 1, 1).AddDays(random.Next(18 * 365));
        string idNumber;
        do
        {
            var first17 = string.Create(CultureInfo.InvariantCulture, $"140802{birth:yyyyMMdd}{random.Next(500) * 2 + (male ? 1 : 0):000}");
            idNumber = first17 + IdentityNumber.CheckCharacterFor(first17);
        }
        while (!seen.Add(idNumber));
        var workStart = new DateOnly(birth.Year + 23, 7, 1);
        return new Person
        {
            IdNumber = idNumber, Name = NameOf(random), Sex = male ? Sex.Male : Sex.Female, BirthDate = birth, UnitId = unitId,
            EmploymentType = EmploymentType.PublicInstitution, InService = true, WorkStartDate = workStart,
            PostSeries = BenchYear.Health.Series, PostSpecialty = BallotDb.Specialty, PostSince = workStart,
        };
    }

    /// <summary>An application as the services leave an accepted one: unit → 卫健委 → office approved, the office's check passed.</summary>
    public static TitleApplication AcceptedOf(Person person, string unitName, int number, int committeeId, int healthId, int year, Random random)
    {
        var created = new DateTimeOffset(year, 8, 20, 1, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(20 * 24 * 60));
        var submitted = created.AddHours(2);
        var publicity = DateOnly.FromDateTime(submitted.UtcDateTime).AddDays(1);
        var unitApproved = submitted.AddDays(8);
        var departmentApproved = unitApproved.AddDays(2);
        var accepted = departmentApproved.AddDays(3);
        return new TitleApplication
        {
            Number = $"SB{year}-{number:D6}", PersonId = person.Id, CommitteeId = committeeId, Year = year, Route = Route.Promotion,
            Series = BenchYear.Health.Series, Specialty = BallotDb.Specialty, Level = TitleLevel.AssociateSenior, Channel = Channel.Employer, UnitId = person.UnitId,
            Stage = ApplicationStage.Accepted, StepIndex = 3, StepKind = ReviewStepKind.CommitteeOffice,
            PublicityStart = publicity, PublicityEnd = publicity.AddDays(6),
            QualificationCheckedAt = accepted.AddHours(-1), QualificationPassed = true, QualificationSummary = $"符合申报条件（{BenchYear.Health.StandardTitle}）",
            CreatedBy = person.Name, CreatedAt = created, SubmittedAt = submitted, UpdatedAt = accepted, Version = 1,
            Steps =
            [
                new ApplicationStep { Order = 1, Kind = ReviewStepKind.Unit, OrganisationId = person.UnitId, ApprovedAt = unitApproved, ApprovedBy = $"人事干部（{unitName}）" },
                new ApplicationStep { Order = 2, Kind = ReviewStepKind.Department, OrganisationId = healthId, ApprovedAt = departmentApproved, ApprovedBy = "基准测试 卫健委审核人（运城市卫生健康委员会）" },
                new ApplicationStep { Order = 3, Kind = ReviewStepKind.CommitteeOffice, OrganisationId = healthId, ApprovedAt = accepted, ApprovedBy = "基准测试 卫生高评委办公室（运城市卫生健康委员会）" },
            ],
        };
    }

    public static string NameOf(Random random) =>
        string.Concat(Surnames[random.Next(Surnames.Length)].ToString(), Given[random.Next(Given.Length)].ToString(),
            random.Next(4) == 0 ? "" : Given[random.Next(Given.Length)].ToString());

    /// <summary>A valid unified social credit code (GB 32100) of a public institution in 运城 (12 140800 …).</summary>
    public static string CreditCodeOf(Random random, HashSet<string> used)
    {
        ReadOnlySpan<int> weights = [3, 7, 9, 10, 5, 8, 4, 2];
        string code;
        do
        {
            var org = new char[9];
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                var value = random.Next(10);
                org[i] = (char)('0' + value);
                sum += value * weights[i];
            }
            var check = 11 - sum % 11;
            org[8] = check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
            var first17 = "12140800" + new string(org);
            code = first17 + CreditCode.CheckCharacterFor(first17);
        }
        while (!used.Add(code));
        return code;
    }

    public static string Chinese(int n) => n switch
    {
        <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        < 20 => "十" + "一二三四五六七八九"[n - 11],
        < 100 => "一二三四五六七八九"[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : "一二三四五六七八九"[n % 10 - 1].ToString()),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
