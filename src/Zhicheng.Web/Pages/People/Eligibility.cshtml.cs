using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.People;

/// <summary>
/// 按档案检查申报资格 — the eligibility engine on a person's stored record: the viewer chooses the route,
/// target, year and deadline; everything else is the record (never re-typed, so never mistyped).
/// </summary>
public sealed class EligibilityModel(PeopleDirectory directory, EligibilityService service, TimeProvider time) : PageModel
{
    [BindProperty]
    public RecordRequest Ask { get; set; } = new();

    public Person Person { get; private set; } = null!;

    public Decision? Decision { get; private set; }

    public IReadOnlyList<InputError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await Load(id) is { } missing)
        {
            return missing;
        }
        Ask = RecordApplication.Suggest(Person, time.GetLocalNow().Year);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await Load(id) is { } missing)
        {
            return missing;
        }
        var outcome = service.Check(RecordApplication.Build(Person, Ask));
        Decision = outcome.Decision;
        Errors = outcome.Errors;
        return Page();
    }

    private async Task<IActionResult?> Load(int id)
    {
        var person = await directory.FindAsync(await HttpContext.JurisdictionAsync(), id, HttpContext.RequestAborted);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        return null;
    }

    /// <summary>Where an error's field lives: on this form (route, target, year, deadline) or in the record.</summary>
    public static string Where(InputError error) =>
        error.Path.StartsWith("applicant", StringComparison.Ordinal) ? $"档案中的{FieldLabels.Describe(error.Path)}" : FieldLabels.Describe(error.Path);
}
