using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>POST /api/v1/eligibility/check</c> and <c>/check-batch</c> (contract: shared/contracts/eligibility.md).
/// Bad input answers <c>application/problem+json</c> whose <c>errors</c> name each field by JSON path.
/// </summary>
public static class EligibilityApi
{
    public static IEndpointRouteBuilder MapEligibilityApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/eligibility").WithTags("资格审查");
        group.MapPost("/check", Check)
            .WithName("CheckEligibility")
            .WithSummary("审查一条申报")
            .WithDescription("按运人社职字〔2024〕12号逐项审查一条申报，返回结论和每项检查所依据的条款。")
            .Accepts<ApplicationInput>("application/json")
            .Produces<DecisionDocument>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/check-batch", CheckBatch)
            .WithName("CheckEligibilityBatch")
            .WithSummary("批量审查申报")
            .WithDescription("请求体为申报对象的数组。回答为同样长度的数组：每个位置是一条结论；数据有误的行是 { index, id, errors }，其余行照常审查。")
            .Accepts<ApplicationInput[]>("application/json")
            .Produces<DecisionDocument[]>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Check(HttpRequest request, EligibilityService service)
    {
        var body = await ReadBody(request);
        if (body.Length == 0)
        {
            return Invalid([new InputError("$", "请求体为空，应为一个申报对象")]);
        }
        var parsed = ApplicationJson.Parse(body);
        if (parsed.Input is null)
        {
            return Invalid(parsed.Errors);
        }
        var outcome = service.Check(parsed.Input);
        if (outcome.Decision is null)
        {
            return Invalid(outcome.Errors);
        }
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, DecisionJson.CompactOptions))
        {
            DecisionJson.Write(writer, outcome.Decision);
        }
        return TypedResults.File(stream.ToArray(), "application/json; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CheckBatch(
        HttpRequest request, EligibilityBatch batch, IOptions<ZhichengOptions> options)
    {
        var body = await ReadBody(request);
        if (FirstByte(body) != '[')
        {
            return Invalid([new InputError("$", "请求体应为申报对象的数组 [ … ]")]);
        }
        var limit = options.Value.MaxBatchRows;
        var rows = new List<SourceRow>();
        foreach (var row in JsonApplicationReader.ReadDocument(new MemoryStream(body, writable: false)))
        {
            if (rows.Count == limit)
            {
                return TypedResults.Problem(title: "批量过大", detail: $"一次最多审查 {limit} 条，请分批提交",
                    statusCode: StatusCodes.Status413PayloadTooLarge);
            }
            rows.Add(row);
        }
        using var output = new MemoryStream();
        batch.Run(rows, output, OutputShape.Array);
        return TypedResults.File(output.ToArray(), "application/json; charset=utf-8");
    }

    internal static ProblemHttpResult Invalid(IReadOnlyList<InputError> errors) => TypedResults.Problem(
        title: "申报数据有误",
        detail: $"有 {errors.Count} 处数据有误，见 errors（按 JSON 路径标明字段）",
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["errors"] = InputErrorDocument.From(errors) });

    private static async Task<byte[]> ReadBody(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }

    private static int FirstByte(ReadOnlySpan<byte> body)
    {
        var span = body.StartsWith("\uFEFF"u8) ? body[3..] : body;
        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }
        return -1;
    }
}
