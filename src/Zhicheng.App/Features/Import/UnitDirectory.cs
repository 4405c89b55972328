using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Import;

/// <summary>A unit that may hold people's records, as the import needs it.</summary>
internal sealed record UnitInfo(int Id, OrganisationKind Kind, EmploymentType? EmploymentType);

/// <summary>
/// The units into which the importer may put people (<see cref="Jurisdiction.UnitsForPeople"/>), by credit code.
/// Loaded once per import: it grows with the city's organisations, not with the file. A code not found here —
/// whether the unit does not exist or lies outside the jurisdiction — is simply "not in your jurisdiction".
/// </summary>
internal sealed class UnitDirectory
{
    private readonly Dictionary<string, UnitInfo> _byCreditCode;

    private UnitDirectory(Dictionary<string, UnitInfo> byCreditCode, UnitInfo? own)
    {
        _byCreditCode = byCreditCode;
        Own = own;
    }

    /// <summary>An employer HR's own unit, used when a 人员 row names none; null for bureau staff, who must name it.</summary>
    public UnitInfo? Own { get; }

    /// <summary>The directory, or null when the viewer may not manage people at all.</summary>
    public static async Task<UnitDirectory?> LoadAsync(AppDbContext db, Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        if (jurisdiction.UnitsForPeople(db) is not { } units)
        {
            return null;
        }
        var list = await units.AsNoTracking().Where(o => o.CreditCode != null)
            .Select(o => new { o.CreditCode, Unit = new UnitInfo(o.Id, o.Kind, o.EmploymentType) })
            .ToListAsync(cancellationToken);
        var own = jurisdiction.Viewer.Role == AccountRole.EmployerHr && jurisdiction.Home is { } home
            ? new UnitInfo(home.Id, home.Kind, home.EmploymentType)
            : null;
        return new UnitDirectory(list.ToDictionary(u => u.CreditCode!, u => u.Unit, StringComparer.Ordinal), own);
    }

    public UnitInfo? Find(string creditCode) => _byCreditCode.GetValueOrDefault(creditCode);

    /// <summary>The unit of a 人员 row: the one it names, or the importer's own.</summary>
    public UnitInfo? For(string? creditCode) => creditCode is null ? Own : Find(creditCode);
}
