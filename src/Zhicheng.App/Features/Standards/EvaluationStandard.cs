using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;

namespace Zhicheng.App.Features.Standards;

/// <summary>
/// 职称评价标准 — one version of a standard for a series (optionally one specialty) and level, owned by a unit at
/// a management level (N2024-1.2). Its content (five-dimension indicators, the requirements the eligibility
/// engine reads, the 初定 table) is a JSON document (<c>StandardJson</c>). Once published a version never
/// changes and is public; a later version takes over from its own year.
/// </summary>
public sealed class EvaluationStandard
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string Series { get; set; }

    /// <summary>Null: every specialty of the series.</summary>
    public string? Specialty { get; set; }

    public TitleLevel Level { get; set; }

    /// <summary>版本号, 1, 2, … per (series, specialty, level).</summary>
    public int Version { get; set; }

    /// <summary>施行年度: in force for applications of this year and later, until a later version.</summary>
    public int InForceFrom { get; set; }

    public int OwnerUnitId { get; set; }

    public Organisation? OwnerUnit { get; set; }

    public ManagementLevel ManagementLevel { get; set; }

    public required string ContentJson { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public bool IsPublished => PublishedAt is not null;
}
