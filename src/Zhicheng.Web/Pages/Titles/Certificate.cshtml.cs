using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.Titles;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Titles;

/// <summary>
/// 电子职称证书下载 — the PDF of a certificate this system issued, for whoever may see the holder's record (the holder,
/// their unit's HR, the bureaus above); the QR carries the signed token stored with the certificate. A title without a
/// certificate of this system, or a holder outside the viewer's reach: 404. A revoked title (N2024-4.3c): 410 and a page
/// saying so — a certificate of a title no longer held is not handed out, though its number still verifies as revoked.
/// </summary>
[Authorize]
public sealed class CertificateModel(AppDbContext db, CertificateSigner signer) : PageModel
{
    public string Number { get; private set; } = "";

    public DateOnly? RevokedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var found = await db.Certificates.AsNoTracking().Include(c => c.Title)
            .Where(c => c.TitleId == id && jurisdiction.People(db).Any(p => p.Id == c.Title!.PersonId))
            .SingleOrDefaultAsync(cancellationToken);
        if (found?.Title is not { } title)
        {
            return NotFound();
        }
        if (title.RevokedOn is { } revoked)
        {
            Number = found.Number;
            RevokedOn = revoked;
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        var holder = await db.People.AsNoTracking().SingleAsync(p => p.Id == title.PersonId, cancellationToken);
        var pdf = CertificateDocument.Render(TitleGrant.Facts(found.Number, holder, title, found.IssuedOn), signer.VerifyUrl(found.Token));
        return File(pdf, "application/pdf", $"{found.Number}.pdf");
    }
}
