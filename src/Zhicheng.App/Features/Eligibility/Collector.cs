using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Collects validation errors while reading fields; each reader returns null when the field is absent or wrong,
/// so <see cref="ApplicationValidator"/> can read every field and report every problem at once.
/// </summary>
internal sealed class Collector
{
    /// <summary>Years outside this range are typing mistakes, not applications.</summary>
    private const int FirstYear = 1949, LastYear = 2100;

    public List<InputError> Errors { get; } = [];

    public void Add(FieldPath path, string message) => Errors.Add(new InputError(path.ToString(), message));

    public string? Text(string? value, FieldPath path, string missingMessage)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, missingMessage);
            return null;
        }
        return value.Trim();
    }

    public int? Year(int? value, FieldPath path, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Add(path, "缺少年度");
            }
            return null;
        }
        if (value < FirstYear || value > LastYear)
        {
            Add(path, $"年度 {value} 超出范围（{FirstYear}—{LastYear}）");
            return null;
        }
        return value;
    }

    public int? Count(int? value, FieldPath path, int max)
    {
        if (value is < 0 || value > max)
        {
            Add(path, $"应为 0—{max} 之间的整数，实际为 {value}");
            return null;
        }
        return value;
    }

    public T? Code<T>(CodeTable<T> table, string? value, FieldPath path, bool required) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(path, $"缺少取值，可选：{table.Describe()}");
            }
            return null;
        }
        if (table.TryParse(value, out var parsed))
        {
            return parsed;
        }
        Add(path, $"无法识别的取值“{value}”，可选：{table.Describe()}");
        return null;
    }

    public DateOnly? Date(string? value, FieldPath path, bool required, string? missingMessage = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(path, missingMessage ?? "缺少日期");
            }
            return null;
        }
        if (IsoDate.TryParse(value, out var date, out var error))
        {
            return date;
        }
        Add(path, error);
        return null;
    }

    public TitleTarget? Title(TitleInput? input, FieldPath path, bool required)
    {
        if (input is null)
        {
            if (required)
            {
                Add(path, "缺少系列、专业和级别");
            }
            return null;
        }
        var series = Text(input.Series, path.Field("series"), "缺少系列");
        var specialty = Text(input.Specialty, path.Field("specialty"), "缺少专业");
        var level = Code(Codes.Level, input.Level, path.Field("level"), required: true);
        return series is not null && specialty is not null && level is { } l ? new TitleTarget(series, specialty, l) : null;
    }

    /// <summary>Reads every item of an optional list; a null item is an error at its index.</summary>
    public IReadOnlyList<TOut>? List<TIn, TOut>(List<TIn?>? items, string path, Func<TIn, FieldPath, TOut?> read)
        where TIn : class where TOut : class
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }
        var result = new List<TOut>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = new FieldPath(path, i);
            if (items[i] is not { } item)
            {
                Add(itemPath, "不能为空");
                continue;
            }
            if (read(item, itemPath) is { } value)
            {
                result.Add(value);
            }
        }
        return result;
    }
}
