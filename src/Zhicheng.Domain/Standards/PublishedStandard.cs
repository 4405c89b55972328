using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// A published, immutable version of an evaluation standard (N2024-1.2): for <paramref name="Series"/> (and only
/// <paramref name="Specialty"/>, or every specialty when null) at <paramref name="Level"/>, in force for applications of
/// year <paramref name="InForceFrom"/> and later until a later version takes over (<see cref="StandardCatalogue"/>).
/// </summary>
/// <param name="Id">The stored version's id.</param>
/// <param name="Version">版本号, 1, 2, … per (series, specialty, level).</param>
/// <param name="Title">The standard's title, e.g. 运城市工程系列专业技术人员职称评价标准.</param>
public sealed record PublishedStandard(
    int Id, string Series, string? Specialty, TitleLevel Level, int InForceFrom, int Version, string Title, StandardContent Content)
{
    public StandardScope Scope => new(Series, Specialty, Level);

    /// <summary>How decisions name this version: 《Title》第N版（YYYY年起施行）.</summary>
    public string SourceName => $"《{Title}》第{Version}版（{InForceFrom}年起施行）";
}
