using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// The published standards, answering which version is in force for a target title in an application year
/// (N2024-1.2). Pure: built from a list, never reaches out.
/// </summary>
public sealed class StandardCatalogue : IRequirementsSource
{
    private readonly (PublishedStandard Standard, Requirements Requirements)[] _versions;

    public StandardCatalogue(IEnumerable<PublishedStandard> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        _versions = [.. published.Select(s => (s, s.Content.Requirements with { Source = s.SourceName }))];
    }

    /// <summary>The requirements of <see cref="InForce"/>, with <see cref="Requirements.Source"/> naming the version; null when none is in force.</summary>
    public Requirements? Find(TitleTarget target, int year) => Pick(target, year)?.Requirements;

    /// <summary>
    /// The version in force for <paramref name="target"/> in <paramref name="year"/>, or null. Candidates are the versions
    /// of the same series (named as <see cref="Names.SameSeries"/> compares: "工程" is "工程系列") and the same level,
    /// in force from <paramref name="year"/> or earlier (<c>InForceFrom ≤ year</c>), that are either for the target's
    /// specialty (<see cref="Names.SameSpecialty"/>) or for every specialty. Among them, in this order: a
    /// specialty-specific version before a series-wide one (even an older one — the narrower standard governs its
    /// specialty until it is itself superseded); then the highest <c>InForceFrom</c>; then the highest <c>Version</c>;
    /// then, should two stored names differ only in how they are written, the highest <c>Id</c>.
    /// </summary>
    public PublishedStandard? InForce(TitleTarget target, int year) => Pick(target, year)?.Standard;

    private (PublishedStandard Standard, Requirements Requirements)? Pick(TitleTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        (PublishedStandard Standard, Requirements Requirements)? best = null;
        foreach (var entry in _versions)
        {
            var s = entry.Standard;
            if (s.Level != target.Level || s.InForceFrom > year || !Names.SameSeries(s.Series, target.Series)
                || (s.Specialty is not null && !Names.SameSpecialty(s.Specialty, target.Specialty)))
            {
                continue;
            }
            if (best is null || Precedes(s, best.Value.Standard))
            {
                best = entry;
            }
        }
        return best;
    }

    private static bool Precedes(PublishedStandard a, PublishedStandard b) =>
        (a.Specialty is not null, a.InForceFrom, a.Version, a.Id).CompareTo((b.Specialty is not null, b.InForceFrom, b.Version, b.Id)) > 0;
}
