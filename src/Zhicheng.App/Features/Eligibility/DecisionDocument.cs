using System.Globalization;
using System.Text.Json.Serialization;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Eligibility;

// The contract's output shapes (shared/contracts/eligibility.md), as records: serialized by a
// source-generated context for speed, and described by the OpenAPI document from the same types.

/// <summary>A decision as the contract writes it.</summary>
public sealed record DecisionDocument(
    string? Id,
    string Policy,
    string Outcome,
    int? CountedTenureYears,
    int CountedWorkYears,
    IReadOnlyList<int> ExcludedYears,
    IReadOnlyList<ExcludedItemDocument> ExcludedItems,
    int? EarliestEligibleYear,
    IReadOnlyList<CheckDocument> Checks,
    IReadOnlyList<string> Interpretations,
    RequirementsDocument Requirements)
{
    public static DecisionDocument From(Decision d)
    {
        var checks = new CheckDocument[d.Checks.Count];
        for (var i = 0; i < checks.Length; i++)
        {
            var c = d.Checks[i];
            checks[i] = new CheckDocument(c.Code, c.Clauses, c.Passed, c.Message,
                c.Note == CheckNote.Waived ? true : null, c.Note == CheckNote.Warning ? true : null);
        }
        var items = d.ExcludedItems.Count == 0
            ? []
            : d.ExcludedItems.Select(i => new ExcludedItemDocument(i.Kind, i.Title, Iso(i.ObtainedOn), i.Clause)).ToArray();
        var r = d.Requirements;
        return new DecisionDocument(d.Id, d.Policy, d.Eligible ? "eligible" : "ineligible", d.CountedTenureYears, d.CountedWorkYears,
            d.ExcludedYears, items, d.EarliestEligibleYear, checks, d.Interpretations,
            new RequirementsDocument(r.Source, r.TenureYears, r.ExceptionalTenureYears,
                r.MinEducation is { } e ? Codes.Degree.Code(e) : null, r.MinAchievements, r.ExceptionalMinAchievements, r.TransferPostYears));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One check's outcome. <c>waived</c> and <c>warning</c> appear only when true.</summary>
public sealed record CheckDocument(
    string Code,
    IReadOnlyList<string> Clauses,
    bool Passed,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Waived,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Warning);

public sealed record ExcludedItemDocument(string Kind, string Title, string ObtainedOn, string Clause);

/// <summary>The requirements the checks used and where they came from; unset fields are left out.</summary>
public sealed record RequirementsDocument(
    string Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TenureYears,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ExceptionalTenureYears,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MinEducation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? MinAchievements,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ExceptionalMinAchievements,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TransferPostYears);

/// <summary>A bad row's place in a batch answer. <c>row</c> is the line or spreadsheet row, for files.</summary>
public sealed record RejectedRowDocument(
    int Index,
    string? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Row,
    IReadOnlyList<InputErrorDocument> Errors)
{
    public static RejectedRowDocument From(int index, string? id, int? row, IReadOnlyList<InputError> errors) =>
        new(index, id, row, InputErrorDocument.From(errors));
}

/// <summary>One bad field: its JSON path, and for spreadsheets its column letter and header.</summary>
public sealed record InputErrorDocument(
    string Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Column,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Header,
    string Message)
{
    public static IReadOnlyList<InputErrorDocument> From(IReadOnlyList<InputError> errors) =>
        errors.Select(e => new InputErrorDocument(e.Path, e.Column, e.Header, e.Message)).ToArray();
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DecisionDocument))]
[JsonSerializable(typeof(RejectedRowDocument))]
[JsonSerializable(typeof(IReadOnlyList<InputErrorDocument>))]
public sealed partial class DecisionJsonContext : JsonSerializerContext;
