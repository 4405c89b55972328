using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// What a standard version is for (N2024-1.2): a series (required), optionally one specialty — null means every
/// specialty of the series — and one title level.
/// </summary>
public sealed record StandardScope(string Series, string? Specialty, TitleLevel Level);
