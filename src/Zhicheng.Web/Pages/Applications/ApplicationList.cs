using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Web.Pages.Applications;

/// <summary>The filters of an application list, and the rows and workbook it gives.</summary>
public sealed record ApplicationFilter(int? Year, ApplicationStage? Stage, string? Query)
{
    public IQueryable<TitleApplication> Apply(IQueryable<TitleApplication> applications)
    {
        if (Year is { } year)
        {
            applications = applications.Where(a => a.Year == year);
        }
        if (Stage is { } stage)
        {
            applications = applications.Where(a => a.Stage == stage);
        }
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim();
            applications = applications.Where(a => a.Number == q || a.Person!.Name.StartsWith(q));
        }
        return applications.Include(a => a.Person).Include(a => a.Committee).Include(a => a.Unit).OrderByDescending(a => a.Id);
    }

    public string QueryString => $"year={Year}&stage={Stage}&q={Uri.EscapeDataString(Query ?? "")}";

    public static string Target(TitleApplication a) => $"{a.Series}{a.Specialty}{Codes.Level.Label(a.Level)}";

    public static string Step(TitleApplication a) => a.Stage == ApplicationStage.InReview && a.StepKind is { } kind
        ? ReviewStepKinds.Label(kind) : ApplicationStages.Label(a.Stage);

    public static async Task<MemoryStream> WorkbookAsync(IQueryable<TitleApplication> rows, Viewer viewer, string sheet, CancellationToken cancellationToken)
    {
        var list = (await rows.ToListAsync(cancellationToken)).Select(a => new Dictionary<string, object?>
        {
            ["申报编号"] = a.Number, ["姓名"] = a.Person?.Name, ["公民身份号码"] = a.Person is null ? null : IdNumbers.Show(a.Person.IdNumber, viewer),
            ["单位"] = a.Unit?.Name, ["评委会"] = a.Committee?.Name, ["年度"] = a.Year, ["申报类型"] = Codes.Route.Label(a.Route),
            ["申报职称"] = Target(a), ["申报渠道"] = Codes.Channel.Label(a.Channel), ["状态"] = ApplicationStages.Label(a.Stage), ["当前环节"] = Step(a),
            ["公示期"] = a.PublicityStart is null ? null : $"{Iso(a.PublicityStart)} 至 {Iso(a.PublicityEnd)}",
            ["资格审查"] = a.QualificationPassed switch { true => "通过", false => "未通过", _ => null },
            ["提交时间"] = a.SubmittedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, list, sheetName: sheet, cancellationToken: cancellationToken);
        output.Position = 0;
        return output;
    }

    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
