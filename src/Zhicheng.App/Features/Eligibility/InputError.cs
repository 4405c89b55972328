namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// One thing wrong with an input, named by its contract JSON path (<c>applicant.assessments[2].grade</c>)
/// and, for a spreadsheet row, by its column (letter and header as found in the file).
/// </summary>
public sealed record InputError(string Path, string Message)
{
    /// <summary>Spreadsheet column letter (A, B, …), for CSV and XLSX input.</summary>
    public string? Column { get; init; }

    /// <summary>The column's header as written in the file.</summary>
    public string? Header { get; init; }
}
