using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Integrity;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Integrity;

/// <summary>
/// One record of the archive (N2024-4.4) with the form to correct it: the corrected fields over the version the editor
/// read, and the reason for the correction (required); the audit trail keeps every version. Bureaus only; anyone else,
/// and a record that does not exist, is 404.
/// </summary>
public sealed class DetailModel(IntegrityArchive archive) : PageModel
{
    [BindProperty]
    public IntegrityInput Input { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>What the last action did, after its redirect ("added", "corrected").</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public IntegrityEntry Entry { get; private set; } = null!;

    public Viewer Viewer { get; private set; } = null!;

    public FormProblems Problems { get; private set; } = FormProblems.None;

    public string State => EntryState.Text(archive, Entry);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        Input = IntegrityInput.From(Entry);
        return Page();
    }

    /// <summary>更正: refused without a reason, from a stale version, or by a bureau that is not the authority or above it.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var corrected = await archive.CorrectAsync(jurisdiction, id, Input.Version, Input.ToForm(), Note, HttpContext.RequestAborted);
        if (corrected.IsNotFound)
        {
            return NotFound();
        }
        if (corrected.Succeeded)
        {
            return Redirect($"/integrity/{id}?done=corrected");
        }
        Problems = new FormProblems("未能更正", corrected.Problems);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        Viewer = jurisdiction.Viewer;
        if (await archive.FindAsync(jurisdiction, id, HttpContext.RequestAborted) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        return null;
    }
}
