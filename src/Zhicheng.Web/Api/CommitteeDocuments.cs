using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Plans;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Api;

// The bodies /api/v1/committees… takes and the documents it answers with.

public sealed record DecisionBody(bool? Approve, string? Comments);

public sealed record MemberBody(string? Name, string? Employer, string? Specialty, TitleLevel? TitleLevel, DateOnly? TermStart, DateOnly? TermEnd, int? PersonId);

public sealed record SupervisionBody(SupervisionKind? Kind, string? Reason, DateOnly? RectifyBy);

public sealed record UnitRef(int Id, string Name);

/// <summary>A committee as lists show it.</summary>
public sealed record CommitteeSummary(
    int Id, string Name, string Level, string Series, IReadOnlyList<string> Specialties, UnitRef FoundingUnit,
    string Standing, string StandingLabel, DateOnly? RectifyBy, DateOnly? FilingValidUntil)
{
    public static CommitteeSummary From(Committee c) => new(
        c.Id, c.Name, CommitteesApi.Code(c.Level), c.Series, FilingForm.SplitList(c.Specialties), new UnitRef(c.FoundingUnitId, c.FoundingUnit?.Name ?? ""),
        CommitteesApi.Code(c.Standing), FilingLabels.Standing(c.Standing), c.RectifyBy, c.FilingValidUntil);
}

public sealed record CommitteePage(IReadOnlyList<CommitteeSummary> Rows, int Page, int PageSize, int Total);

/// <summary>A committee with its supervision, scope, roster and filings (newest first); <c>version</c> changes with every change.</summary>
public sealed record CommitteeDocument(
    int Id, string Name, string Level, string Series, IReadOnlyList<string> Specialties, UnitRef FoundingUnit, UnitRef SupervisingBureau,
    string Standing, string StandingLabel, string? StandingReason, DateOnly? RectifyBy, int? CurrentFilingId, DateOnly? FilingValidUntil,
    IReadOnlyList<UnitRef> Scope, IReadOnlyList<MemberDocument> Members, IReadOnlyList<FilingDocument> Filings, int Version)
{
    public static CommitteeDocument From(Committee c, IReadOnlyList<CommitteeFiling> filings) => new(
        c.Id, c.Name, CommitteesApi.Code(c.Level), c.Series, FilingForm.SplitList(c.Specialties),
        new UnitRef(c.FoundingUnitId, c.FoundingUnit?.Name ?? ""), new UnitRef(c.SupervisingBureauId, c.SupervisingBureau?.Name ?? ""),
        CommitteesApi.Code(c.Standing), FilingLabels.Standing(c.Standing), c.StandingReason, c.RectifyBy, c.CurrentFilingId, c.FilingValidUntil,
        [.. c.Scope.Select(s => new UnitRef(s.OrganisationId, s.Organisation?.Name ?? ""))], [.. c.Members.Select(MemberDocument.From)],
        [.. filings.Select(FilingDocument.From)], c.Version);
}

public sealed record MemberDocument(int Id, string Name, string Employer, string Specialty, string TitleLevel, DateOnly TermStart, DateOnly TermEnd, int? PersonId)
{
    public static MemberDocument From(CommitteeMember m) =>
        new(m.Id, m.Name, m.Employer, m.Specialty, Codes.Level.Code(m.TitleLevel), m.TermStart, m.TermEnd, m.PersonId);
}

/// <summary>One filing: its particulars as filed, why, where it stands, and the <c>version</c> a save must carry.</summary>
public sealed record FilingDocument(
    int Id, int CommitteeId, string Status, string StatusLabel, IReadOnlyList<string> Reasons, bool PowerDelegated,
    string Name, string Level, string Series, IReadOnlyList<string> Specialties, IReadOnlyList<int> ScopeUnitIds, string ScopeText,
    string Conditions, string Rules, string Office, DateTimeOffset? SubmittedAt, string? SubmittedBy, DateTimeOffset? DecidedAt,
    string? DecidedBy, DateOnly? ApprovedOn, DateOnly? ValidUntil, string? Comments, int Version)
{
    public static FilingDocument From(CommitteeFiling f) => new(
        f.Id, f.CommitteeId, CommitteesApi.Code(f.Status), FilingLabels.Status(f.Status),
        [.. f.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => Enum.TryParse<FilingReason>(r, out var reason) ? CommitteesApi.Code(reason) : r)],
        f.PowerDelegated, f.Name, CommitteesApi.Code(f.Level), f.Series, FilingForm.SplitList(f.Specialties), FilingForm.From(f).ScopeUnitIds,
        f.ScopeText, f.Conditions, f.Rules, f.Office, f.SubmittedAt, f.SubmittedBy, f.DecidedAt, f.DecidedBy, f.ApprovedOn, f.ValidUntil, f.Comments, f.Version);
}

public sealed record StandingDocument(int Id, string Standing, string StandingLabel, string? StandingReason, DateOnly? RectifyBy)
{
    public static StandingDocument From(Committee c) => new(c.Id, CommitteesApi.Code(c.Standing), FilingLabels.Standing(c.Standing), c.StandingReason, c.RectifyBy);
}

public sealed record OpeningDocument(int CommitteeId, int Year, int PlanId, DateTimeOffset? ApplicationsOpenedAt);
