using System.Runtime.CompilerServices;
using System.Text.Json;
using RulesEngine.Models;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks.Peer;

/// <summary>One check's result from the peer: the rule name is the contract's check code.</summary>
public sealed record PeerCheck(string Code, bool Passed, string? Message);

/// <summary>
/// The fifteen N2024 checks as Microsoft RulesEngine workflows (<c>Peer/n2024.rules.json</c>): one workflow
/// per route, composed (<c>WorkflowsToInject</c>) from groups of rules by the routes they apply to, each
/// rule a System.Linq.Dynamic.Core expression over the facts <c>f</c> (application), <c>r</c> (requirements)
/// and <c>p</c> (policy tables and settings). Passed rules carry their <c>SuccessEvent</c>; failed rules the
/// <c>ErrorMessage</c> with its <c>$(f.…)</c> placeholders filled in by RulesEngine.
/// </summary>
public sealed class RulesEnginePeer
{
    private static readonly string[] WorkflowByRoute = ["N2024.promotion", "N2024.exceptional", "N2024.transfer", "N2024.initial"];

    private readonly RulesEngine.RulesEngine _engine;
    private readonly RuleParameter _policy;
    private readonly PolicySettings _settings;
    private readonly ConditionalWeakTable<Requirements, PeerRequirements> _requirements = [];

    /// <param name="messages">When false, RulesEngine does not format error messages (pass/fail only).</param>
    public RulesEnginePeer(PolicyVersion policy, bool messages = true)
    {
        var settings = new ReSettings
        {
            EnableFormattedErrorMessage = messages,
            CustomTypes = [typeof(PeerText)],
            // No rule has actions: skip the action pass over the results.
            AutoExecuteActions = false,
            // No rule uses global or local params.
            EnableScopedParams = false,
            // A rule that throws is a bug in the peer, not a failed check: let it surface.
            EnableExceptionAsErrorMessage = false,
            IgnoreException = false,
        };
        _engine = new RulesEngine.RulesEngine(LoadWorkflows(), settings);
        _policy = new RuleParameter("p", PeerPolicy.From(policy));
        _settings = policy.Settings;
    }

    private static readonly JsonSerializerOptions WorkflowJson = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// The route workflows of <c>n2024.rules.json</c>, with their <c>WorkflowsToInject</c> flattened into plain
    /// rule lists here. RulesEngine 6.0.1 can inject them itself, but an injected workflow is recompiled on
    /// every execution (measured: ~180–580 µs for two trivial rules, against ~1–3 µs flat), which would make
    /// the comparison about that defect rather than about rule evaluation.
    /// </summary>
    public static Workflow[] LoadWorkflows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Peer", "n2024.rules.json");
        var all = JsonSerializer.Deserialize<Workflow[]>(File.ReadAllBytes(path), WorkflowJson)
            ?? throw new InvalidDataException($"{path}: no workflows");
        var byName = all.ToDictionary(w => w.WorkflowName, StringComparer.Ordinal);
        var routes = new List<Workflow>();
        foreach (var workflow in all)
        {
            if (workflow.WorkflowsToInject is not { } injected || !injected.Any())
            {
                continue;
            }
            routes.Add(new Workflow
            {
                WorkflowName = workflow.WorkflowName,
                GlobalParams = workflow.GlobalParams,
                Rules = [.. workflow.Rules ?? [], .. injected.SelectMany(name => byName[name].Rules)],
            });
        }
        return [.. routes];
    }

    /// <summary>Decides one validated application: the facts are built, then the route's workflow runs.</summary>
    public List<RuleResultTree> Execute(EligibilityApplication application, Requirements requirements) =>
        Execute(application.Route, PeerFacts.Application(application, _settings), Requirements(requirements));

    /// <summary>Runs the route's workflow on facts already built (to see what RulesEngine itself costs).</summary>
    public List<RuleResultTree> Execute(Route route, PeerApplication facts, PeerRequirements requirements)
    {
        var task = _engine.ExecuteAllRulesAsync(
            WorkflowByRoute[(int)route],
            new RuleParameter("f", facts),
            new RuleParameter("r", requirements),
            _policy);
        return task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
    }

    public PeerRequirements Requirements(Requirements requirements) =>
        _requirements.GetValue(requirements, PeerFacts.Requirements);

    public PeerApplication Facts(EligibilityApplication application) => PeerFacts.Application(application, _settings);

    public static IReadOnlyList<PeerCheck> Checks(List<RuleResultTree> results)
    {
        var checks = new PeerCheck[results.Count];
        for (var i = 0; i < checks.Length; i++)
        {
            var r = results[i];
            checks[i] = new PeerCheck(r.Rule.RuleName, r.IsSuccess, r.IsSuccess ? r.Rule.SuccessEvent : r.ExceptionMessage);
        }
        return checks;
    }
}
