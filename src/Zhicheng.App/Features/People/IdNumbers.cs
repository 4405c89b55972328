using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Identity;

namespace Zhicheng.App.Features.People;

/// <summary>How an identity number is shown to a viewer: whole where the role needs it, masked everywhere else.</summary>
public static class IdNumbers
{
    public static string Show(string idNumber, Viewer viewer) => viewer.SeesFullIdNumbers ? idNumber : Mask(idNumber);

    /// <summary><c>142701**********34</c>: area and the last two characters, nothing of the birth date.</summary>
    public static string Mask(string idNumber) =>
        IdentityNumber.TryParse(idNumber, out var number, out _) ? number.Masked
        : idNumber.Length > 8 ? string.Concat(idNumber.AsSpan(0, 6), new string('*', idNumber.Length - 8), idNumber.AsSpan(idNumber.Length - 2))
        : new string('*', idNumber.Length);
}
