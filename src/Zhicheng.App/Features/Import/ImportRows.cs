using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using static Zhicheng.App.Features.Import.ImportHeaders;

namespace Zhicheng.App.Features.Import;

/// <summary>A row of the 人员 sheet, each cell checked on its own; the unit is resolved against the jurisdiction later.</summary>
internal sealed record PersonRow(int Row, IdentityNumber Id, string Name, string? CreditCode, string? Phone, string? Email,
    DateOnly? WorkStart, string? PostSeries, string? PostSpecialty, DateOnly? PostSince, bool? InService, EmploymentType? EmploymentType);

/// <summary>A row of the 职称 sheet.</summary>
internal sealed record TitleRow(int Row, IdentityNumber Id, string Series, string Specialty, TitleLevel Level, DateOnly ObtainedOn,
    TitleSource Source, DateOnly? TransferredOn, string? CertificateNumber, string? GrantedBy);

/// <summary>A row of the 年度考核 sheet.</summary>
internal sealed record AssessmentRow(int Row, IdentityNumber Id, int Year, AssessmentGrade Grade);

/// <summary>A row of the 学历 sheet.</summary>
internal sealed record EducationRow(int Row, IdentityNumber Id, Degree Degree, bool FullTime, DateOnly ObtainedOn, string? School, string? Major);

/// <summary>
/// Turns a row's cells into a typed row, or null with its problems reported. The checks here need nothing but
/// the row: formats, code tables, lengths, dates that exist and are not in the future, dates not before the
/// birth date the identity number carries, a transfer not before the title was obtained.
/// </summary>
internal static class ImportRows
{
    public static PersonRow? Person(CellReader cells)
    {
        var id = cells.Identity();
        var birth = id?.BirthDate;
        var name = cells.Required(Name, 50);
        var creditCode = cells.Text(UnitCreditCode, 64);
        if (creditCode is not null)
        {
            if (Domain.Identity.CreditCode.TryParse(creditCode, out var code, out var error))
            {
                creditCode = code.Value;
            }
            else
            {
                cells.Fail(UnitCreditCode, error);
            }
        }
        var phone = cells.Text(Phone, 30);
        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ' or '(' or ')' or '转'))
        {
            cells.Fail(Phone, $"联系电话只能包含数字和“-”“+”，实际为“{phone}”");
        }
        var email = cells.Text(Email, 100);
        if (email is not null && (email.Count(c => c == '@') != 1 || email.StartsWith('@') || !email[(email.IndexOf('@') + 1)..].Contains('.', StringComparison.Ordinal)))
        {
            cells.Fail(Email, $"电子邮箱格式不正确：“{email}”");
        }
        var row = new PersonRow(cells.Row, id ?? default, name ?? "", creditCode, phone, email,
            cells.Date(WorkStart, false, birth), cells.Text(PostSeries, 50), cells.Text(PostSpecialty, 50), cells.Date(PostSince, false, birth),
            cells.Flag(InService, false), cells.Code(ImportHeaders.EmploymentType, Codes.EmploymentType, false));
        return cells.Failed ? null : row;
    }

    public static TitleRow? Title(CellReader cells)
    {
        var id = cells.Identity();
        var birth = id?.BirthDate;
        var series = cells.Required(Series, 50);
        var specialty = cells.Required(Specialty, 50);
        var level = cells.Code(Level, Codes.Level, true);
        var obtained = cells.Date(ObtainedOn, true, birth);
        var source = cells.Code(Source, OrganisationCodes.Source, true);
        var transferred = cells.Date(TransferredOn, false, birth);
        if (transferred is { } t && obtained is { } o && t < o)
        {
            cells.Fail(TransferredOn, $"转评时间（{CellReader.Iso(t)}）早于取得时间（{CellReader.Iso(o)}）");
        }
        else if (source == TitleSource.Transfer && cells.Blank(TransferredOn))
        {
            cells.Fail(TransferredOn, "取得方式为转评时须填写转评时间");
        }
        else if (source is { } s && s != TitleSource.Transfer && transferred is not null)
        {
            cells.Fail(TransferredOn, "只有取得方式为转评时才填写转评时间");
        }
        var row = new TitleRow(cells.Row, id ?? default, series ?? "", specialty ?? "", level ?? default, obtained ?? default,
            source ?? default, transferred, cells.Text(CertificateNumber, 50), cells.Text(GrantedBy, 200));
        return cells.Failed ? null : row;
    }

    public static AssessmentRow? Assessment(CellReader cells)
    {
        var id = cells.Identity();
        var year = cells.Year(Year);
        if (id is { } n && year is { } y && y < n.BirthDate.Year)
        {
            cells.Fail(Year, $"{y}年度早于出生年份（{n.BirthDate.Year}年，由身份证号得出）");
        }
        var grade = cells.Code(Grade, Codes.Grade, true);
        return cells.Failed ? null : new AssessmentRow(cells.Row, id!.Value, year!.Value, grade!.Value);
    }

    public static EducationRow? Education(CellReader cells)
    {
        var id = cells.Identity();
        var degree = cells.Code(ImportHeaders.Degree, Codes.Degree, true);
        var fullTime = cells.Flag(FullTime, true);
        var graduated = cells.Date(GraduatedOn, true, id?.BirthDate);
        var row = new EducationRow(cells.Row, id ?? default, degree ?? default, fullTime ?? false, graduated ?? default,
            cells.Text(School, 200), cells.Text(Major, 100));
        return cells.Failed ? null : row;
    }
}
