using System.Text.Json;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>Reads a well-formed standard document into <see cref="StandardContent"/> (the format is on <see cref="StandardJson"/>).</summary>
internal sealed class StandardJsonReader
{
    private readonly JsonFieldReader _read = new();

    public IReadOnlyList<StandardProblem> Problems => _read.Problems;

    /// <summary>The content, or null when <see cref="Problems"/> says why not.</summary>
    public StandardContent? Read(JsonElement root)
    {
        var fields = _read.Fields(root, "", StandardFields.Indicators, StandardFields.Requirements,
            StandardFields.ExceptionalConditions, StandardFields.InitialDetermination);
        var indicators = Indicators(fields);
        var requirements = Requirements(fields);
        var conditions = _read.Text(fields, "", StandardFields.ExceptionalConditions, required: false);
        var table = Table(fields);
        if (Problems.Count > 0 || requirements is null)
        {
            return null;
        }
        return new StandardContent
        {
            Indicators = indicators,
            Requirements = requirements with { InitialDetermination = table },
            ExceptionalConditions = conditions,
        };
    }

    private List<Indicator> Indicators(Dictionary<string, JsonElement>? fields)
    {
        var indicators = new List<Indicator>();
        if (_read.Items(fields, "", StandardFields.Indicators, required: true) is not { } items)
        {
            return indicators;
        }
        var index = 0;
        foreach (var item in items)
        {
            var path = $"{StandardFields.Indicators}[{index++}]";
            var f = _read.Fields(item, path, "dimension", "name", "weight", "basis", "description");
            var dimension = _read.Code(f, path, "dimension", required: true, StandardCodes.Dimension);
            var name = _read.Text(f, path, "name", required: true);
            var weight = _read.Integer(f, path, "weight", required: true);
            var basis = _read.Code(f, path, "basis", required: true, StandardCodes.Basis);
            var description = _read.Text(f, path, "description", required: false) ?? "";
            if (dimension is { } d && name is not null && weight is { } w && basis is { } b)
            {
                indicators.Add(new Indicator(d, name, w, b, description));
            }
        }
        return indicators;
    }

    private Requirements? Requirements(Dictionary<string, JsonElement>? fields)
    {
        if (!_read.TryGet(fields, "", StandardFields.Requirements, required: true, out var value))
        {
            return null;
        }
        const string path = StandardFields.Requirements;
        var f = _read.Fields(value, path, "tenureYears", "exceptionalTenureYears", "minEducation",
            "minAchievements", "exceptionalMinAchievements", "transferPostYears");
        return f is null ? null : new Requirements
        {
            TenureYears = _read.Integer(f, path, "tenureYears", required: false),
            ExceptionalTenureYears = _read.Integer(f, path, "exceptionalTenureYears", required: false),
            MinEducation = _read.Code(f, path, "minEducation", required: false, Codes.Degree),
            MinAchievements = _read.Integer(f, path, "minAchievements", required: false),
            ExceptionalMinAchievements = _read.Integer(f, path, "exceptionalMinAchievements", required: false),
            TransferPostYears = _read.Integer(f, path, "transferPostYears", required: false),
        };
    }

    private InitialDeterminationTable? Table(Dictionary<string, JsonElement>? fields)
    {
        if (_read.Items(fields, "", StandardFields.InitialDetermination, required: false) is not { } items)
        {
            return null;
        }
        var rows = new List<InitialDeterminationRow>();
        var index = 0;
        foreach (var item in items)
        {
            var path = $"{StandardFields.InitialDetermination}[{index++}]";
            var f = _read.Fields(item, path, "degree", "minYears", "level");
            var degree = _read.Code(f, path, "degree", required: true, Codes.Degree);
            var years = _read.Integer(f, path, "minYears", required: true);
            var level = _read.Code(f, path, "level", required: true, Codes.Level);
            if (degree is { } d && years is { } y && level is { } l)
            {
                rows.Add(new InitialDeterminationRow(d, y, l));
            }
        }
        return new InitialDeterminationTable(rows);
    }
}
