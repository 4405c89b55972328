namespace Zhicheng.App.Features.Import;

/// <summary>What an import did to one sheet's records: 新增, 更新, 未变.</summary>
public sealed class SheetCounts
{
    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rows => Created + Updated + Unchanged;

    public bool Changed => Created + Updated > 0;

    public override string ToString() => $"新增 {Created}，更新 {Updated}，未变 {Unchanged}";
}

/// <summary>
/// The outcome of an import: written (with per-sheet counts), or rejected with every problem found — in which
/// case nothing was written.
/// </summary>
public sealed class ImportReport
{
    private ImportReport(string fileName, bool written, IReadOnlyList<ImportProblem> problems, int problemCount, IReadOnlyDictionary<ImportSheet, SheetCounts> counts)
    {
        FileName = fileName;
        Written = written;
        Problems = problems;
        ProblemCount = problemCount;
        Counts = counts;
    }

    public string FileName { get; }

    /// <summary>Whether the file was accepted and its records are in the database (possibly with nothing changed).</summary>
    public bool Written { get; }

    /// <summary>The problems, in sheet and row order (at most <see cref="ImportProblems.Kept"/>).</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>How many problems there were in all, also those not kept.</summary>
    public int ProblemCount { get; }

    /// <summary>Per sheet present in the file.</summary>
    public IReadOnlyDictionary<ImportSheet, SheetCounts> Counts { get; }

    public bool Changed => Counts.Values.Any(c => c.Changed);

    public static ImportReport Rejected(string fileName, ImportProblems problems) =>
        new(fileName, false, problems.Sorted(), problems.Count, new Dictionary<ImportSheet, SheetCounts>());

    public static ImportReport Done(string fileName, IReadOnlyDictionary<ImportSheet, SheetCounts> counts) =>
        new(fileName, true, [], 0, counts);

    /// <summary>"人员：新增 3，更新 1，未变 0；职称：…" or "发现 12 处问题，未导入任何数据".</summary>
    public string Summary() => Written
        ? string.Join("；", Counts.Select(c => $"{ImportSheets.Name(c.Key)}：{c.Value}"))
        : $"发现 {ProblemCount} 处问题，未导入任何数据" + (ProblemCount > Problems.Count ? $"（只列出前 {Problems.Count} 处）" : "");
}
