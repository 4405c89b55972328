namespace Zhicheng.App.Features.Import;

/// <summary>
/// One thing wrong with an import file: the sheet, the row number as Excel shows it, the column header and a
/// message in Chinese. A problem with the file as a whole has no sheet; one with a sheet as a whole has no row.
/// </summary>
public sealed record ImportProblem(string? Sheet, int? Row, string? Column, string Message)
{
    public override string ToString()
    {
        var place = string.Join(" ", new[] { Sheet is null ? null : $"工作表“{Sheet}”", Row is null ? null : $"第{Row}行", Column is null ? null : $"“{Column}”列" }
            .Where(p => p is not null));
        return place.Length == 0 ? Message : $"{place}：{Message}";
    }
}

/// <summary>
/// Every problem found, in sheet and row order. Only the first <see cref="Kept"/> are kept (a file wrong in every
/// row would otherwise hold one message per row); <see cref="Count"/> counts them all.
/// </summary>
public sealed class ImportProblems
{
    public const int Kept = 1000;

    private readonly List<(int Sheet, ImportProblem Problem)> _problems = [];

    public int Count { get; private set; }

    public bool Any => Count > 0;

    public void Add(ImportSheet? sheet, int? row, string? column, string message)
    {
        Count++;
        if (_problems.Count < Kept)
        {
            _problems.Add((sheet is { } s ? (int)s : -1, new ImportProblem(sheet is { } k ? ImportSheets.Name(k) : null, row, column, message)));
        }
    }

    /// <summary>The kept problems: file-level first, then by sheet and row (stable, so a row's columns keep their order).</summary>
    public IReadOnlyList<ImportProblem> Sorted() =>
        [.. _problems.OrderBy(p => p.Sheet).ThenBy(p => p.Problem.Row ?? 0).Select(p => p.Problem)];
}
