using System.Collections.Frozen;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Eligibility.Checks;

namespace Zhicheng.Domain.Policy;

/// <summary>
/// 政策版本 — one year's notice as the system applies it: its clauses, interpretations, settings,
/// channel table and the ordered list of checks. A later notice is a new version; old applications keep
/// the version they were decided under.
/// </summary>
public sealed class PolicyVersion
{
    private readonly FrozenDictionary<string, Clause> _clauses;

    public PolicyVersion(string id, string document, IReadOnlyList<Clause> clauses, IReadOnlyList<Interpretation> interpretations,
        PolicySettings settings, ChannelTable channels, IReadOnlyList<EligibilityCheck> checks)
    {
        Id = id;
        Document = document;
        Clauses = clauses;
        _clauses = clauses.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        Interpretations = interpretations;
        Settings = settings;
        Channels = channels;
        Checks = checks;
        foreach (var clause in checks.SelectMany(c => c.Clauses))
        {
            if (!_clauses.ContainsKey(clause))
            {
                throw new ArgumentException($"Check cites {clause}, which {id} does not define.", nameof(checks));
            }
        }
    }

    /// <summary>N2024: 运人社职字〔2024〕12号 with the interpretation defaults of CLAUSES.md.</summary>
    public static PolicyVersion N2024 { get; } = new(
        "N2024",
        "运城市人力资源和社会保障局《关于做好2024年度全市职称评审工作的通知》（运人社职字〔2024〕12号）",
        [.. N2024Clauses.All, .. NationalClauses.All],
        N2024Clauses.Interpretations,
        new PolicySettings(),
        ChannelTable.N2024,
        [
            new InServiceCheck(),
            new SpecialtyMatchCheck(),
            new ChannelCheck(),
            new LevelByLevelCheck(),
            new TransferRequiredCheck(),
            new TransferPostYearCheck(),
            new EducationCheck(),
            new AchievementsCheck(),
            new TenureCheck(),
            new LatestAssessmentCheck(),
            new ExceptionalExcellentCheck(),
            new InitialDeadlineCheck(),
            new InitialLevelCheck(),
            new SameYearConflictCheck(),
            new IntegrityCheck(),
        ]);

    public string Id { get; }

    /// <summary>The notice this version applies.</summary>
    public string Document { get; }

    public IReadOnlyList<Clause> Clauses { get; }
    public IReadOnlyList<Interpretation> Interpretations { get; }
    public PolicySettings Settings { get; }
    public ChannelTable Channels { get; }
    public IReadOnlyList<EligibilityCheck> Checks { get; }

    public Clause Clause(string id) => _clauses[id];

    public bool TryGetClause(string id, out Clause? clause) => _clauses.TryGetValue(id, out clause);

    /// <summary>The same version with other settings (an interpretation changed by configuration).</summary>
    public PolicyVersion With(PolicySettings settings) =>
        new(Id, Document, Clauses, Interpretations, settings, Channels, Checks);
}
