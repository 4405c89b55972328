namespace Zhicheng.App.Features.Applications;

/// <summary>The batch qualification check's report as workbook rows (Chinese headers; identity numbers masked).</summary>
public static class QualificationReport
{
    public static IEnumerable<Dictionary<string, object?>> Table(IEnumerable<QualificationRow> rows) => rows.Select(r => new Dictionary<string, object?>
    {
        ["申报编号"] = r.Number, ["姓名"] = r.Name, ["公民身份号码"] = r.MaskedIdNumber, ["申报职称"] = r.Target,
        ["审查结果"] = r.Passed ? "通过" : "未通过", ["说明"] = r.Summary,
    });
}
