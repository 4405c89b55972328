using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;

namespace Zhicheng.Web.Pages.Integrity;

/// <summary>
/// The record form as posted (<c>Input.IdNumber</c> …): a value that does not bind (an unknown kind, a malformed date)
/// arrives empty, and the archive names the field that is missing (N2024-4.4).
/// </summary>
public sealed class IntegrityInput
{
    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    public IntegritySubject? Subject { get; set; }

    public IntegrityKind? Kind { get; set; }

    public string? Description { get; set; }

    public string? Evidence { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public int Version { get; set; }

    public IntegrityForm ToForm() => new(IdNumber, Name, Subject, Kind, Description, Evidence, DecidedOn);

    /// <summary>The stored record, to correct; the identity number whole, since only bureaus reach the form.</summary>
    public static IntegrityInput From(IntegrityEntry entry) => new()
    {
        IdNumber = entry.IdNumber, Name = entry.Name, Subject = entry.Subject, Kind = entry.Kind, Description = entry.Description,
        Evidence = entry.Evidence, DecidedOn = entry.DecidedOn, Version = entry.Version,
    };
}
