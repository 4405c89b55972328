using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// The one place an application input becomes a decision, for the API, the CLI and the page alike:
/// validate, find the requirements (the input's, over the standard in force), decide.
/// </summary>
public sealed class EligibilityService(EligibilityEngine engine, IRequirementsSource standards)
{
    public EligibilityEngine Engine { get; } = engine;

    public CheckOutcome Check(ApplicationInput input)
    {
        var validated = ApplicationValidator.Validate(input);
        if (validated.Application is not { } application)
        {
            return CheckOutcome.Rejected(input.Id, validated.Errors);
        }
        var requirements = Resolve(application, validated.Overrides, out var errors);
        return errors.Count > 0
            ? CheckOutcome.Rejected(input.Id, errors)
            : new CheckOutcome(input.Id, Engine.Decide(application, requirements!), []);
    }

    /// <summary>One row of a file: decided, or rejected with its errors named by path (and column, for spreadsheets).</summary>
    public RowOutcome Check(SourceRow row)
    {
        if (row.Parsed.Input is not { } input)
        {
            return new RowOutcome(row, new CheckOutcome(row.Parsed.Id, null, row.Parsed.Errors));
        }
        var outcome = Check(input);
        return new RowOutcome(row, outcome.Decision is null ? outcome with { Errors = row.Locate(outcome.Errors) } : outcome);
    }

    /// <summary>The standard in force for the target and year, overridden field by field by the input's requirements.</summary>
    private Requirements? Resolve(EligibilityApplication application, Requirements? overrides, out IReadOnlyList<InputError> errors)
    {
        var standard = standards.Find(application.Target, application.Year);
        var requirements = (standard, overrides) switch
        {
            (null, null) => new Requirements(),
            (null, { } o) => o,
            ({ } s, null) => s,
            ({ } s, { } o) => s.OverriddenBy(o),
        };
        if (application.Route == Route.Initial && requirements.InitialDetermination is null)
        {
            requirements = requirements with
            {
                InitialDetermination = InitialDeterminationTable.NationalDefault,
                Source = string.IsNullOrEmpty(requirements.Source) ? "全国通行初定对应表" : requirements.Source,
            };
        }
        var missing = requirements.MissingFor(application.Route);
        if (missing.Count == 0)
        {
            errors = [];
            return requirements;
        }
        var title = Wording.Title(application.Target);
        errors = [.. missing.Select(name => new InputError($"requirements.{name}",
            standard is null
                ? $"没有{title}的评价标准（目前只内置工程系列示例数据），请在 requirements.{name} 中提供"
                : $"{title}的评价标准没有规定 {name}，请在 requirements.{name} 中提供"))];
        return null;
    }
}

/// <summary>A decision, or the input errors that stopped one.</summary>
public sealed record CheckOutcome(string? Id, Decision? Decision, IReadOnlyList<InputError> Errors)
{
    public static CheckOutcome Rejected(string? id, IReadOnlyList<InputError> errors) => new(id, null, errors);
}

/// <summary>A row of a file with its outcome.</summary>
public sealed record RowOutcome(SourceRow Row, CheckOutcome Outcome)
{
    /// <summary>The row's input, or as much of it as could be read when the row was rejected.</summary>
    public ApplicationInput? Input => Row.Parsed.Input ?? Row.Parsed.Partial;
}
