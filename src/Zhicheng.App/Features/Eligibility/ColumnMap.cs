namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// The header row of one spreadsheet matched to <see cref="ApplicationColumns"/>: which cell holds which
/// field, and for an error's JSON path, which column to name.
/// </summary>
public sealed class ColumnMap
{
    private readonly (int Cell, ColumnSpec Spec, string Header)[] _columns;

    private ColumnMap((int Cell, ColumnSpec Spec, string Header)[] columns) => _columns = columns;

    /// <summary>How many cells of a record name a known column (to tell the header from a title row above it).</summary>
    public static int KnownColumns(IReadOnlyList<string?> cells) => cells.Count(c => ByName.ContainsKey(Normalize(c)));

    private static readonly Dictionary<string, ColumnSpec> ByName = BuildNames();

    private static Dictionary<string, ColumnSpec> BuildNames()
    {
        var byName = new Dictionary<string, ColumnSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in ApplicationColumns.All)
        {
            byName[spec.Path] = spec;
            byName[spec.Header] = spec;
            foreach (var alias in spec.Aliases)
            {
                byName[alias] = spec;
            }
        }
        return byName;
    }

    /// <summary>Matches a header row; throws <see cref="InputFileException"/> when required columns are missing or a field appears twice.</summary>
    public static ColumnMap FromHeader(IReadOnlyList<string?> header)
    {
        var byName = ByName;
        var columns = new List<(int, ColumnSpec, string)>();
        var seen = new Dictionary<string, int>();
        for (var cell = 0; cell < header.Count; cell++)
        {
            var name = Normalize(header[cell]);
            if (name.Length == 0 || !byName.TryGetValue(name, out var spec))
            {
                continue;
            }
            if (seen.TryGetValue(spec.Path, out var earlier))
            {
                throw new InputFileException($"表头中“{header[earlier]}”（{Letter(earlier)}列）和“{header[cell]}”（{Letter(cell)}列）是同一项，请只保留一列");
            }
            seen[spec.Path] = cell;
            columns.Add((cell, spec, header[cell]!.Trim()));
        }
        if (columns.Count == 0)
        {
            throw new InputFileException("表头中没有识别出任何列名；请使用模板中的中文列名（如“申报年度”“姓名”“身份证号”）");
        }
        var missing = ApplicationColumns.All.Where(s => ApplicationColumns.Required.Contains(s.Path) && !seen.ContainsKey(s.Path)).ToList();
        if (missing.Count > 0)
        {
            throw new InputFileException($"表头缺少必需的列：{string.Join("、", missing.Select(s => $"{s.Header}（{s.Path}）"))}");
        }
        return new ColumnMap([.. columns]);
    }

    /// <summary>Builds the input of one row; cell-level problems come back as errors with their column.</summary>
    public ParsedInput Read(IReadOnlyList<string?> cells)
    {
        var input = new ApplicationInput();
        List<InputError>? errors = null;
        foreach (var (cell, spec, header) in _columns)
        {
            var text = cell < cells.Count ? cells[cell] : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            foreach (var error in spec.Set(input, text.Trim(), spec))
            {
                (errors ??= []).Add(error with { Column = Letter(cell), Header = header });
            }
        }
        return errors is null ? new ParsedInput(input, input.Id, []) : new ParsedInput(null, input.Id, errors) { Partial = input };
    }

    /// <summary>Names the column of each error by the longest column path its JSON path starts with.</summary>
    public IReadOnlyList<InputError> Locate(IReadOnlyList<InputError> errors)
    {
        if (errors.Count == 0)
        {
            return errors;
        }
        var located = new InputError[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            located[i] = error.Column is null && Find(error.Path) is { } column
                ? error with { Column = Letter(column.Cell), Header = column.Header }
                : error;
        }
        return located;
    }

    private (int Cell, string Header)? Find(string path)
    {
        (int, string)? best = null;
        var bestLength = -1;
        foreach (var (cell, spec, header) in _columns)
        {
            var covers = path.StartsWith(spec.Path, StringComparison.Ordinal)
                && (path.Length == spec.Path.Length || path[spec.Path.Length] is '.' or '[');
            if (covers && spec.Path.Length > bestLength)
            {
                best = (cell, header);
                bestLength = spec.Path.Length;
            }
        }
        if (best is null)
        {
            // "applicant.currentTitle" (the whole object missing): name its first column.
            foreach (var (cell, spec, header) in _columns)
            {
                if (spec.Path.StartsWith(path + ".", StringComparison.Ordinal))
                {
                    return (cell, header);
                }
            }
        }
        return best;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Letter(int cell)
    {
        var letters = "";
        for (var n = cell + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }
        return letters;
    }

    private static string Normalize(string? header) =>
        (header ?? "").Trim().TrimStart('\uFEFF', '*').TrimEnd('*', '：', ':').Trim();
}
