using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Api;

/// <summary>
/// The files of <c>/api/v1/applications</c>: materials (multipart upload, refused by content rather than name, size-limited
/// by <see cref="MaterialLimits"/>; served only inside the application's jurisdiction), the list as Excel, and the committee
/// office's batch qualification check as JSON rows or an Excel report.
/// </summary>
public static class ApplicationFilesApi
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Room for the multipart envelope and the <c>kind</c> field around a file of the largest size.</summary>
    public const long FormMargin = 64 * 1024;

    internal static void Map(RouteGroupBuilder group, IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<MaterialLimits>();
        group.MapPost("/{id:int}/materials", AddMaterial).WithName("AddApplicationMaterial")
            .WithSummary($"上传申报材料（multipart/form-data：kind、file；PDF、PNG、JPEG，按内容识别，不超过 {Size(limits.MaxBytes)}）")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxBytes + FormMargin))
            .WithFormOptions(multipartBodyLengthLimit: limits.MaxBytes + FormMargin)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:int}/materials/{materialId:int}", GetMaterial).WithName("GetApplicationMaterial").WithSummary("下载申报材料");
        group.MapDelete("/{id:int}/materials/{materialId:int}", RemoveMaterial).WithName("RemoveApplicationMaterial").WithSummary("删除申报材料（草稿或退回补正时）");
        group.MapGet("/export.xlsx", Export).WithName("ExportApplications").WithSummary("按筛选条件导出申报列表（Excel）");
        routes.MapPost("/api/v1/committees/{committeeId:int}/qualification-batch", Batch).WithTags("职称申报").RequireAuthorization()
            .WithName("QualificationBatch")
            .WithSummary("评委会办公室批量资格审查（year 缺省为今年；Accept 为 Excel 或 format=xlsx 时回答 Excel 审查报告）");
    }

    private static async Task<Results<Created<MaterialDocument>, NotFound, ProblemHttpResult>> AddMaterial(
        HttpContext context, ApplicationMaterials materials, MaterialLimits limits, int id)
    {
        if (context.Request.ContentLength > limits.MaxBytes + FormMargin)
        {
            return TooLarge(limits);
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge(limits);
        }
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return ApiAnswers.Refused([new Problem("file", "请选择要上传的文件（表单字段 file）", ClauseIds.NationalUnitReview)]);
        }
        var kind = MaterialDocument.ParseKind(form["kind"]);
        if (kind is null && !string.IsNullOrWhiteSpace(form["kind"]))
        {
            return ApiAnswers.Refused([new Problem("kind", $"无效的材料类别“{form["kind"]}”，可用：{MaterialDocument.DescribeKinds()}", ClauseIds.NationalUnitReview)]);
        }
        await using var content = file.OpenReadStream();
        var added = await materials.AddAsync(await context.JurisdictionAsync(), id, kind, file.FileName, content, context.RequestAborted);
        return added.IsNotFound ? TypedResults.NotFound()
            : added.Succeeded ? TypedResults.Created(MaterialDocument.From(added.Value!).Href, MaterialDocument.From(added.Value!))
            : ApiAnswers.Refused(added.Problems);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetMaterial(HttpContext context, ApplicationMaterials materials, int id, int materialId)
    {
        var file = await materials.OpenAsync(await context.JurisdictionAsync(), id, materialId, context.RequestAborted);
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        // Served as what its content is, never sniffed into something else; the name travels as filename* (RFC 5987).
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Bytes, file.MediaType, file.FileName);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveMaterial(HttpContext context, ApplicationMaterials materials, int id, int materialId)
    {
        var removed = await materials.RemoveAsync(await context.JurisdictionAsync(), id, materialId, context.RequestAborted);
        return removed.IsNotFound ? TypedResults.NotFound() : removed.Succeeded ? TypedResults.NoContent() : ApiAnswers.Refused(removed.Problems);
    }

    /// <summary>The visible list under the same filters as <c>GET /applications</c>, oldest first, identity numbers as the caller may see them.</summary>
    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Export(
        HttpContext context, AppDbContext db, TimeProvider time, int? year, string? stage, int? committeeId, string? q)
    {
        var jurisdiction = await context.JurisdictionAsync();
        var (query, problems) = ApplicationsApi.Filter(ApplicationAccess.Visible(db, jurisdiction), year, stage, committeeId, q);
        if (problems.Count > 0)
        {
            return ApiAnswers.Refused(problems);
        }
        var rows = await query.OrderBy(a => a.Id).Take(PeopleDirectory.ExportCap)
            .Select(a => new
            {
                a.Number, a.Year, a.Person!.Name, a.Person.IdNumber, Unit = a.Unit!.Name, Committee = a.Committee!.Name, a.Route, a.Series,
                a.Specialty, a.Level, a.Stage, a.StepKind, a.SubmittedAt,
            })
            .AsNoTracking().ToListAsync(context.RequestAborted);
        var viewer = jurisdiction.Viewer;
        var table = rows.Select(r => new Dictionary<string, object?>
        {
            ["申报编号"] = r.Number, ["年度"] = r.Year, ["姓名"] = r.Name, ["公民身份号码"] = IdNumbers.Show(r.IdNumber, viewer), ["推荐单位"] = r.Unit,
            ["评委会"] = r.Committee, ["申报类型"] = Codes.Route.Label(r.Route), ["系列"] = r.Series, ["专业"] = r.Specialty,
            ["级别"] = Codes.Level.Label(r.Level), ["状态"] = ApplicationStages.Label(r.Stage),
            ["当前环节"] = r.Stage == ApplicationStage.InReview && r.StepKind is { } k ? ReviewStepKinds.Label(k) : "",
            ["提交时间"] = r.SubmittedAt is { } at ? TimeZoneInfo.ConvertTime(at, time.LocalTimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "",
        });
        var output = new MemoryStream();
        await output.SaveAsAsync(table, sheetName: "职称申报", excelType: ExcelType.XLSX, cancellationToken: context.RequestAborted);
        output.Position = 0;
        return TypedResults.File(output, Xlsx, "职称申报.xlsx");
    }

    private static async Task<Results<Ok<QualificationBatchDocument>, FileStreamHttpResult, NotFound, ProblemHttpResult>> Batch(
        HttpContext context, QualificationCheck qualification, TimeProvider time, int committeeId, int? year, string? format)
    {
        var y = year ?? time.GetLocalNow().Year;
        var outcome = await qualification.BatchAsync(await context.JurisdictionAsync(), committeeId, y, null, context.RequestAborted);
        if (outcome.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (!outcome.Succeeded)
        {
            return ApiAnswers.Refused(outcome.Problems);
        }
        var rows = outcome.Value!;
        var excel = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            || context.Request.Headers.Accept.Any(a => a?.Contains(Xlsx, StringComparison.OrdinalIgnoreCase) == true);
        if (!excel)
        {
            return TypedResults.Ok(new QualificationBatchDocument(committeeId, y, rows.Count, rows.Count(r => r.Passed), rows));
        }
        var output = new MemoryStream();
        await output.SaveAsAsync(QualificationReport.Table(rows), sheetName: "资格审查", excelType: ExcelType.XLSX, cancellationToken: context.RequestAborted);
        output.Position = 0;
        return TypedResults.File(output, Xlsx, $"资格审查-{committeeId}-{y}.xlsx");
    }

    private static ProblemHttpResult TooLarge(MaterialLimits limits) => ApiAnswers.Refused(
        [new Problem("file", $"文件超过 {Size(limits.MaxBytes)} 的上限，请压缩或拆分后再上传", ClauseIds.NationalUnitReview)], StatusCodes.Status413PayloadTooLarge);

    /// <summary>A limit as people read it: whole megabytes, else kilobytes.</summary>
    internal static string Size(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / 1024 / 1024} MB"
        : bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024:0.#} MB" : $"{bytes / 1024} KB";
}

/// <summary>A batch qualification check: how many were checked and passed, and each application's row (identity numbers masked).</summary>
public sealed record QualificationBatchDocument(int CommitteeId, int Year, int Checked, int Passed, IReadOnlyList<QualificationRow> Rows);
