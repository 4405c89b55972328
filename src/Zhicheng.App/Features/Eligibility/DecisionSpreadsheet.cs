using MiniExcelLibs;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// The decisions of an uploaded file as an Excel sheet, one row per input row, streamed as they are
/// decided. Identity numbers are masked.
/// </summary>
public static class DecisionSpreadsheet
{
    public static void Write(Stream stream, IEnumerable<RowOutcome> outcomes) =>
        stream.SaveAs(Rows(outcomes), sheetName: "审查结果", excelType: ExcelType.XLSX);

    private static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<RowOutcome> outcomes)
    {
        foreach (var row in outcomes)
        {
            var input = row.Input;
            var decision = row.Outcome.Decision;
            yield return new Dictionary<string, object?>
            {
                ["行号"] = row.Row.Row ?? row.Row.Index + 1,
                ["编号"] = MaskedReference(row.Outcome.Id),
                ["姓名"] = input?.Applicant?.Name ?? "",
                ["身份证号"] = MaskedId(input?.Applicant?.IdNumber),
                ["申报"] = input?.Target is { } t ? $"{t.Series} {t.Specialty} {t.Level}" : "",
                ["结论"] = decision is null ? "数据有误" : decision.Eligible ? "符合" : "不符合",
                ["任职年限"] = decision?.CountedTenureYears,
                ["工作年限"] = decision?.CountedWorkYears,
                ["最早可申报年度"] = decision?.EarliestEligibleYear,
                ["不符合项"] = decision is null ? "" : string.Join("\n", decision.Checks.Where(c => !c.Passed).Select(c => $"{c.Title}（{string.Join("、", c.Clauses)}）：{c.Message}")),
                ["提示"] = decision is null ? "" : string.Join("\n", decision.Checks.Where(c => c.Note == CheckNote.Warning).Select(c => $"{c.Title}：{c.Message}")),
                ["数据错误"] = string.Join("\n", row.Outcome.Errors.Select(e => $"{FieldLabels.Where(e)}：{e.Message}")),
            };
        }
    }

    /// <summary>A caller's reference as given, unless it is an identity number, which is masked.</summary>
    public static string MaskedReference(string? id) =>
        Domain.Identity.IdentityNumber.TryParse(id, out var number, out _) ? number.Masked : id ?? "";

    /// <summary>The masked number when it is a valid one; otherwise only its length, so a typo is not shown either.</summary>
    public static string MaskedId(string? text) =>
        Domain.Identity.IdentityNumber.TryParse(text, out var id, out _) ? id.Masked
        : string.IsNullOrWhiteSpace(text) ? "" : $"（{text.Trim().Length}位，无效）";
}
