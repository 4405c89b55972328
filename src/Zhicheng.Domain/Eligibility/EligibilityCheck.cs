namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// One rule of a policy version: a stable code, the clause ids it enforces, the routes it applies to,
/// and a pure evaluation that says passed or failed in Chinese with the facts it used.
/// </summary>
public abstract class EligibilityCheck
{
    private readonly Route[] _routes;

    protected EligibilityCheck(string code, string title, string[] clauses, Route[] routes, string[]? interpretations = null)
    {
        Code = code;
        Title = title;
        Clauses = clauses;
        _routes = routes;
        Interpretations = interpretations ?? [];
    }

    /// <summary>The contract's check code (<c>tenure</c>, <c>channel</c> …).</summary>
    public string Code { get; }

    /// <summary>What the check is called on a page: 任职年限, 报送渠道 ….</summary>
    public string Title { get; }

    public IReadOnlyList<string> Clauses { get; }

    public IReadOnlyList<Route> Routes => _routes;

    /// <summary>The interpretations (I-1 …) this check relies on when it is evaluated.</summary>
    public IReadOnlyList<string> Interpretations { get; }

    public bool AppliesTo(Route route) => Array.IndexOf(_routes, route) >= 0;

    public abstract CheckResult Evaluate(EligibilityFacts facts);

    protected CheckResult Pass(string message) => new(this, true, message);

    protected CheckResult Fail(string message) => new(this, false, message);

    /// <summary>Passed because N2024-3.3e waives it for the applicant's employment type.</summary>
    protected CheckResult Waived(string message) => new(this, true, message) { Note = CheckNote.Waived, UsedInterpretations = [] };

    /// <summary>Passed, with something reviewers must see and acknowledge.</summary>
    protected CheckResult Warning(string message) => new(this, true, message) { Note = CheckNote.Warning };

    protected static readonly Route[] AllRoutes = [Route.Promotion, Route.Exceptional, Route.Transfer, Route.Initial];
    protected static readonly Route[] Promotions = [Route.Promotion, Route.Exceptional];
}

/// <summary>The outcome of one check for one application.</summary>
public sealed record CheckResult
{
    public CheckResult(EligibilityCheck check, bool passed, string message)
    {
        Code = check.Code;
        Title = check.Title;
        Clauses = check.Clauses;
        Passed = passed;
        Message = message;
        UsedInterpretations = check.Interpretations;
    }

    public string Code { get; }
    public string Title { get; }
    public IReadOnlyList<string> Clauses { get; }
    public bool Passed { get; }
    public string Message { get; }
    public CheckNote Note { get; init; }
    public IReadOnlyList<string> UsedInterpretations { get; init; }
}

/// <summary>Something about a passed check that a reader should notice.</summary>
public enum CheckNote
{
    None,
    /// <summary>Not required of this applicant (N2024-3.3e).</summary>
    Waived,
    /// <summary>Passed, but reviewers must acknowledge something (I-6).</summary>
    Warning,
}
