using System.Globalization;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// Reads the cells of one row by column header, turning each into its type or a problem named by sheet, row
/// and column. Every cell is read even after one fails, so that a row's problems are all reported at once.
/// </summary>
internal sealed class CellReader(SheetLayout layout, TabularRecord record, ImportProblems problems, DateOnly today)
{
    public int Row => record.Row;

    public bool Failed { get; private set; }

    public DateOnly Today => today;

    public bool Has(string header) => layout.Has(Index(header));

    /// <summary>Whether the cell is blank (or its column absent).</summary>
    public bool Blank(string header) => Peek(header) is null;

    /// <summary>The trimmed text of a cell, without checking it; null when blank.</summary>
    public string? Peek(string header) => layout.Text(record, Index(header));

    /// <summary>The identity number when it is valid, without reporting anything (for rows that failed elsewhere).</summary>
    public string? ValidIdentity() =>
        IdentityNumber.TryParse(layout.Text(record, Index(ImportHeaders.IdNumber)), out var number, out _) ? number.Value : null;

    public void Fail(string header, string message)
    {
        Failed = true;
        problems.Add(layout.Sheet, record.Row, header, message);
    }

    /// <summary>Optional text; null when blank.</summary>
    public string? Text(string header, int maxLength)
    {
        var text = layout.Text(record, Index(header));
        if (text is not null && text.Length > maxLength)
        {
            Fail(header, $"不能超过{maxLength}个字符，实际为{text.Length}个");
            return null;
        }
        return text;
    }

    public string? Required(string header, int maxLength)
    {
        if (layout.Text(record, Index(header)) is null)
        {
            Fail(header, "必填，不能为空");
            return null;
        }
        return Text(header, maxLength);
    }

    public IdentityNumber? Identity()
    {
        var text = layout.Text(record, Index(ImportHeaders.IdNumber));
        if (text is null)
        {
            Fail(ImportHeaders.IdNumber, "必填，不能为空");
            return null;
        }
        if (IdentityNumber.TryParse(text, out var number, out var error))
        {
            return number;
        }
        Fail(ImportHeaders.IdNumber, text.Contains("E+", StringComparison.OrdinalIgnoreCase)
            ? $"身份证号被存成了数字（{text}），请把该列设为文本格式后重新填写"
            : error);
        return null;
    }

    /// <summary>A date in any accepted form; not later than today, and not before <paramref name="notBefore"/> (the birth date) when given.</summary>
    public DateOnly? Date(string header, bool required, DateOnly? notBefore = null)
    {
        var text = required ? Required(header, 64) : Text(header, 64);
        if (text is null)
        {
            return null;
        }
        if (!IsoDate.TryParse(SpreadsheetValues.NormalizeDate(text), out var date, out var error))
        {
            Fail(header, error.StartsWith("日期不存在", StringComparison.Ordinal)
                ? error
                : $"日期格式无法识别：“{text}”；请填写如 2024-09-30、2024/9/30 或 2024.9.30");
            return null;
        }
        if (date > today)
        {
            Fail(header, $"{header}（{Iso(date)}）晚于今天（{Iso(today)}）");
            return null;
        }
        if (notBefore is { } birth && date < birth)
        {
            Fail(header, $"{header}（{Iso(date)}）早于出生日期（{Iso(birth)}，由身份证号得出）");
            return null;
        }
        return date;
    }

    public T? Code<T>(string header, CodeTable<T> table, bool required) where T : struct, Enum
    {
        var text = required ? Required(header, 64) : Text(header, 64);
        if (text is null)
        {
            return null;
        }
        if (table.TryParse(text, out var value))
        {
            return value;
        }
        Fail(header, $"无法识别的{header}“{text}”；可填：{string.Join("、", table.Entries.Select(e => e.Label))}");
        return null;
    }

    public bool? Flag(string header, bool required)
    {
        var text = required ? Required(header, 16) : Text(header, 16);
        if (text is null)
        {
            return null;
        }
        var ok = header == ImportHeaders.FullTime ? SpreadsheetValues.TryFullTime(text, out var value) : SpreadsheetValues.TryFlag(text, out value);
        if (!ok)
        {
            Fail(header, $"应填 是 或 否，实际为“{text}”");
            return null;
        }
        return value;
    }

    public int? Year(string header)
    {
        var text = Required(header, 16);
        if (text is null)
        {
            return null;
        }
        if (!SpreadsheetValues.TryInteger(text.TrimEnd('年', '度'), out var year) || year is < 1950 or > 9999)
        {
            Fail(header, $"年度应为四位数字，如 2023，实际为“{text}”");
            return null;
        }
        if (year > today.Year)
        {
            Fail(header, $"{year}年度尚未结束，不能填写考核结果（今天是{Iso(today)}）");
            return null;
        }
        return year;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private int Index(string header)
    {
        var columns = layout.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Header == header)
            {
                return i;
            }
        }
        throw new ArgumentException($"“{header}”不是工作表“{ImportSheets.Name(layout.Sheet)}”的列", nameof(header));
    }
}
